package cn.gov.pujiang.decision.security;

import jakarta.annotation.Priority;
import java.util.List;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import cn.gov.pujiang.decision.web.EngineProblemMappers;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Two people completing the same task (POST /engine-rest/task/{id}/complete or /submit-form, which
 * Tasklist uses): the engine lets one transaction win and fails the other with an
 * {@link OptimisticLockingException}, or, if the second request starts after the first committed,
 * with "Cannot find task". Camunda's REST API answers both with 500; the loser gets 409 with a
 * Chinese message instead, and nothing of their submission is saved. Without an optimistic-locking
 * failure, 409 is given only when the task did exist and has ended, as far as the caller may see it
 * in the history (so a wrong id stays an error and nobody learns of a task they may not read). Every
 * other exception gets the application's problem answer ({@link EngineProblemMappers}). Registered in {@link EngineRestConfiguration}; ranked
 * above Camunda's RestExceptionHandler for the same exception type.
 */
@Provider
@Priority(1)
public class TaskConflictMapper implements ExceptionMapper<RestException> {

  static final String TYPE = "TaskAlreadyCompleted";
  static final String MESSAGE = "该任务已由他人同时或先行办理完毕，您的提交未保存。请刷新任务列表后查看当前待办。";

  private static final Logger log = LoggerFactory.getLogger(TaskConflictMapper.class);

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(RestException exception) {
    String taskId = completedTaskId();
    if (taskId != null
        && (exception.getCause() instanceof OptimisticLockingException || taskEnded(taskId))) {
      log.info("Completion of task {} lost to another and is answered with 409: {}", taskId, exception.getMessage());
      return conflict(TYPE, MESSAGE);
    }
    if (isLockConflict(exception)) {
      // Camunda wraps the database's deadlock in "An exception occurred in the persistence layer".
      return LockConflict.answer(ProcessEngines.getDefaultProcessEngine(), taskId, exception);
    }
    return EngineProblemMappers.answer(exception, uriInfo);
  }

  /**
   * Whether the database aborted the transaction because it waited for another's rows: Spring's
   * ConcurrencyFailureException, or a SQLException of class 40 (deadlock 40P01, serialization
   * failure 40001) or 55P03 (lock not available) anywhere in the causes.
   */
  static boolean isLockConflict(Throwable exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ConcurrencyFailureException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("55P03"))) {
        return true;
      }
    }
    return false;
  }

  static Response conflict(String type, String message) {
    return EngineProblemMappers.response(409, type, "CONCURRENT_CHANGE", null, message, null);
  }

  /**
   * Two transactions of one decision waiting for each other's rows: PostgreSQL aborts one (deadlock) —
   * for instance two people completing the same task, when the application's records of the decision
   * are locked before the engine's rows (the auditor read model locks the decision's register row at
   * commit). Nothing of the loser is saved. On a task completion the winner is about to commit: when
   * the task is seen finished within a moment, the loser hears the same as above; otherwise (another
   * step of the same decision won) that the decision changed at the same time. Anywhere else 409 too.
   */
  @Provider
  @Priority(1)
  public static class LockConflict implements ExceptionMapper<ConcurrencyFailureException> {

    static final String TYPE = "ConcurrentChange";
    static final String MESSAGE = "本决策同时有其他办理操作，您的提交未保存。请刷新后查看当前待办再办理。";
    private static final long WAIT_FOR_WINNER_MILLIS = 2000;

    @Context private UriInfo uriInfo;
    /** The application's one engine; a test with several Spring contexts names its own. */
    ProcessEngine engine;

    @Override
    public Response toResponse(ConcurrencyFailureException exception) {
      return answer(engine != null ? engine : ProcessEngines.getDefaultProcessEngine(), completedTaskId(uriInfo),
          exception);
    }

    static Response answer(ProcessEngine processEngine, String taskId, Throwable exception) {
      log.info("Request (task {}) lost a database lock conflict and is answered with 409: {}", taskId,
          exception.getMessage());
      if (taskId != null && endsWithin(processEngine, taskId, WAIT_FOR_WINNER_MILLIS)) {
        return conflict(TaskConflictMapper.TYPE, TaskConflictMapper.MESSAGE);
      }
      return conflict(TYPE, MESSAGE);
    }

    private static boolean endsWithin(ProcessEngine processEngine, String taskId, long millis) {
      long deadline = System.nanoTime() + millis * 1_000_000;
      while (true) {
        if (taskEnded(processEngine, taskId)) {
          return true;
        }
        if (System.nanoTime() > deadline) {
          return false;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
  }

  /** The task id of a .../task/{id}/complete or .../task/{id}/submit-form request, else null. */
  private String completedTaskId() {
    return completedTaskId(uriInfo);
  }

  private static String completedTaskId(UriInfo uriInfo) {
    if (uriInfo == null) {
      return null;
    }
    List<PathSegment> segments = uriInfo.getPathSegments();
    int n = segments.size();
    if (n < 3 || !"task".equals(segments.get(n - 3).getPath())) {
      return null;
    }
    String action = segments.get(n - 1).getPath();
    return "complete".equals(action) || "submit-form".equals(action) ? segments.get(n - 2).getPath() : null;
  }

  /** Whether the caller's view of the history shows this task as finished. */
  private static boolean taskEnded(String taskId) {
    return taskEnded(ProcessEngines.getDefaultProcessEngine(), taskId);
  }

  private static boolean taskEnded(ProcessEngine engine, String taskId) {
    return engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskId(taskId).finished().count() > 0;
  }
}
