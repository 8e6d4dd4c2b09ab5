package cn.gov.pujiang.decision.execution;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the tasks of decision-execution that recur in the report and evaluation
 * cycles (Task_ReportExecution, Task_AssessProblem, Task_RecordSuspension, Task_DecideOnEvaluation,
 * Task_DesignateEvaluator, Task_SubmitEvaluationReport). Removes the variables listed for the task
 * in {@link DecisionExecutionProcess#ANSWERS_OF}, so that the form starts empty instead of offering
 * last quarter's report for resubmission; earlier answers stay in the trail and in history.
 */
@Component("clearPreviousAnswersListener")
public class ClearPreviousAnswersListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<String> answers = DecisionExecutionProcess.ANSWERS_OF.getOrDefault(task.getTaskDefinitionKey(), List.of());
    task.getExecution().removeVariables(answers);
  }
}
