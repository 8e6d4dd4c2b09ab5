package cn.gov.pujiang.decision.risk;

import static cn.gov.pujiang.decision.process.Variables.flag;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Events;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordRiskAssessmentResult (记录风险评估结果) in risk-assessment. Reads assessorType,
 * riskAssessorUnit, riskLevel and mitigationInPlace; writes the closing trail entry stating that
 * the risk was judged controllable (Arts. 24, 33). Sets no variables.
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
    records.record(
        execution,
        RiskAssessmentProcess.STAGE,
        Events.RISK_ASSESSMENT_COMPLETED,
        "风险评估完成，风险可控。评估主体：" + type.label() + "（" + text(execution, Vars.RISK_ASSESSOR_UNIT)
            + "）；风险等级：" + level.label() + "；防范化解措施"
            + (flag(execution, Vars.MITIGATION_IN_PLACE) ? "已落实" : "未落实"));
  }
}
