package cn.gov.pujiang.decision.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Installs or upgrades the engine's tables from the SQL scripts that the camunda-engine jar ships
 * (org/camunda/bpm/engine/db/create and .../upgrade), as one Flyway migration in order with the
 * application's own (ADR 0029). The engine itself runs with schema-update false and only checks.
 *
 * <p>A database that already holds the engine's tables (created by the engine's own schema-update
 * before this migration existed) is left as it is; its recorded schema version is checked instead.
 */
public final class EngineSchemaMigration implements JavaMigration {

  /** The order in which the engine itself creates its components (DbSqlSession#dbSchemaCreate). */
  static final List<String> CREATE_COMPONENTS =
      List.of("engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  private final String version;
  private final String description;
  private final List<String> upgradeScripts;

  private EngineSchemaMigration(String version, String description, List<String> upgradeScripts) {
    this.version = version;
    this.description = description;
    this.upgradeScripts = upgradeScripts;
  }

  /** The engine's 7.24 schema on a new database; nothing on a database that has the engine's tables. */
  public static EngineSchemaMigration install(String version) {
    return new EngineSchemaMigration(version, "camunda engine 7.24 schema", List.of());
  }

  /**
   * An engine upgrade: the shipped upgrade scripts for the database in order, e.g.
   * {@code upgrade("40", "7.24 to 7.25", "engine_7.24_to_7.25")} runs {@code postgres_engine_7.24_to_7.25.sql}
   * on PostgreSQL (docs/operations.md).
   */
  public static EngineSchemaMigration upgrade(String version, String description, String... scripts) {
    return new EngineSchemaMigration(version, "camunda " + description, List.of(scripts));
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return (description + upgradeScripts).hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String database = databaseType(connection);
    if (upgradeScripts.isEmpty()) {
      if (engineTablesPresent(connection)) {
        return;
      }
      for (String component : CREATE_COMPONENTS) {
        execute(connection, "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql");
      }
    } else {
      for (String script : upgradeScripts) {
        execute(connection, "org/camunda/bpm/engine/db/upgrade/" + database + "_" + script + ".sql");
      }
    }
  }

  static String databaseType(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return "postgres";
    }
    if (product.contains("h2")) {
      return "h2";
    }
    throw new IllegalStateException("No engine schema scripts for database " + product);
  }

  static boolean engineTablesPresent(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
      try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void execute(Connection connection, String resource) throws IOException, SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(resource))) {
        statement.execute(sql);
      }
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = EngineSchemaMigration.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The engine jar has no schema script " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Splits a shipped script as the engine does: '--' lines are comments, a line ending in ';' ends a statement. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        statements.add(current.toString().trim());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().trim());
    }
    return statements;
  }
}
