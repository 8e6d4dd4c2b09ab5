package cn.gov.pujiang.decision.review;

import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.review.LegalityReviewProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordLegalityOpinion (登记合法性审查意见书) of legality-review. Reads legalityReviewRound,
 * legalityOutcome, legalityOpinion, legalRisks, legalityRecheckRequired, legalAdviserOpinion,
 * countyGuidanceOpinion and legalityReviewer (all checked by {@link LegalityOpinionCheck});
 * closes the round in md_legality_opinion. Writes no variables.
 */
@Component("recordLegalityOpinionDelegate")
public class RecordLegalityOpinionDelegate implements JavaDelegate {

  private final LegalityOpinions opinions;

  public RecordLegalityOpinionDelegate(LegalityOpinions opinions) {
    this.opinions = opinions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    opinions.close(
        execution.getProcessBusinessKey(),
        number(execution, Vars.REVIEW_ROUND).intValue(),
        new IssuedOpinion(
            LegalityOutcome.valueOf(text(execution, Vars.LEGALITY_OUTCOME)),
            text(execution, Vars.LEGALITY_OPINION),
            text(execution, Vars.LEGAL_RISKS),
            flag(execution, Vars.LEGALITY_RECHECK_REQUIRED),
            text(execution, Vars.LEGAL_ADVISER_OPINION),
            text(execution, Vars.COUNTY_GUIDANCE_OPINION),
            text(execution, Vars.LEGALITY_REVIEWER)));
  }
}
