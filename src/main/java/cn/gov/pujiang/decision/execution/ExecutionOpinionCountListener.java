package cn.gov.pujiang.decision.execution;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of Task_DecideOnEvaluation (决定是否开展决策后评估) in decision-execution: writes
 * executionOpinionCount, the opinions of citizens and organisations recorded during execution (Decree
 * 713 Art. 35 para. 2), which the form shows next to the Art. 36 (2) trigger.
 */
@Component("executionOpinionCountListener")
public class ExecutionOpinionCountListener implements TaskListener {

  private final ExecutionOpinions opinions;

  public ExecutionOpinionCountListener(ExecutionOpinions opinions) {
    this.opinions = opinions;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(Vars.EXECUTION_OPINION_COUNT,
        (long) opinions.count(task.getExecution().getProcessBusinessKey()));
  }
}
