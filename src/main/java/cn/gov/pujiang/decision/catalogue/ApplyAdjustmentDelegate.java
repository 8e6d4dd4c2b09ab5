package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyAdjustment (调整目录) in catalogue-adjustment. Reads adjustmentId, adjustmentApprover and
 * adjustmentOpinion; adds, withdraws or postpones the item and stores the approval with the
 * adjustment. asyncBefore: the approval is committed first, a failure here becomes a retried job.
 */
@Component("applyAdjustmentDelegate")
public class ApplyAdjustmentDelegate implements JavaDelegate {

  private final CatalogueAdjustments adjustments;

  public ApplyAdjustmentDelegate(CatalogueAdjustments adjustments) {
    this.adjustments = adjustments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    adjustments.applyAdjustment(
        number(execution, Vars.ADJUSTMENT_ID),
        text(execution, AdjustmentApprovalCheck.APPROVER),
        opinion(execution));
  }

  static String opinion(DelegateExecution execution) {
    String opinion = text(execution, Vars.ADJUSTMENT_OPINION);
    String consent = text(execution, Vars.PARTY_CONSENT_DOCUMENT);
    return consent == null ? opinion : opinion + "；同级党委：" + consent + "（" + text(execution, Vars.PARTY_CONSENT_DATE) + "）";
  }
}
