package cn.gov.pujiang.decision.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine REST API's answer when the database cannot be reached: 503 with Camunda's error body
 * ({@code type}, {@code message}, here in Chinese) and {@code Retry-After}, instead of the 500 that
 * Camunda's own mappers give every engine failure. Registered on Camunda's Jersey application
 * ({@code security/EngineRestConfiguration}) for the
 * exception types a lost connection surfaces as (Spring cannot open the transaction; the engine
 * cannot run its SQL, or Spring reports it, e.g. "Unable to rollback against JDBC Connection"); every other
 * exception keeps Camunda's own answer. Camunda's more specific mappers (engine, REST, JSON exceptions)
 * still win for their types, as Jersey picks the mapper nearest to the exception's class.
 */
public final class DatabaseUnavailableMapper {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableMapper.class);

  private DatabaseUnavailableMapper() {}

  static Response unavailable(Throwable e) {
    LOG.warn("Database unavailable in engine REST API: {}", e.toString());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", DatabaseUnavailable.CODE);
    body.put("message", DatabaseUnavailable.MESSAGE);
    body.put("code", 503);
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body)
        .build();
  }

  /**
   * Runtime exceptions no Camunda mapper is nearer to: Spring could not begin the engine's transaction
   * (no connection within Hikari's connection-timeout) or could not roll it back (connection cut).
   * Anything else gets what Camunda's catch-all mapper would have given it.
   */
  public static class RuntimeFailure implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      return DatabaseUnavailable.isCause(e) ? unavailable(e) : new ExceptionHandler().toResponse(e);
    }
  }

  /** The engine's SQL failed; 503 only when the cause is the connection, Camunda's answer otherwise. */
  public static class PersistenceFailure implements ExceptionMapper<ProcessEnginePersistenceException> {
    @Override
    public Response toResponse(ProcessEnginePersistenceException e) {
      return DatabaseUnavailable.isCause(e) ? unavailable(e) : new ProcessEngineExceptionHandler().toResponse(e);
    }
  }
}
