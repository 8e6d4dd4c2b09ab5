package cn.gov.pujiang.decision.execution;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.ExecutionOutcome;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the end events of decision-execution (EndEvent_ExecutionCompleted,
 * EndEvent_AdjustmentRequired, EndEvent_ExecutionTerminated). Reads nothing; writes the output
 * executionOutcome that the end event stands for ({@link DecisionExecutionProcess#OUTCOME_OF_END}),
 * which major-decision maps out of the call activity.
 */
@Component("executionOutcomeListener")
public class ExecutionOutcomeListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionOutcome outcome = DecisionExecutionProcess.OUTCOME_OF_END.get(execution.getCurrentActivityId());
    if (outcome == null) {
      throw new IllegalStateException("executionOutcomeListener is not attached to a known end event: "
          + execution.getCurrentActivityId());
    }
    execution.setVariable(Vars.EXECUTION_OUTCOME, outcome.name());
  }
}
