package cn.gov.pujiang.decision.review;

import cn.gov.pujiang.decision.engine.Texts;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ProvideJudicialOfficeOpinion (司法所出具意见) in
 * legality-review, present only for towns whose row in town-review-participants names a 司法所 group
 * (local practice, ADR 0025). Reads judicialOfficeOpinion (required); writes the trail entry
 * JUDICIAL_OFFICE_OPINION_GIVEN.
 */
@Component("judicialOfficeOpinionCheck")
public class JudicialOfficeOpinionCheck extends CompletionCheck {

  private final StageRecords records;

  public JudicialOfficeOpinionCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    String opinion =
        Texts.required(task, Vars.JUDICIAL_OFFICE_OPINION, "司法所意见", LegalityOpinion.MAX_OPINION, "请填写司法所的意见");
    records.record(
        task, DecisionStatus.LEGALITY_REVIEW.name(), "JUDICIAL_OFFICE_OPINION_GIVEN", "司法所出具意见：" + opinion);
  }
}
