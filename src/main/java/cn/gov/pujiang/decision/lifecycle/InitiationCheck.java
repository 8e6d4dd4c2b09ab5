package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Values;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_DecideInitiation (决定是否启动决策程序). Reads initiationDecision,
 * initiationOpinion and undertakingUnitName: the decision organ must state its decision and, when
 * it starts the procedure, name the undertaking unit (Decree 713 Art. 11). Writes a trail entry.
 */
@Component("initiationCheck")
public class InitiationCheck extends CompletionCheck {

  private final StageRecords records;

  public InitiationCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    String decision = text(execution, MajorDecisionProcess.Vars.INITIATION_DECISION);
    if (!Values.START.equals(decision) && !Values.NOT_START.equals(decision)) {
      throw new ProcedureViolation("请选择是否启动决策程序");
    }
    if (blank(execution, Vars.INITIATION_OPINION)) {
      throw new ProcedureViolation("请填写决策机关的意见");
    }
    if (Values.START.equals(decision) && blank(execution, Vars.UNDERTAKING_UNIT_NAME)) {
      throw new ProcedureViolation("启动决策程序时应当明确决策承办单位（《重大行政决策程序暂行条例》第十一条）");
    }
    records.record(
        execution,
        "INITIATION",
        Values.START.equals(decision) ? "INITIATION_APPROVED" : "INITIATION_REFUSED",
        (Values.START.equals(decision) ? "决定启动决策程序，承办单位：" + text(execution, Vars.UNDERTAKING_UNIT_NAME) : "决定不启动决策程序")
            + "。意见：" + text(execution, Vars.INITIATION_OPINION));
  }
}
