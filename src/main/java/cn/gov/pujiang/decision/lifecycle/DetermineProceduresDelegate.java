package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.flag;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecords;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_DetermineProcedures (确定应当履行的程序) in major-decision. Reads the matter attributes
 * ({@link Attributes#ALL}), evaluates the required-procedures DMN and writes, per procedure,
 * {@code <procedure>Required}, the initial {@code <procedure>Planned} (= required), and
 * {@code <procedure>Basis} (the table's stated basis, which the plan records without evaluating the table again),
 * requiredProceduresSummary for the confirmation form; resets factChangeRequested (Gateway_FactChangeRequested
 * reads it after the confirmation, also when a client submits without the checkbox).
 */
@Component("determineProceduresDelegate")
public class DetermineProceduresDelegate implements JavaDelegate {

  private final RequiredProcedures requiredProcedures;
  private final StageRecords records;

  public DetermineProceduresDelegate(RequiredProcedures requiredProcedures, StageRecords records) {
    this.requiredProcedures = requiredProcedures;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> attributes = new HashMap<>();
    for (String attribute : Attributes.ALL) {
      attributes.put(attribute, flag(execution, attribute));
    }
    Map<Procedure, String> required = requiredProcedures.evaluate(attributes);
    StringJoiner summary = new StringJoiner("\n");
    for (Procedure procedure : Procedure.values()) {
      boolean isRequired = required.containsKey(procedure);
      execution.setVariable(procedure.requiredVariable(), isRequired);
      execution.setVariable(procedure.basisVariable(), required.get(procedure));
      if (procedure.plannable()) {
        execution.setVariable(procedure.plannedVariable(), isRequired);
      }
      if (isRequired) {
        summary.add("· " + procedure.label() + "：" + required.get(procedure));
      }
    }
    String text = summary.length() == 0 ? "依规则无须履行附条件程序（合法性审查、集体讨论决定为必经程序）" : summary.toString();
    execution.setVariable(Vars.REQUIRED_PROCEDURES_SUMMARY, text);
    execution.setVariable(Vars.FACT_CHANGE_REQUESTED, false);
    records.record(execution, "PROCEDURES", "PROCEDURES_DETERMINED", "依规则应当履行的程序：\n" + text);
  }
}
