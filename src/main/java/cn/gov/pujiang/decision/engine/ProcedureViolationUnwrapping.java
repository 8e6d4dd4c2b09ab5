package cn.gov.pujiang.decision.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Rethrows a {@link ProcedureViolation} that the engine wrapped on its way out (a task listener's
 * exception becomes "ENGINE-03051 There was an exception while invoking the TaskListener…"), so that
 * every caller gets the Chinese refusal itself. Registered before the engine's own interceptors by
 * {@link DueDateEnginePlugin}, after the transaction has been rolled back.
 */
class ProcedureViolationUnwrapping extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcedureViolation violation) {
      throw violation;
    } catch (ProcessEngineException e) {
      for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof ProcedureViolation violation) {
          throw violation;
        }
      }
      throw e;
    }
  }
}
