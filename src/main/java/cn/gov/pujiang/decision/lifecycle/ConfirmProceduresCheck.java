package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ConfirmProcedures (确认履行的法定程序). Two answers are possible:
 *
 * <ul>
 *   <li>The plan. For every plannable procedure reads {@code <procedure>Required}, {@code
 *       <procedure>Planned} and {@code <procedure>ExemptionReason}: a required procedure may be left
 *       out only under its lawful exception ({@link Procedure#lawfulException()}) with its evidence
 *       in the exemption field; expert argumentation (Art. 19) has none. A hearing is a form of
 *       public participation, so it cannot be planned without it. Writes {@code
 *       proceduresConfirmedBy}: the asynchronous plan recording runs without the clerk's login.
 *   <li>A request to correct a matter attribute the table used (factChangeRequested,
 *       factChangeAttribute, factChangeValue, factChangeReason): no plan is checked; writes
 *       factChangeRequestedBy and the trail entry FACT_CHANGE_REQUESTED, and the leadership decides
 *       in Task_DecideFactChange.
 * </ul>
 */
@Component("confirmProceduresCheck")
public class ConfirmProceduresCheck extends CompletionCheck {

  static final int REASON_TEXT = 2000;

  private final Actors actors;
  private final StageRecords records;

  public ConfirmProceduresCheck(Actors actors, StageRecords records) {
    this.actors = actors;
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (flag(execution, Vars.FACT_CHANGE_REQUESTED)) {
      if (execution.getBpmnModelInstance().getModelElementById(MajorDecisionProcess.Elements.TASK_DECIDE_FACT_CHANGE) == null) {
        // An instance still on a model version without the leadership's task: the request would be lost.
        throw new ProcedureViolation("本决策按旧版流程办理，不能在此申请更正事项属性；请联系系统管理员将流程实例迁移到新版本");
      }
      requestFactChange(execution);
      return;
    }
    for (Procedure procedure : Procedure.values()) {
      if (!procedure.plannable()) {
        continue;
      }
      boolean required = flag(execution, procedure.requiredVariable());
      boolean planned = flag(execution, procedure.plannedVariable());
      if (required && !planned) {
        checkExemption(execution, procedure);
      }
    }
    if (flag(execution, Procedure.HEARING.plannedVariable())
        && !flag(execution, Procedure.PUBLIC_PARTICIPATION.plannedVariable())) {
      throw new ProcedureViolation("听证会是公众参与的一种方式，举行听证须同时履行公众参与程序");
    }
    execution.setVariable(Vars.PROCEDURES_CONFIRMED_BY, actors.current());
  }

  private static void checkExemption(DelegateExecution execution, Procedure procedure) {
    ExemptionGround ground = procedure.lawfulException();
    if (ground == null) {
      throw new ProcedureViolation("“" + procedure.label() + "”依法应当履行，不能以特别说明免除（《重大行政决策程序暂行条例》第十九条）。"
          + "认为决策事项属性认定有误的，请勾选“申请更正事项属性”，由决策机关领导班子确认");
    }
    String evidence = text(execution, procedure.exemptionVariable());
    if (evidence == null || evidence.isEmpty()) {
      throw new ProcedureViolation("依规定应当履行“" + procedure.label() + "”程序，只有" + ground.label() + "的方可不履行（"
          + ground.basis() + "），请填写" + ground.evidenceLabel() + "；其他情形不能以特别说明免除");
    }
    if (evidence.length() > REASON_TEXT) {
      throw new ProcedureViolation("“" + ground.evidenceLabel() + "”不得超过" + REASON_TEXT + "字");
    }
  }

  private void requestFactChange(DelegateExecution execution) {
    String attribute = text(execution, Vars.FACT_CHANGE_ATTRIBUTE);
    String label = attribute == null ? null : Attributes.LABELS.get(attribute);
    if (label == null) {
      throw new ProcedureViolation("请选择申请更正的事项属性");
    }
    String value = text(execution, Vars.FACT_CHANGE_VALUE);
    if (!"true".equals(value) && !"false".equals(value)) {
      throw new ProcedureViolation("请选择更正后的认定：是或否");
    }
    if (Boolean.parseBoolean(value) == flag(execution, attribute)) {
      throw new ProcedureViolation("“" + label + "”的现有认定已是" + (Boolean.parseBoolean(value) ? "“是”" : "“否”") + "，无须更正");
    }
    if (blank(execution, Vars.FACT_CHANGE_REASON)) {
      throw new ProcedureViolation("请写明申请更正“" + label + "”认定的理由，供决策机关领导班子审定");
    }
    if (text(execution, Vars.FACT_CHANGE_REASON).length() > REASON_TEXT) {
      throw new ProcedureViolation("“更正理由”不得超过" + REASON_TEXT + "字");
    }
    execution.setVariable(Vars.FACT_CHANGE_REQUESTED_BY, actors.current());
    records.record(execution, "PROCEDURES", "FACT_CHANGE_REQUESTED",
        "申请将事项属性“" + label + "”更正为" + (Boolean.parseBoolean(value) ? "“是”" : "“否”") + "，理由："
            + text(execution, Vars.FACT_CHANGE_REASON));
  }
}
