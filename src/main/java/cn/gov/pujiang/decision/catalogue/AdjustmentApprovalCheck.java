package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Values;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ApproveAdjustment (审批目录调整) in catalogue-adjustment.
 * Reads adjustmentId, adjustmentDecision (APPROVE | REJECT) and adjustmentOpinion; an approval is
 * refused when the change can no longer be made (the item started or was withdrawn meanwhile, or an
 * item of the same title was added). Writes adjustmentApprover, stored with the adjustment later.
 */
@Component("adjustmentApprovalCheck")
public class AdjustmentApprovalCheck extends CompletionCheck {

  static final String APPROVER = "adjustmentApprover";

  private final CatalogueAdjustments adjustments;
  private final Actors actors;

  public AdjustmentApprovalCheck(CatalogueAdjustments adjustments, Actors actors) {
    this.adjustments = adjustments;
    this.actors = actors;
  }

  @Override
  protected void check(DelegateExecution execution) {
    String decision = text(execution, Vars.ADJUSTMENT_DECISION);
    if (!Values.APPROVE.equals(decision) && !Values.REJECT.equals(decision)) {
      throw new ProcedureViolation("请选择是否同意调整目录");
    }
    if (blank(execution, Vars.ADJUSTMENT_OPINION)) {
      throw new ProcedureViolation("请填写审批意见");
    }
    if (Values.APPROVE.equals(decision)) {
      String obstacle = adjustments.obstacleTo(number(execution, Vars.ADJUSTMENT_ID));
      if (obstacle != null) {
        throw new ProcedureViolation(obstacle + "，请选择不同意并说明");
      }
    }
    execution.setVariable(APPROVER, actors.current());
  }
}
