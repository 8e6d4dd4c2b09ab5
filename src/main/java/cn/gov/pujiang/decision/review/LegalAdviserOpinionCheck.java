package cn.gov.pujiang.decision.review;

import cn.gov.pujiang.decision.engine.Texts;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ProvideLegalAdviserOpinion (法律顾问、公职律师出具意见), Decree 713
 * Art. 28. Reads legalAdviserOpinion (required); writes the trail entry LEGAL_ADVISER_OPINION_GIVEN.
 */
@Component("legalAdviserOpinionCheck")
public class LegalAdviserOpinionCheck extends CompletionCheck {

  private final StageRecords records;

  public LegalAdviserOpinionCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    String opinion =
        Texts.required(
            task, Vars.LEGAL_ADVISER_OPINION, "法律顾问、公职律师意见", LegalityOpinion.MAX_OPINION,
            "请填写法律顾问、公职律师的意见（第二十八条）");
    records.record(
        task,
        DecisionStatus.LEGALITY_REVIEW.name(),
        "LEGAL_ADVISER_OPINION_GIVEN",
        "法律顾问、公职律师出具意见：" + opinion);
  }
}
