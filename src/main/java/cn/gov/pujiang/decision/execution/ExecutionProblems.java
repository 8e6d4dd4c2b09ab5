package cn.gov.pujiang.decision.execution;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.ExecutionStatus;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Messages;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A problem in execution reported by the executing unit at any time, not only on a report date
 * (Decree 713 Art. 35 para. 1: 应当及时报告). Written to the trail; when the decision is between
 * reports or in a periodic report, the message ExecutionProblemReported hands it to the decision
 * body at once (Task_AssessProblem). While the body is already handling an earlier report or an
 * evaluation, the report stays on the trail for it, and the answer says so.
 */
@Service
public class ExecutionProblems {

  /** What became of a report: whether it opened an assessment by the decision body. */
  public record Reported(String decisionNo, boolean forwardedToDecisionBody, String message) {}

  private final ProcessEngine engine;
  private final StageRecords records;

  public ExecutionProblems(ProcessEngine engine, StageRecords records) {
    this.engine = engine;
    this.records = records;
  }

  @Transactional
  public Reported report(String decisionNo, String text, String user) {
    String report = ExecutionOpinions.required(text, "report", "问题或情况变化的报告", ExecutionOpinions.MAX_TEXT, true);
    ProcessInstance execution = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DecisionExecutionProcess.KEY).processInstanceBusinessKey(decisionNo).active()
        .singleResult();
    if (execution == null) {
      throw Refusal.conflict("NOT_IN_EXECUTION",
          "该决策不在执行阶段，不能报告执行中的问题（《重大行政决策程序暂行条例》第三十五条）");
    }
    records.record(decisionNo, execution.getId(), null, user, DecisionExecutionProcess.STAGE, Events.PROBLEM_REPORTED,
        "执行单位报告执行中的问题或者情况重大变化（第三十五条第一款）：" + report);
    boolean waiting = engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(execution.getId())
        .eventName(Messages.PROBLEM_REPORTED).count() > 0;
    if (!waiting) {
      return new Reported(decisionNo, false, "已记入决策过程记录。决策机关正在研究处理执行事项，本报告将一并研究。");
    }
    // The unit's clerk reports; the engine moves the instance on behalf of the application, as it does
    // for a catalogue adjustment: who may report is checked by the controller (UnitAccess).
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      boolean checking = commandContext.isAuthorizationCheckEnabled();
      commandContext.disableAuthorizationCheck();
      try {
        engine.getRuntimeService().createMessageCorrelation(Messages.PROBLEM_REPORTED)
            .processInstanceId(execution.getId())
            .setVariables(Map.of(Vars.EXECUTION_STATUS, ExecutionStatus.PROBLEM.name(),
                Vars.EXECUTION_REPORT, report))
            .correlate();
      } finally {
        if (checking) {
          commandContext.enableAuthorizationCheck();
        }
      }
      return null;
    });
    return new Reported(decisionNo, true, "已记入决策过程记录，并提请决策机关研究处理。");
  }
}
