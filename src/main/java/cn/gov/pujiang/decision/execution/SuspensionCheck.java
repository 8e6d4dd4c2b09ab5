package cn.gov.pujiang.decision.execution;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import java.time.LocalDate;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_RecordSuspension (记录中止执行决定) in decision-execution. Reads
 * suspensionDecision (required) and suspendedOn (required, not in the future: this task records a
 * decision the head has already taken, Decree 713 Art. 37); writes the EXECUTION_SUSPENDED entry.
 */
@Component("suspensionCheck")
public class SuspensionCheck extends CompletionCheck {

  private final StageRecords records;
  private final EngineClock clock;

  public SuspensionCheck(StageRecords records, EngineClock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  protected void check(DelegateExecution task) {
    if (blank(task, Vars.SUSPENSION_DECISION)) {
      throw new ProcedureViolation("请填写行政首长的中止执行决定（《重大行政决策程序暂行条例》第三十七条）");
    }
    LocalDate suspendedOn = date(task, Vars.SUSPENDED_ON, "中止执行日期");
    if (suspendedOn == null) {
      throw new ProcedureViolation("请填写中止执行日期");
    }
    if (suspendedOn.isAfter(clock.now().toLocalDate())) {
      throw new ProcedureViolation("中止执行日期不能晚于今天：此处记录已经作出的中止执行决定（" + suspendedOn + "）");
    }
    records.record(
        task,
        DecisionExecutionProcess.STAGE,
        Events.EXECUTION_SUSPENDED,
        "决策机关行政首长决定自" + suspendedOn + "起中止执行：" + text(task, Vars.SUSPENSION_DECISION));
  }
}
