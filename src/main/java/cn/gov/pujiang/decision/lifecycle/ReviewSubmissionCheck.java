package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.FairCompetitionReview.Conclusion;
import cn.gov.pujiang.decision.lifecycle.FairCompetitionReview.Step;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Elements;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Values;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_SubmitForLegalityReview (送请合法性审查), Decree 713 Art. 26. Reads
 * procedureStatement and reviewMaterialsConfirmed: the submission must carry the account of how
 * the statutory procedures were carried out, and the unit confirms the materials are complete.
 *
 * <p>Where the fair-competition review is planned (fairCompetitionReviewPlanned, fairCompetitionRoute),
 * the last recorded review of each step the route requires must have let the measure through (PASS or
 * EXCEPTION): 《公平竞争审查条例》第十八条. The model's join already waits for it; this check holds
 * when an administrator moved the instance past the review. Instances on a model version without the
 * drafter's review (before md_fair_competition_review) are not checked here.
 */
@Component("reviewSubmissionCheck")
public class ReviewSubmissionCheck extends CompletionCheck {

  private final FairCompetitionReviewRepository fairCompetitionReviews;
  private final DecisionRegister register;

  public ReviewSubmissionCheck(FairCompetitionReviewRepository fairCompetitionReviews, DecisionRegister register) {
    this.fairCompetitionReviews = fairCompetitionReviews;
    this.register = register;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (blank(execution, Vars.PROCEDURE_STATEMENT)) {
      throw new ProcedureViolation("送请合法性审查应当提供履行决策法定程序的说明（第二十六条）");
    }
    if (!flag(execution, Vars.REVIEW_MATERIALS_CONFIRMED)) {
      throw new ProcedureViolation("请确认已提供决策草案、起草说明、法律依据等送审材料（第二十六条）");
    }
    checkFairCompetitionReviewed(execution);
  }

  private void checkFairCompetitionReviewed(DelegateExecution execution) {
    if (!flag(execution, Procedure.FAIR_COMPETITION_REVIEW.plannedVariable())
        || execution.getBpmnModelInstance().getModelElementById(Elements.TASK_DRAFTER_FAIR_COMPETITION) == null) {
      return;
    }
    List<FairCompetitionReview> reviews = fairCompetitionReviews.findByDecisionIdOrderByRecordedAtAscIdAsc(
        register.get(execution.getProcessBusinessKey()).getId());
    if (!passed(reviews, Step.DRAFTER)
        || (Values.ROUTE_DRAFTER_AND_MARKET_REGULATOR.equals(text(execution, Vars.FAIR_COMPETITION_ROUTE))
            && !passed(reviews, Step.MARKET_REGULATOR))) {
      throw new ProcedureViolation("本决策草案尚未通过公平竞争审查，不得送请合法性审查和出台（《公平竞争审查条例》第十八条）");
    }
  }

  /** The latest review of that step let the measure through. */
  private static boolean passed(List<FairCompetitionReview> reviews, Step step) {
    Conclusion last = null;
    for (FairCompetitionReview review : reviews) {
      if (review.getStep() == step) {
        last = review.getConclusion();
      }
    }
    return last == Conclusion.PASS || last == Conclusion.EXCEPTION;
  }
}
