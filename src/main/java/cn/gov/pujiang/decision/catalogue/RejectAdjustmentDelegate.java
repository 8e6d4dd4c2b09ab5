package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordAdjustmentRejected (记录不予调整) in catalogue-adjustment. Reads adjustmentId,
 * adjustmentApprover and the opinions; stores the refusal with the adjustment, the catalogue stays
 * as it was. asyncBefore for the same reason as {@link ApplyAdjustmentDelegate}.
 */
@Component("rejectAdjustmentDelegate")
public class RejectAdjustmentDelegate implements JavaDelegate {

  private final CatalogueAdjustments adjustments;

  public RejectAdjustmentDelegate(CatalogueAdjustments adjustments) {
    this.adjustments = adjustments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    adjustments.rejectAdjustment(
        number(execution, Vars.ADJUSTMENT_ID),
        text(execution, AdjustmentApprovalCheck.APPROVER),
        ApplyAdjustmentDelegate.opinion(execution));
  }
}
