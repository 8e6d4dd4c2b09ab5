package cn.gov.pujiang.decision.risk;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Events;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_AdjustDraftForRisk (调整草案或采取措施使风险可控), Decree 713 Art. 24.
 * Reads riskAdjustmentMeasures; refuses to send the matter back to assessment without saying what
 * was adjusted, and records the adjustment.
 */
@Component("riskAdjustmentCheck")
public class RiskAdjustmentCheck extends CompletionCheck {

  private final StageRecords records;

  public RiskAdjustmentCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (blank(execution, Vars.RISK_ADJUSTMENT_MEASURES)) {
      throw new ProcedureViolation("风险不可控的，应当调整决策草案或采取措施确保风险可控后方可决策；请填写所作调整或措施（第二十四条）");
    }
    records.record(
        execution,
        RiskAssessmentProcess.STAGE,
        Events.DRAFT_ADJUSTED_FOR_RISK,
        "风险评估判定风险不可控，已调整草案或采取措施：" + text(execution, Vars.RISK_ADJUSTMENT_MEASURES));
  }
}
