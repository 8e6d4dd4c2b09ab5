package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.process.Variables.flag;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess;
import cn.gov.pujiang.decision.process.CommonVariables;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.register.DecisionSuccession;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterDecision (登记决策事项) in major-decision. Reads decisionTitle, decisionUnit,
 * proposerType, catalogueItemNo (an item of the unit's published catalogue) and emergencyResponse
 * from the start form; refuses a start the catalogue does not allow and an emergency-response
 * decision, which is outside this procedure ({@link StartEligibility}, Decree 713 Art. 3), so that
 * neither Tasklist nor the REST API can bypass the catalogue; the refusal rolls the start back and
 * nothing is registered. Registers the decision linked to its item, makes its number the business
 * key, writes decisionNo and a trail entry. Runs synchronously with the start so that a clerk who entered a bad value sees
 * the refusal at once instead of a stuck job. It lives beside the catalogue's gate and the REST
 * starter ({@link DecisionStarter}) because it is the catalogue's door into the major-decision
 * process; the process package (lifecycle) does not depend on the catalogue.
 */
@Component("registerDecisionDelegate")
public class RegisterDecisionDelegate implements JavaDelegate {

  static final int MAX_TITLE = 200;
  /** Trail events: which basis the decision started on. */
  public static final String CATALOGUE_ITEM_STARTED = "CATALOGUE_ITEM_STARTED";
  /** Written by decisions started outside the catalogue before the legal review of the models; kept for reading. */
  public static final String OUTSIDE_CATALOGUE = "STARTED_OUTSIDE_CATALOGUE";
  /** On the new decision: it carries out a major adjustment of an earlier one (Decree 713 Art. 37). */
  public static final String ADJUSTS_DECISION = "ADJUSTS_DECISION";
  /** On the earlier decision: the decision of its major adjustment has started. */
  public static final String SUCCESSOR_STARTED = "SUCCESSOR_STARTED";

  private final DecisionRegister register;
  private final UnitRepository units;
  private final StageRecords records;
  private final StartEligibility eligibility;
  private final CatalogueItems catalogueItems;
  private final DecisionSuccession succession;

  public RegisterDecisionDelegate(
      DecisionRegister register,
      UnitRepository units,
      StageRecords records,
      StartEligibility eligibility,
      CatalogueItems catalogueItems,
      DecisionSuccession succession) {
    this.register = register;
    this.units = units;
    this.records = records;
    this.eligibility = eligibility;
    this.catalogueItems = catalogueItems;
    this.succession = succession;
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
    String unitName = unit == null ? null : units.findById(unit).map(u -> u.getName()).orElse(null);
    if (unitName == null) {
      throw new ProcedureViolation("决策机关不存在：" + Quote.of(unit) + "，请从列表中选择");
    }
    if (proposerType == null || proposerType.isEmpty()) {
      throw new ProcedureViolation("请选择决策建议的提出方式（第十条）");
    }
    CatalogueItem item = eligibility.check(unit, text(execution, StartEligibility.ITEM_NO),
        flag(execution, StartEligibility.EMERGENCY_RESPONSE), text(execution, StartEligibility.EMERGENCY_REASON));
    Decision decision =
        register.register(
            title,
            unit,
            proposerType,
            execution.getVariable("initiator") == null ? null : execution.getVariable("initiator").toString(),
            execution.getProcessInstanceId(),
            item.getId(),
            null);
    execution.setProcessBusinessKey(decision.getDecisionNo());
    execution.setVariable(CommonVariables.DECISION_NO, decision.getDecisionNo());
    execution.setVariable(CommonVariables.DECISION_TITLE, title);
    execution.setVariable(CommonVariables.DECISION_UNIT_NAME, unitName);
    records.record(execution, "INITIATION", "DECISION_REGISTERED", "登记决策事项：" + title);
    catalogueItems.markStarted(item);
    execution.setVariable(StartEligibility.ITEM_NO, item.getItemNo());
    execution.removeVariable(StartEligibility.EMERGENCY_REASON);
    records.record(
        execution, "INITIATION", CATALOGUE_ITEM_STARTED, "按年度决策事项目录启动：" + item.getItemNo() + " " + item.getTitle());
    succession.linkSuccessor(decision.getId(), item.getId()).ifPresent(link -> {
      records.record(execution, "INITIATION", ADJUSTS_DECISION,
          "本决策是对决策 " + link.predecessorNo() + "《" + link.predecessorTitle() + "》的重大调整，由" + link.orderedByMeeting()
              + "（" + link.orderedOn() + "）决定，依照条例重新履行法定程序（《重大行政决策程序暂行条例》第三十七条）");
      Decision predecessor = register.get(link.predecessorNo());
      records.record(link.predecessorNo(), predecessor.getProcessInstanceId(), null, decision.getCreatedBy(),
          "EXECUTION", SUCCESSOR_STARTED,
          "重大调整后的新决策已按目录启动：" + decision.getDecisionNo() + "《" + decision.getTitle() + "》（目录事项 " + item.getItemNo() + "）");
    });
  }
}
