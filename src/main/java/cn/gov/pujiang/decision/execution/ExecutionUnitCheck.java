package cn.gov.pujiang.decision.execution;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_DesignateExecutionUnit (明确决策执行单位) in decision-execution. Reads
 * executionUnit (required, Decree 713 Art. 34) and executionRequirements; writes the
 * EXECUTION_UNIT_DESIGNATED trail entry.
 */
@Component("executionUnitCheck")
public class ExecutionUnitCheck extends CompletionCheck {

  private final StageRecords records;

  public ExecutionUnitCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    if (blank(task, Vars.EXECUTION_UNIT)) {
      throw new ProcedureViolation("决策机关应当明确决策执行单位（《重大行政决策程序暂行条例》第三十四条）");
    }
    String requirements = blank(task, Vars.EXECUTION_REQUIREMENTS) ? "" : "。执行要求：" + text(task, Vars.EXECUTION_REQUIREMENTS);
    records.record(
        task,
        DecisionExecutionProcess.STAGE,
        Events.EXECUTION_UNIT_DESIGNATED,
        "决策执行单位：" + text(task, Vars.EXECUTION_UNIT) + requirements);
  }
}
