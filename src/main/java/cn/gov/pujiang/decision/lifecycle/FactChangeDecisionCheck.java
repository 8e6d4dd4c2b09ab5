package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Values;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_DecideFactChange (审定事项属性更正申请): the decision organ's
 * leadership confirms or refuses a clerk's request to correct a matter attribute that the
 * required-procedures DMN reads (the legal review of the models). Reads factChangeAttribute, factChangeValue,
 * factChangeReason, factChangeRequestedBy, factChangeDecision and factChangeOpinion. On CONFIRM
 * writes the attribute itself (the table is evaluated again after this task) and appends to
 * factChangesSummary; writes the trail entry FACT_CHANGE_CONFIRMED or FACT_CHANGE_REFUSED, and
 * clears factChangeRequested so that the confirmation form starts unticked.
 */
@Component("factChangeDecisionCheck")
public class FactChangeDecisionCheck extends CompletionCheck {

  private final Actors actors;
  private final StageRecords records;

  public FactChangeDecisionCheck(Actors actors, StageRecords records) {
    this.actors = actors;
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    String decision = text(execution, Vars.FACT_CHANGE_DECISION);
    if (!Values.CONFIRM.equals(decision) && !Values.REFUSE.equals(decision)) {
      throw new ProcedureViolation("请选择同意更正或者不同意更正");
    }
    if (blank(execution, Vars.FACT_CHANGE_OPINION)) {
      throw new ProcedureViolation("请填写决策机关领导班子的审定意见");
    }
    if (text(execution, Vars.FACT_CHANGE_OPINION).length() > ConfirmProceduresCheck.REASON_TEXT) {
      throw new ProcedureViolation("“审定意见”不得超过" + ConfirmProceduresCheck.REASON_TEXT + "字");
    }
    String attribute = text(execution, Vars.FACT_CHANGE_ATTRIBUTE);
    String label = Attributes.LABELS.get(attribute);
    if (label == null) {
      throw new ProcedureViolation("更正申请缺少事项属性，请退回承办人员重新申请");
    }
    boolean value = Boolean.parseBoolean(text(execution, Vars.FACT_CHANGE_VALUE));
    String who = actors.current();
    String change = "事项属性“" + label + "”更正为" + (value ? "“是”" : "“否”") + "（申请人："
        + text(execution, Vars.FACT_CHANGE_REQUESTED_BY) + "，理由：" + text(execution, Vars.FACT_CHANGE_REASON)
        + "；决策机关审定：" + who + "，意见：" + text(execution, Vars.FACT_CHANGE_OPINION) + "）";
    if (Values.CONFIRM.equals(decision)) {
      execution.setVariable(attribute, value);
      String before = text(execution, Vars.FACT_CHANGES_SUMMARY);
      execution.setVariable(Vars.FACT_CHANGES_SUMMARY, before == null || before.isEmpty() ? "· " + change : before + "\n· " + change);
      records.record(execution, "PROCEDURES", "FACT_CHANGE_CONFIRMED", "同意" + change);
    } else {
      records.record(execution, "PROCEDURES", "FACT_CHANGE_REFUSED", "不同意" + change);
    }
    execution.setVariable(Vars.FACT_CHANGE_REQUESTED, false);
  }
}
