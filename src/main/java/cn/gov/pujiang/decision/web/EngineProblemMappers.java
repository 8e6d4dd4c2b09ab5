package cn.gov.pujiang.decision.web;

import cn.gov.pujiang.decision.refusal.Refusal;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * The HTTP boundary of the engine's REST doors, {@code /engine-rest} and the webapps'
 * {@code /camunda/api/*} (ADR 0018): every failure is answered in the application's one problem shape
 * ({@link Problems#body}) with a Chinese message, never Camunda's English text, task id prefix ("Cannot
 * submit task form …: ") or a 500 for something the client sent.
 * <ul>
 *   <li>A {@link Refusal} anywhere in the cause chain (a listener's statutory gate, wrapped by the
 *       engine and by Camunda's REST resources) is answered with its own status, code and message.</li>
 *   <li>Permission refusals are 403, conflicting concurrent changes 409, an unreachable database 503.</li>
 *   <li>The engine's own refusals of a request (bad parameters, unknown ids) are 400 or 404 with a
 *       generic Chinese message; their English text is logged for operators, not sent.</li>
 *   <li>Only a real server fault is 500.</li>
 * </ul>
 * The mappers are ranked above Camunda's for the same exception types. They reach the webapps' Jersey
 * application (which the application cannot configure) through Jersey's auto-discovery: see
 * {@code security.EngineRestProviders}.
 */
public final class EngineProblemMappers {

  private static final Logger LOG = LoggerFactory.getLogger(EngineProblemMappers.class);
  private static final Pattern NOT_FOUND = Pattern.compile(
      "(?i).*(not found|no \\w+ found|does not exist|doesn't exist|does not exists|cannot find|could not find"
          + "|no such|unknown \\w+ id|is unknown).*", Pattern.DOTALL);

  private static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json").withCharset("UTF-8");

  private EngineProblemMappers() {}

  /** The answer of the engine's REST doors for any failure. */
  public static Response answer(Throwable failure, UriInfo uri) {
    String path = uri == null ? null : "/" + uri.getPath();
    Refusal refusal = Refusal.in(failure);
    if (refusal != null) {
      LOG.info("Engine REST request refused ({}): {}", refusal.code(), refusal.getMessage());
      return response(Problems.status(refusal.kind()), refusal.getClass().getSimpleName(), refusal.code(),
          refusal.field(), refusal.getMessage(), path);
    }
    if (DatabaseUnavailable.isCause(failure)) {
      LOG.warn("Database unavailable in engine REST API: {}", failure.toString());
      return Response.fromResponse(response(503, DatabaseUnavailable.CODE, DatabaseUnavailable.CODE, null,
          DatabaseUnavailable.MESSAGE, path)).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }
    if (has(failure, AuthorizationException.class)) {
      LOG.info("Engine REST request not authorized: {}", failure.getMessage());
      return response(403, "AuthorizationException", "FORBIDDEN", null, authorizationMessage(failure), path);
    }
    if (has(failure, OptimisticLockingException.class) || isLockConflict(failure)) {
      LOG.info("Engine REST request lost a concurrent change: {}", failure.getMessage());
      return response(409, "ConcurrentChange", "CONCURRENT_CHANGE", null,
          "该记录已被他人同时修改，请刷新后重新操作，您的修改未保存", path);
    }
    if (isConstraintViolation(failure)) {
      LOG.info("Engine REST request refused by a database constraint: {}", failure.getMessage());
      return response(409, "ConcurrentChange", "CONFLICT", null,
          "与已有数据冲突（可能他人刚刚提交了相同内容），请刷新后查看，您的提交未保存", path);
    }
    int status = clientStatus(failure);
    if (status >= 500) {
      Map<String, Object> body = Problems.body(status, "ProcessEngineException", "INTERNAL_ERROR", null,
          Problems.message(status), path);
      LOG.error("Unexpected failure {} in engine REST API on {}", body.get("instance"), path, failure);
      return Response.status(status).type(PROBLEM_JSON).entity(Problems.toJson(body)).build();
    }
    LOG.info("Engine REST request refused with {}: {}", status, failure.toString());
    String code = status == 404 ? "NOT_FOUND" : status == 400 ? Refusal.INVALID_INPUT : "REFUSED";
    String type = status == 404 || status == 400 ? "InvalidRequestException" : "RestException";
    return response(status, type, code, null, status == 404 ? "请求的对象不存在，或您无权查看" : Problems.message(status),
        path);
  }

  /**
   * The status a failure deserves when it is not a refusal: the status a REST or Jersey exception
   * carries; 404 or 400 when the engine refused the request's content (unknown ids, invalid values);
   * 500 only when the cause is a server fault (SQL, a programming error).
   */
  static int clientStatus(Throwable failure) {
    if (failure instanceof ParamException param) {
      return param instanceof ParamException.PathParamException ? 404 : 400;
    }
    if (failure instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return status >= 500 && web.getCause() != null ? clientStatus(web.getCause()) : status;
    }
    if (failure instanceof RestException rest) {
      int status = rest.getStatus() == null ? 500 : rest.getStatus().getStatusCode();
      if (status < 500) {
        return status == 404 || notFound(rest) ? 404 : status;
      }
      return rest.getCause() != null && rest.getCause() != rest ? clientStatus(rest.getCause())
          : notFound(rest) ? 404 : 500;
    }
    if (failure instanceof JsonProcessingException || failure instanceof IllegalArgumentException
        || failure instanceof ClassCastException || failure instanceof DateTimeException) {
      return 400;
    }
    if (failure instanceof ProcessEngineException engine) {
      if (has(engine, SQLException.class) || has(engine, NullPointerException.class)) {
        return 500;
      }
      Throwable cause = engine.getCause();
      if (cause != null && cause != engine && !(cause instanceof ProcessEngineException)) {
        int inner = clientStatus(cause);
        if (inner >= 500 && !isInputProblem(cause)) {
          return inner;
        }
      }
      return notFound(engine) ? 404 : 400;
    }
    return isInputProblem(failure) ? 400 : 500;
  }

  /** Spin's (de)serialisation and Jackson's parsing of a submitted value. */
  private static boolean isInputProblem(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String name = c.getClass().getName();
      if (c instanceof JsonProcessingException || name.startsWith("org.camunda.spin.")
          || c instanceof NumberFormatException || c instanceof DateTimeException) {
        return true;
      }
    }
    return false;
  }

  private static boolean notFound(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c.getClass().getSimpleName().equals("NotFoundException")
          || (c.getMessage() != null && NOT_FOUND.matcher(c.getMessage()).matches())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the database aborted the transaction because it waited for another's rows. */
  static boolean isLockConflict(Throwable exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ConcurrencyFailureException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("55P03"))) {
        return true;
      }
    }
    return false;
  }

  /** A unique or foreign-key constraint (SQLSTATE class 23): two requests created the same thing. */
  static boolean isConstraintViolation(Throwable exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The application's own authorization refusals (security/InterventionCheck) carry a Chinese reason
   * that tells the user what to do; Camunda's own ones are English and name internals, so they get
   * the general sentence.
   */
  private static String authorizationMessage(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthorizationException && t.getMessage() != null
          && t.getMessage().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
        return t.getMessage();
      }
    }
    return "您没有执行此操作的权限";
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** A problem response in the one shape; {@code type} keeps Camunda's convention of a type name. */
  public static Response response(int status, String type, String code, String field, String message, String path) {
    Map<String, Object> body = Problems.body(status, type, code, field, message, path);
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(Problems.toJson(body))
        .build();
  }

  /** Catch-all: anything no nearer mapper takes (Camunda's own catch-all answered 500 with its text). */
  @Priority(1)
  public static class AnyFailure implements ExceptionMapper<Throwable> {
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
      return answer(e, uriInfo);
    }
  }

  /** The engine's exceptions, including a listener's refusal thrown straight through a resource. */
  @Priority(1)
  public static class EngineFailure implements ExceptionMapper<ProcessEngineException> {
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessEngineException e) {
      return answer(e, uriInfo);
    }
  }

  /** Camunda's REST exceptions ("Cannot submit task form …", invalid query parameters). */
  @Priority(2)
  public static class RestFailure implements ExceptionMapper<RestException> {
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(RestException e) {
      return answer(e, uriInfo);
    }
  }

  /** A body that is not JSON or not of the expected shape. */
  @Priority(1)
  public static class UnreadableBody implements ExceptionMapper<JsonProcessingException> {
    @Context private UriInfo uriInfo;

    UnreadableBody withUri(UriInfo uri) {
      this.uriInfo = uri;
      return this;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
      LOG.info("Unreadable engine REST body: {}", e.getOriginalMessage());
      return response(400, "InvalidRequestException", "UNREADABLE", null,
          "提交的内容格式不正确（JSON 无法解析或字段类型不符），未执行", uriInfo == null ? null : "/" + uriInfo.getPath());
    }
  }

  /**
   * Jackson's two exception types that Camunda and jackson-jaxrs map themselves (with English
   * text/plain answers): a mapper for the exact type is needed to be nearer than theirs.
   */
  @Priority(1)
  public static class UnmappableBody implements ExceptionMapper<JsonMappingException> {
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonMappingException e) {
      return new UnreadableBody().withUri(uriInfo).toResponse(e);
    }
  }

  @Priority(1)
  public static class UnparsableBody implements ExceptionMapper<JsonParseException> {
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonParseException e) {
      return new UnreadableBody().withUri(uriInfo).toResponse(e);
    }
  }

  /** Jersey's own answers (unknown path, wrong method, bad query parameter type). */
  @Priority(1)
  public static class JerseyFailure implements ExceptionMapper<WebApplicationException> {
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
      return answer(e, uriInfo);
    }
  }

  /** The mappers above, for {@code security.EngineRestProviders} to register on both doors. */
  public static final Class<?>[] MAPPERS = {
      AnyFailure.class, EngineFailure.class, RestFailure.class, UnreadableBody.class, UnmappableBody.class,
      UnparsableBody.class, JerseyFailure.class};

}
