package cn.gov.pujiang.decision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * A request that fails because PostgreSQL cannot be reached gets 503 with a Chinese message, on the
 * application's API, the engine REST API and every other path; a defect still gets 500. The real
 * outage (PostgreSQL stopped under load) is ClusterIT.
 */
class DatabaseUnavailableTest {

  private static final Exception POOL_TIMEOUT = new CannotCreateTransactionException("Could not open JPA EntityManager",
      new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 10000ms."));
  private static final Exception SERVER_SHUT_DOWN = new ProcessEnginePersistenceException("select failed",
      new PersistenceException(new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

  @Test
  void recognisesLostConnectionsAndTimeoutsButNotDefects() {
    assertThat(DatabaseUnavailable.isCause(POOL_TIMEOUT)).isTrue();
    assertThat(DatabaseUnavailable.isCause(SERVER_SHUT_DOWN)).isTrue();
    assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("Connection refused", "08001")))).isTrue();
    assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("canceling statement due to statement timeout", "57014")))).isTrue();
    assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate key",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseUnavailable.isCause(new org.springframework.orm.jpa.JpaSystemException(
        new RuntimeException("Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
        .as("the rollback failure that replaces the original exception when PostgreSQL cut the connection").isTrue();
    assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a defect"))).isFalse();
  }

  @Test
  void anyPathAnswers503InChineseWhenTheDatabaseIsAway() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain failing = (req, res) -> {
      throw new IllegalStateException("login check failed", POOL_TIMEOUT);
    };
    new DatabaseUnavailableFilter().doFilter(new MockHttpServletRequest("GET", "/app/catalogue.html"), response, failing);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"code\":\"DATABASE_UNAVAILABLE\"").contains("数据库暂时无法访问");
  }

  @Test
  void otherFailuresPassThroughTheFilterUntouched() {
    FilterChain failing = (req, res) -> {
      throw new IllegalStateException("a defect");
    };
    assertThatThrownBy(() -> new DatabaseUnavailableFilter()
        .doFilter(new MockHttpServletRequest("GET", "/api/units"), new MockHttpServletResponse(), failing))
        .hasMessage("a defect");
  }

  @Test
  void applicationApiAnswers503AndKeeps500ForDefects() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/decisions");
    var unavailable = new ApiExceptionHandler().unexpected(POOL_TIMEOUT, request);
    assertThat(unavailable.getStatusCode().value()).isEqualTo(503);
    assertThat(unavailable.getBody().getProperties()).containsEntry("code", "DATABASE_UNAVAILABLE")
        .containsEntry("message", DatabaseUnavailable.MESSAGE);

    assertThat(new ApiExceptionHandler().unexpected(new IllegalStateException("a defect"), request)
        .getStatusCode().value()).isEqualTo(500);
  }

  @Test
  void engineRestApiAnswers503AndKeeps500ForDefects() {
    var transaction = new EngineProblemMappers.AnyFailure();
    var persistence = new EngineProblemMappers.EngineFailure();

    assertThat(transaction.toResponse((CannotCreateTransactionException) POOL_TIMEOUT).getStatus()).isEqualTo(503);
    assertThat(persistence.toResponse((ProcessEnginePersistenceException) SERVER_SHUT_DOWN).getStatus()).isEqualTo(503);
    assertThat(transaction.toResponse(new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
        "Unable to rollback against JDBC Connection", new SQLException("An I/O error occurred", "08006")))).getStatus())
        .isEqualTo(503);
    assertThat(transaction.toResponse(new IllegalTransactionStateException("nested")).getStatus()).isEqualTo(500);
    assertThat(persistence.toResponse(new ProcessEnginePersistenceException("bad SQL",
        new SQLException("syntax error", "42601"))).getStatus()).isEqualTo(500);
  }
}
