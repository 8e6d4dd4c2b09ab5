package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.register.DecisionSuccession;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterDecision (登记决策事项) in major-decision. Reads decisionTitle, decisionUnit,
 * proposerType, catalogueItemNo (an item of the unit's published catalogue) and emergencyResponse
 * from the start form; refuses a start that breaks the start rules ({@link DecisionStartRules}: title,
 * unit, proposer type, and the catalogue gate with its emergency-response answer, Decree 713 Art. 3 and
 * 10), the same rules the REST API asks, so that neither Tasklist nor /engine-rest can bypass them; the
 * refusal rolls the start back and nothing is registered. Registers the decision linked to its item, makes its number the business
 * key, writes decisionNo and a trail entry. Runs synchronously with the start so that a clerk who entered a bad value sees
 * the refusal at once instead of a stuck job. It lives beside the catalogue's gate and the REST
 * starter ({@link DecisionStarter}) because it is the catalogue's door into the major-decision
 * process; the process package (lifecycle) does not depend on the catalogue.
 */
@Component("registerDecisionDelegate")
public class RegisterDecisionDelegate implements JavaDelegate {

  /** Trail events: which basis the decision started on. */
  public static final String CATALOGUE_ITEM_STARTED = "CATALOGUE_ITEM_STARTED";
  /** Written by decisions started outside the catalogue before the legal review of the models; kept for reading. */
  public static final String OUTSIDE_CATALOGUE = "STARTED_OUTSIDE_CATALOGUE";
  /** On the new decision: it carries out a major adjustment of an earlier one (Decree 713 Art. 37). */
  public static final String ADJUSTS_DECISION = "ADJUSTS_DECISION";
  /** On the earlier decision: the decision of its major adjustment has started. */
  public static final String SUCCESSOR_STARTED = "SUCCESSOR_STARTED";

  private final DecisionRegister register;
  private final StageRecords records;
  private final DecisionStartRules rules;
  private final CatalogueItems catalogueItems;
  private final DecisionSuccession succession;

  public RegisterDecisionDelegate(
      DecisionRegister register,
      StageRecords records,
      DecisionStartRules rules,
      CatalogueItems catalogueItems,
      DecisionSuccession succession) {
    this.register = register;
    this.records = records;
    this.rules = rules;
    this.catalogueItems = catalogueItems;
    this.succession = succession;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DecisionStartRules.Admitted start = rules.check(
        text(execution, CommonVariables.DECISION_TITLE),
        text(execution, CommonVariables.DECISION_UNIT),
        text(execution, MajorDecisionProcess.Vars.PROPOSER_TYPE),
        text(execution, StartEligibility.ITEM_NO),
        flag(execution, StartEligibility.EMERGENCY_RESPONSE),
        text(execution, StartEligibility.EMERGENCY_REASON));
    String title = start.title();
    String unit = start.unit().getCode();
    String unitName = start.unit().getName();
    String proposerType = start.proposerType();
    CatalogueItem item = start.item();
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
