package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.flag;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.process.CompletionCheck;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_SubmitForLegalityReview (送请合法性审查), Decree 713 Art. 26. Reads
 * procedureStatement and reviewMaterialsConfirmed: the submission must carry the account of how
 * the statutory procedures were carried out, and the unit confirms the materials are complete.
 */
@Component("reviewSubmissionListener")
public class ReviewSubmissionListener extends CompletionCheck {

  @Override
  protected void check(DelegateExecution execution) {
    if (blank(execution, Vars.PROCEDURE_STATEMENT)) {
      throw new ProcedureViolation("送请合法性审查应当提供履行决策法定程序的说明（第二十六条）");
    }
    if (!flag(execution, Vars.REVIEW_MATERIALS_CONFIRMED)) {
      throw new ProcedureViolation("请确认已提供决策草案、起草说明、法律依据等送审材料（第二十六条）");
    }
  }
}
