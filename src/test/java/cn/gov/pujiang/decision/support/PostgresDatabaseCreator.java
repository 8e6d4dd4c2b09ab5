package cn.gov.pujiang.decision.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Creates the integration-test database named in spring.datasource.url when it does not exist yet,
 * before the data source is built, so that `mvn verify` needs nothing but a running PostgreSQL.
 */
public class PostgresDatabaseCreator implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Environment env = context.getEnvironment();
    String url = env.getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new IllegalStateException(
          "Integration tests run on PostgreSQL; spring.datasource.url is " + url
              + " (run them with `mvn verify`, which sets it, or pass -Dit.db.url=...)");
    }
    int slash = url.indexOf('/', "jdbc:postgresql://".length());
    int query = url.indexOf('?', slash);
    String database = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalStateException("Unexpected test database name: " + database);
    }
    String adminUrl = url.substring(0, slash) + "/postgres";
    String user = env.getProperty("spring.datasource.username", "postgres");
    String password = env.getProperty("spring.datasource.password", "");
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet rs = exists.executeQuery()) {
        if (!rs.next()) {
          try (Statement create = connection.createStatement()) {
            create.execute("create database " + database);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL is not reachable at " + adminUrl + ": " + e.getMessage(), e);
    }
  }
}
