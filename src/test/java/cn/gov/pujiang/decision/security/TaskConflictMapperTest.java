package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * The engine REST API's answer when PostgreSQL aborts one of two transactions of a decision that wait
 * for each other (deadlock): 409, never 500. On a task completion whose task the winner finished, the
 * loser hears that someone else completed it; otherwise that the decision changed at the same time.
 * (ConcurrentCompletionIT races real requests; whether a race ends in a deadlock or in the engine's
 * optimistic-locking failure depends on timing, so this case is pinned here.)
 */
class TaskConflictMapperTest extends ProcessTestSupport {

  @Test
  void aDeadlockOnACompletedTaskTellsTheLoserSomeoneElseCompletedIt() throws Exception {
    LifecycleDriver lifecycle = new LifecycleDriver(processEngine);
    String no = lifecycle.businessKeyOf(lifecycle.startDecision(Stages.startForm(TOWN)));
    Task study = lifecycle.task(no, "Task_StudyProposal");
    lifecycle.submit(no, "Task_StudyProposal", "studyConclusion", "问题属实");

    Response answer = mapperFor("task", study.getId(), "complete")
        .toResponse(new PessimisticLockingFailureException("ERROR: deadlock detected"));

    assertThat(answer.getStatus()).isEqualTo(409);
    JsonNode body = new ObjectMapper().readTree((String) answer.getEntity());
    assertThat(body.path("type").asText()).isEqualTo(TaskConflictMapper.TYPE);
    assertThat(body.path("message").asText()).contains("已由他人", "未保存");
  }

  @Test
  void aDeadlockWhileTheTaskIsStillOpenSaysTheDecisionChangedAtTheSameTime() throws Exception {
    LifecycleDriver lifecycle = new LifecycleDriver(processEngine);
    String no = lifecycle.businessKeyOf(lifecycle.startDecision(Stages.startForm(TOWN)));
    Task study = lifecycle.task(no, "Task_StudyProposal");

    Response answer = mapperFor("task", study.getId(), "submit-form")
        .toResponse(new PessimisticLockingFailureException("ERROR: deadlock detected"));

    assertThat(answer.getStatus()).isEqualTo(409);
    JsonNode body = new ObjectMapper().readTree((String) answer.getEntity());
    assertThat(body.path("type").asText()).isEqualTo(TaskConflictMapper.LockConflict.TYPE);
    assertThat(body.path("message").asText()).contains("同时有其他办理操作", "未保存");
  }

  @Test
  void aDeadlockCamundaWrapsInARestExceptionIsRecognised() {
    RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEnginePersistenceException("flush failed", new SQLException("ERROR: deadlock detected", "40P01")),
        "Cannot submit task form x: An exception occurred in the persistence layer");

    assertThat(TaskConflictMapper.isLockConflict(wrapped)).isTrue();
    assertThat(TaskConflictMapper.isLockConflict(new RestException("Cannot find task with id x"))).isFalse();
    assertThat(TaskConflictMapper.isLockConflict(
        new ProcessEnginePersistenceException("x", new SQLException("duplicate key", "23505")))).isFalse();
  }

  @Test
  void aDeadlockElsewhereIsA409Too() throws Exception {
    Response answer = mapperFor("process-instance", "some-id", "variables")
        .toResponse(new PessimisticLockingFailureException("ERROR: deadlock detected"));

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(new ObjectMapper().readTree((String) answer.getEntity()).path("type").asText()).isEqualTo(TaskConflictMapper.LockConflict.TYPE);
  }

  private TaskConflictMapper.LockConflict mapperFor(String... path) throws Exception {
    List<PathSegment> segments = new ArrayList<>();
    for (String part : path) {
      PathSegment segment = mock(PathSegment.class);
      when(segment.getPath()).thenReturn(part);
      segments.add(segment);
    }
    UriInfo uriInfo = mock(UriInfo.class);
    when(uriInfo.getPathSegments()).thenReturn(segments);
    when(uriInfo.getPath()).thenReturn(String.join("/", path));
    TaskConflictMapper.LockConflict mapper = new TaskConflictMapper.LockConflict();
    Field field = TaskConflictMapper.LockConflict.class.getDeclaredField("uriInfo");
    field.setAccessible(true);
    field.set(mapper, uriInfo);
    mapper.engine = processEngine;
    return mapper;
  }
}
