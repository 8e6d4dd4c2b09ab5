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
 * Completion check (end listener) of Task_OrganiseRiskAssessment (组织风险评估), Decree 713 Arts. 22-23. Reads
 * assessorType, riskAssessorUnit and departmentsHeard; refuses an unknown assessor type, a missing
 * assessing unit, and an assessment that has not heard the relevant departments. Records who
 * assesses.
 */
@Component("riskAssessmentOrganisationCheck")
public class RiskAssessmentOrganisationCheck extends CompletionCheck {

  private final StageRecords records;

  public RiskAssessmentOrganisationCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    AssessorType type = AssessorType.of(text(execution, Vars.ASSESSOR_TYPE));
    if (type == null) {
      throw new ProcedureViolation("请选择评估主体：承办单位自行评估、其他单位评估或委托第三方评估（第二十三条）");
    }
    if (blank(execution, Vars.RISK_ASSESSOR_UNIT)) {
      throw new ProcedureViolation("请填写评估单位名称");
    }
    if (blank(execution, Vars.DEPARTMENTS_HEARD)) {
      throw new ProcedureViolation("开展风险评估应当听取有关部门的意见，请填写听取意见的情况（第二十三条）");
    }
    records.record(
        execution,
        RiskAssessmentProcess.STAGE,
        Events.ASSESSMENT_ORGANISED,
        type.label() + "：" + text(execution, Vars.RISK_ASSESSOR_UNIT) + "；听取有关部门意见："
            + text(execution, Vars.DEPARTMENTS_HEARD));
  }
}
