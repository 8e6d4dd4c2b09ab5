package cn.gov.pujiang.decision.execution;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.ExecutionStatus;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.engine.Choices;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ReportExecution (报告决策执行情况) in decision-execution. Reads
 * executionStatus (routing of Gateway_ExecutionStatus, must be one of {@link ExecutionStatus})
 * and executionReport (required, Decree 713 Arts. 34-35); writes the EXECUTION_REPORTED trail entry.
 */
@Component("executionReportCheck")
public class ExecutionReportCheck extends CompletionCheck {

  private final StageRecords records;

  public ExecutionReportCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    ExecutionStatus status =
        Choices.required(task, Vars.EXECUTION_STATUS, ExecutionStatus.class, "请选择执行情况：正常推进、发现问题或情况重大变化、执行完毕");
    if (blank(task, Vars.EXECUTION_REPORT)) {
      throw new ProcedureViolation("执行单位应当向决策机关报告决策执行情况（《重大行政决策程序暂行条例》第三十四条），请填写执行情况报告");
    }
    records.record(
        task,
        DecisionExecutionProcess.STAGE,
        Events.EXECUTION_REPORTED,
        "执行情况：" + status.label() + "。" + text(task, Vars.EXECUTION_REPORT));
  }
}
