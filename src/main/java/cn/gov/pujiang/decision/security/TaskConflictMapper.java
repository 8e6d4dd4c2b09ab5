package cn.gov.pujiang.decision.security;

import jakarta.annotation.Priority;
import java.util.List;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two people completing the same task (POST /engine-rest/task/{id}/complete or /submit-form, which
 * Tasklist uses): the engine lets one transaction win and fails the other with an
 * {@link OptimisticLockingException}, or, if the second request starts after the first committed,
 * with "Cannot find task". Camunda's REST API answers both with 500; the loser gets 409 with a
 * Chinese message instead, and nothing of their submission is saved. Without an optimistic-locking
 * failure, 409 is given only when the task did exist and has ended, as far as the caller may see it
 * in the history (so a wrong id stays an error and nobody learns of a task they may not read). Every
 * other exception gets Camunda's own answer. Registered in {@link EngineRestConfiguration}; ranked
 * above Camunda's RestExceptionHandler for the same exception type.
 */
@Provider
@Priority(1)
public class TaskConflictMapper implements ExceptionMapper<RestException> {

  static final String TYPE = "TaskAlreadyCompleted";
  static final String MESSAGE = "该任务已由他人同时或先行办理完毕，您的提交未保存。请刷新任务列表后查看当前待办。";

  private static final Logger log = LoggerFactory.getLogger(TaskConflictMapper.class);

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(RestException exception) {
    String taskId = completedTaskId();
    if (taskId != null
        && (exception.getCause() instanceof OptimisticLockingException || taskEnded(taskId))) {
      log.info("Completion of task {} lost to another and is answered with 409: {}", taskId, exception.getMessage());
      ExceptionDto dto = new ExceptionDto();
      dto.setType(TYPE);
      dto.setMessage(MESSAGE);
      return Response.status(Response.Status.CONFLICT).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    return camunda.toResponse(exception);
  }

  /** The task id of a .../task/{id}/complete or .../task/{id}/submit-form request, else null. */
  private String completedTaskId() {
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
    return ProcessEngines.getDefaultProcessEngine().getHistoryService().createHistoricTaskInstanceQuery()
        .taskId(taskId).finished().count() > 0;
  }
}
