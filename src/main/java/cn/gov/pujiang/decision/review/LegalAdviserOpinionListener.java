package cn.gov.pujiang.decision.review;

import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_ProvideLegalAdviserOpinion (法律顾问、公职律师出具意见), Decree 713
 * Art. 28. Reads legalAdviserOpinion (required); writes the trail entry LEGAL_ADVISER_OPINION_GIVEN.
 */
@Component("legalAdviserOpinionListener")
public class LegalAdviserOpinionListener implements TaskListener {

  private final StageRecords records;

  public LegalAdviserOpinionListener(StageRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String opinion =
        Texts.required(
            task, Variables.LEGAL_ADVISER_OPINION, "法律顾问、公职律师意见", Texts.MAX_OPINION,
            "请填写法律顾问、公职律师的意见（第二十八条）");
    records.record(
        task.getExecution(),
        DecisionStatus.LEGALITY_REVIEW.name(),
        "LEGAL_ADVISER_OPINION_GIVEN",
        "法律顾问、公职律师出具意见：" + opinion);
  }
}
