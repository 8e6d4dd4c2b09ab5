package cn.gov.pujiang.decision.risk;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Events;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Vars;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_SubmitRiskReport (提交风险评估报告), Decree 713 Art. 23. Reads
 * riskPoints, preventionMeasures, contingencyPlan, riskLevel and mitigationInPlace; refuses a
 * report that lacks any of the three statutory parts or has no known risk level (the DMN would
 * match no rule). Writes mitigationInPlace as a boolean, the DMN's input; records the report.
 */
@Component("riskReportCheck")
public class RiskReportCheck extends CompletionCheck {

  private final StageRecords records;

  public RiskReportCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    List<String> missing = new ArrayList<>();
    if (blank(execution, Vars.RISK_POINTS)) {
      missing.add("风险点");
    }
    if (blank(execution, Vars.PREVENTION_MEASURES)) {
      missing.add("风险防范措施");
    }
    if (blank(execution, Vars.CONTINGENCY_PLAN)) {
      missing.add("处置预案");
    }
    if (!missing.isEmpty()) {
      throw new ProcedureViolation(
          "风险评估报告应当明确风险点，提出风险防范措施和处置预案（第二十三条）；尚缺：" + String.join("、", missing));
    }
    RiskLevel level = RiskLevel.of(text(execution, Vars.RISK_LEVEL));
    if (level == null) {
      throw new ProcedureViolation("请选择风险等级：低、中或高");
    }
    boolean mitigated = flag(execution, Vars.MITIGATION_IN_PLACE);
    execution.setVariable(Vars.MITIGATION_IN_PLACE, mitigated);
    records.record(
        execution,
        RiskAssessmentProcess.STAGE,
        Events.RISK_REPORT_SUBMITTED,
        "风险评估报告：风险等级" + level.label() + "，防范化解措施" + (mitigated ? "已落实" : "未落实")
            + "；风险点：" + text(execution, Vars.RISK_POINTS));
  }
}
