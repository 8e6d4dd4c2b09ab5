package cn.gov.pujiang.decision.review;

import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterSubmission (登记送审) of legality-review. Reads the business key and
 * reviewSubmittedBy; opens the next review round and writes legalityReviewRound and
 * reviewSubmittedOn (yyyy-MM-dd).
 */
@Component("registerSubmissionDelegate")
public class RegisterSubmissionDelegate implements JavaDelegate {

  private final LegalityOpinions opinions;
  private final StageRecords records;

  public RegisterSubmissionDelegate(LegalityOpinions opinions, StageRecords records) {
    this.opinions = opinions;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decisionNo = execution.getProcessBusinessKey();
    String submittedBy = (String) execution.getVariable(Vars.REVIEW_SUBMITTED_BY);
    LegalityOpinion round = opinions.openRound(decisionNo, submittedBy, execution.getProcessInstanceId());
    String submittedOn = opinions.latestSubmissionDate(decisionNo).orElseThrow().toString();
    execution.setVariable(Vars.REVIEW_ROUND, round.getRoundNo());
    execution.setVariable(Vars.REVIEW_SUBMITTED_ON, submittedOn);
    records.record(
        execution,
        DecisionStatus.LEGALITY_REVIEW.name(),
        "REVIEW_SUBMITTED",
        "第" + round.getRoundNo() + "次送请合法性审查，送审人：" + (submittedBy == null ? "未知" : submittedBy));
  }
}
