package cn.gov.pujiang.decision.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Collections;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" (PostgreSQL restarted,
 * fail-over in progress, pool exhausted past its connection timeout, statement timeout) as opposed to
 * a defect. Such a request is answered 503 with a Chinese message, so a user or a load balancer
 * retries instead of reporting a bug (docs/operations.md).
 */
public final class DatabaseUnavailable {

  public static final String CODE = "DATABASE_UNAVAILABLE";
  public static final String MESSAGE = "数据库暂时无法访问，您的操作未完成，请稍后重试";
  /** Seconds a client should wait before retrying; PostgreSQL restarts and fail-overs take a few seconds. */
  public static final String RETRY_AFTER_SECONDS = "5";

  private DatabaseUnavailable() {}

  /** True when any cause in the chain says the database connection failed or timed out. */
  public static boolean isCause(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
      if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || closedByPool(sql))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hikari's answer for a connection it has already marked broken: no SQLSTATE, only this message. It is
   * what remains when the rollback after a cut connection fails and replaces the original exception
   * (found by ClusterIT: PostgreSQL stopped, then "Unable to rollback against JDBC Connection").
   */
  static boolean closedByPool(SQLException e) {
    return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
  }

  /**
   * SQLSTATE class 08 (connection exception); 57P01-57P03 (PostgreSQL shutting down, crashed, not yet
   * accepting connections); 57014 (statement cancelled by statement_timeout).
   */
  static boolean connectionState(String state) {
    return state != null
        && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
            || state.equals("57014"));
  }
}
