package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.process.CommonVariables;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterDecision (登记决策事项) in major-decision. Reads decisionTitle, decisionUnit and
 * proposerType from the start form, registers the decision and makes its number the business key;
 * writes decisionNo. Runs synchronously with the start so that a clerk who entered a bad value sees
 * the refusal at once instead of a stuck job.
 */
@Component("registerDecisionDelegate")
public class RegisterDecisionDelegate implements JavaDelegate {

  static final int MAX_TITLE = 200;

  private final DecisionRegister register;
  private final UnitRepository units;
  private final StageRecords records;

  public RegisterDecisionDelegate(DecisionRegister register, UnitRepository units, StageRecords records) {
    this.register = register;
    this.units = units;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String title = text(execution, CommonVariables.DECISION_TITLE);
    String unit = text(execution, CommonVariables.DECISION_UNIT);
    String proposerType = text(execution, MajorDecisionProcess.Vars.PROPOSER_TYPE);
    if (title == null || title.isEmpty()) {
      throw new ProcedureViolation("请填写决策事项名称");
    }
    if (title.length() > MAX_TITLE) {
      throw new ProcedureViolation("决策事项名称不得超过" + MAX_TITLE + "个字");
    }
    if (unit == null || !units.existsById(unit)) {
      throw new ProcedureViolation("决策机关不存在：" + unit + "，请从列表中选择");
    }
    if (proposerType == null || proposerType.isEmpty()) {
      throw new ProcedureViolation("请选择决策建议的提出方式（第十条）");
    }
    Decision decision =
        register.register(title, unit, proposerType, execution.getVariable("initiator") == null
            ? null : execution.getVariable("initiator").toString(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(decision.getDecisionNo());
    execution.setVariable(CommonVariables.DECISION_NO, decision.getDecisionNo());
    execution.setVariable(CommonVariables.DECISION_TITLE, title);
    records.record(execution, "INITIATION", "DECISION_REGISTERED", "登记决策事项：" + title);
  }
}
