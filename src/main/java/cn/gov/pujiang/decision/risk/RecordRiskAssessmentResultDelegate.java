package cn.gov.pujiang.decision.risk;

import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Events;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordRiskAssessmentResult (记录风险评估结果) in risk-assessment. Reads assessorType,
 * riskAssessorUnit, riskLevel and mitigationInPlace; writes the closing trail entry stating that
 * the risk was judged controllable (Arts. 24, 33). Sets riskAssessmentConclusion (with riskPoints and
 * preventionMeasures), which the decision body's meeting materials show (Art. 24).
 */
@Component("recordRiskAssessmentResultDelegate")
public class RecordRiskAssessmentResultDelegate implements JavaDelegate {

  private final StageRecords records;

  public RecordRiskAssessmentResultDelegate(StageRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AssessorType type = AssessorType.of(text(execution, Vars.ASSESSOR_TYPE));
    RiskLevel level = RiskLevel.of(text(execution, Vars.RISK_LEVEL));
    String conclusion = "风险评估完成，风险可控。评估主体：" + type.label() + "（" + text(execution, Vars.RISK_ASSESSOR_UNIT)
        + "）；风险等级：" + level.label() + "；防范化解措施"
        + (flag(execution, Vars.MITIGATION_IN_PLACE) ? "已落实" : "未落实");
    records.record(execution, RiskAssessmentProcess.STAGE, Events.RISK_ASSESSMENT_COMPLETED, conclusion);
    execution.setVariable(Vars.RISK_ASSESSMENT_CONCLUSION, conclusion + "。风险点：" + text(execution, Vars.RISK_POINTS)
        + "；防范措施：" + text(execution, Vars.PREVENTION_MEASURES));
  }
}
