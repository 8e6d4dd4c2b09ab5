package cn.gov.pujiang.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** The engine doors' one mapping: refusal kinds to statuses, client input to 4xx, only faults to 500. */
class EngineProblemMappersTest {

  @Test
  void aRefusalWrappedByCamundasSubmitFormIsItsOwnStatusAndMessageAlone() throws Exception {
    RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcedureViolation("请先在决策档案中上传本环节的材料"), "Cannot submit task form 1f0e: 请先在决策档案中上传本环节的材料");

    JsonNode body = body(EngineProblemMappers.answer(wrapped, null), 400);

    assertThat(body.path("message").asText()).isEqualTo("请先在决策档案中上传本环节的材料");
    assertThat(body.path("code").asText()).isEqualTo(ProcedureViolation.CODE);
  }

  @Test
  void eachRefusalKindHasItsStatus() throws Exception {
    body(EngineProblemMappers.answer(Refusal.forbidden("不行"), null), 403);
    body(EngineProblemMappers.answer(Refusal.notFound("没有"), null), 404);
    body(EngineProblemMappers.answer(Refusal.conflict("X", "冲突"), null), 409);
  }

  @Test
  void permissionsConcurrentChangesAndDuplicatesAreChinese4xx() throws Exception {
    JsonNode forbidden = body(EngineProblemMappers.answer(new AuthorizationException(
        "The user with id 'baima.clerk' does not have 'CREATE_INSTANCE' permission"), null), 403);
    assertThat(forbidden.toString()).doesNotContain("baima.clerk", "permission");
    body(EngineProblemMappers.answer(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity'"),
        null), 409);
    body(EngineProblemMappers.answer(new ProcessEnginePersistenceException("insert failed",
        new SQLException("duplicate key value violates unique constraint", "23505")), null), 409);
  }

  @Test
  void theEnginesRefusalsOfARequestAre4xxAndFaultsStay500() throws Exception {
    body(EngineProblemMappers.answer(new InvalidRequestException(Response.Status.BAD_REQUEST, "Cannot set query parameter"),
        null), 400);
    body(EngineProblemMappers.answer(new NullValueException("task 1 doesn't exist"), null), 404);
    body(EngineProblemMappers.answer(new ProcessEngineException("firstResult is negative"), null), 400);
    body(EngineProblemMappers.answer(new ProcessEngineException("wrapped", new NullPointerException()), null), 500);
    body(EngineProblemMappers.answer(new IllegalStateException("a defect"), null), 500);
    body(EngineProblemMappers.answer(new ProcessEnginePersistenceException("bad SQL",
        new SQLException("syntax error", "42601")), null), 500);
  }

  private static JsonNode body(Response response, int status) throws Exception {
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
    JsonNode body = new ObjectMapper().readTree((String) response.getEntity());
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("message").asText()).matches("(?s).*\\p{IsHan}.*");
    assertThat(body.toString()).doesNotContain("Cannot submit", "org.camunda", "java.", "SQL");
    return body;
  }
}
