package cn.gov.pujiang.decision.review;

import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.review.LegalityReviewProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordReturn (登记退回) of legality-review, Decree 713 Art. 26. Reads legalityReviewRound,
 * completenessOpinion and completenessCheckedBy; closes the round as RETURNED_INCOMPLETE and writes
 * the outputs legalityOutcome, legalityOpinion (= the reason) and legalityRecheckRequired (false).
 */
@Component("recordReturnDelegate")
public class RecordReturnDelegate implements JavaDelegate {

  private final LegalityOpinions opinions;

  public RecordReturnDelegate(LegalityOpinions opinions) {
    this.opinions = opinions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = text(execution, Vars.COMPLETENESS_OPINION);
    opinions.close(
        execution.getProcessBusinessKey(),
        number(execution, Vars.REVIEW_ROUND).intValue(),
        IssuedOpinion.returned(reason, text(execution, Vars.COMPLETENESS_CHECKED_BY)));
    execution.setVariable(Vars.LEGALITY_OUTCOME, LegalityOutcome.RETURNED_INCOMPLETE.name());
    execution.setVariable(Vars.LEGALITY_OPINION, reason);
    execution.setVariable(Vars.LEGALITY_RECHECK_REQUIRED, false);
  }
}
