package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.RequiredProcedures.PlanEntry;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordProcedurePlan (记录程序履行计划) in major-decision. Reads the required, basis, planned and
 * exemption-reason variables of every procedure (the table was evaluated once, by Task_DetermineProcedures) and stores the plan in md_procedure_requirement.
 * Every plan (a re-consultation makes a new one) and every exemption also go into the trail, so the
 * earlier plans stay visible to auditors. Writes procedureExemptionsSummary (each lawful exception
 * with its evidence, and the matter attributes the leadership corrected, from factChangesSummary),
 * which the legality reviewer's and the meeting's forms show.
 */
@Component("recordProcedurePlanDelegate")
public class RecordProcedurePlanDelegate implements JavaDelegate {

  private final RequiredProcedures requiredProcedures;
  private final StageRecords records;

  public RecordProcedurePlanDelegate(RequiredProcedures requiredProcedures, StageRecords records) {
    this.requiredProcedures = requiredProcedures;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<Procedure, String> basesOfEarlierInstance = null;
    List<PlanEntry> plan = new ArrayList<>();
    StringJoiner plannedNames = new StringJoiner("、");
    StringJoiner exemptions = new StringJoiner("\n");
    for (Procedure procedure : Procedure.values()) {
      boolean required = flag(execution, procedure.requiredVariable());
      boolean planned = procedure.plannable() ? flag(execution, procedure.plannedVariable()) : required;
      String reason = required && !planned ? text(execution, procedure.exemptionVariable()) : null;
      String basis = required ? text(execution, procedure.basisVariable()) : null;
      if (required && !execution.hasVariable(procedure.basisVariable())) {
        // An instance that passed Task_DetermineProcedures before the basis was kept as a variable.
        if (basesOfEarlierInstance == null) {
          basesOfEarlierInstance = requiredProcedures.evaluate(attributes(execution));
        }
        basis = basesOfEarlierInstance.get(procedure);
      }
      plan.add(new PlanEntry(procedure, required, planned, basis, reason));
      if (planned) {
        plannedNames.add(procedure.label());
      }
      if (reason != null) {
        ExemptionGround ground = procedure.lawfulException();
        String text = "不履行“" + procedure.label() + "”程序：" + ground.label() + "（" + ground.basis() + "），"
            + ground.evidenceLabel() + "：" + reason;
        exemptions.add("· " + text);
        records.record(execution, "PROCEDURES", "PROCEDURE_EXEMPTED", text);
      }
    }
    Object confirmedBy = execution.getVariable(Vars.PROCEDURES_CONFIRMED_BY);
    requiredProcedures.recordPlan(
        execution.getProcessBusinessKey(), plan, confirmedBy instanceof String user ? user : null);
    String factChanges = text(execution, Vars.FACT_CHANGES_SUMMARY);
    if (factChanges != null && !factChanges.isEmpty()) {
      exemptions.add("经决策机关审定更正的事项属性：\n" + factChanges);
    }
    execution.setVariable(
        Vars.PROCEDURE_EXEMPTIONS_SUMMARY, exemptions.length() == 0 ? "无" : exemptions.toString());
    records.record(
        execution, "PROCEDURES", "PROCEDURE_PLAN_RECORDED",
        "履行程序：" + (plannedNames.length() == 0 ? "无附条件程序" : plannedNames.toString()));
  }

  private static Map<String, Object> attributes(DelegateExecution execution) {
    Map<String, Object> attributes = new HashMap<>();
    for (String attribute : Attributes.ALL) {
      attributes.put(attribute, flag(execution, attribute));
    }
    return attributes;
  }
}
