package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Values;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_DecideInitiation (决定是否启动决策程序). Reads initiationDecision,
 * initiationOpinion and undertakingUnitName: the decision organ must state its decision and, when
 * it starts the procedure, name the undertaking unit (Decree 713 Art. 11). Writes a trail entry.
 */
@Component("initiationListener")
public class InitiationListener implements TaskListener {

  private final StageRecords records;

  public InitiationListener(StageRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = text(task, MajorDecisionProcess.Vars.INITIATION_DECISION);
    if (!Values.START.equals(decision) && !Values.NOT_START.equals(decision)) {
      throw new ProcedureViolation("请选择是否启动决策程序");
    }
    if (blank(task, Vars.INITIATION_OPINION)) {
      throw new ProcedureViolation("请填写决策机关的意见");
    }
    if (Values.START.equals(decision) && blank(task, Vars.UNDERTAKING_UNIT_NAME)) {
      throw new ProcedureViolation("启动决策程序时应当明确决策承办单位（《重大行政决策程序暂行条例》第十一条）");
    }
    records.record(
        task.getExecution(),
        "INITIATION",
        Values.START.equals(decision) ? "INITIATION_APPROVED" : "INITIATION_REFUSED",
        (Values.START.equals(decision) ? "决定启动决策程序，承办单位：" + text(task, Vars.UNDERTAKING_UNIT_NAME) : "决定不启动决策程序")
            + "。意见：" + text(task, Vars.INITIATION_OPINION));
  }
}
