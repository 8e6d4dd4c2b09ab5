package cn.gov.pujiang.decision.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Base of the engine-side checks that run when a user completes a task. Attach the bean to the user
 * task as {@code <camunda:executionListener delegateExpression="${bean}" event="end"/>}: it runs in
 * the completing transaction with the submitted form values in scope, and a {@link
 * ProcedureViolation} reaches Tasklist and REST clients with its Chinese message as it is. (A task
 * listener would do the same check, but the engine wraps its exceptions in an English
 * "ENGINE-03051 ... TaskListener" text that a clerk should not have to read.)
 *
 * <p>Nothing is checked when the task is cancelled (instance deleted, interrupting event), because
 * then nobody submitted anything.
 */
public abstract class CompletionCheck implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    check(execution);
  }

  /** Refuses the completion with a {@link ProcedureViolation}, or records what the task produced. */
  protected abstract void check(DelegateExecution execution);
}
