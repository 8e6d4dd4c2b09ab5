package cn.gov.pujiang.decision.schema;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine's schema is installed by Flyway (V24) and the engine only checks it (ADR 0029). */
class EngineSchemaMigrationTest extends ProcessTestSupport {

  @Autowired DataSource dataSource;

  @Test
  void flywayInstallsTheEngineSchemaInOrderWithTheApplicationsMigrations() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<Map<String, Object>> rows =
        jdbc.queryForList("select \"version\", \"description\", \"success\" from \"md_schema_history\" where \"version\" = '24'");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("description")).isEqualTo("camunda engine 7.24 schema");
    assertThat(rows.get(0).get("success")).isEqualTo(true);
    assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseSchemaUpdate())
        .isEqualTo("false");
  }

  @Test
  void theInstalledTablesAreThoseTheEngineWouldCreateItself() {
    Set<String> installed = engineTables(dataSource);

    JdbcDataSource reference = h2("engine-own-schema");
    ProcessEngine own = engineOn(reference, "true");
    try {
      assertThat(installed).isEqualTo(engineTables(reference)).contains("ACT_RU_TASK", "ACT_HI_TASKINST", "ACT_RE_DECISION_DEF");
    } finally {
      own.close();
    }
  }

  @Test
  void aDatabaseWhoseEngineMadeItsOwnTablesIsLeftAsItIs() {
    JdbcDataSource existing = h2("engine-made-before-v24");
    engineOn(existing, "true").close();
    Set<String> before = engineTables(existing);

    Flyway.configure()
        .dataSource(existing)
        .table("md_schema_history")
        // As a database that had the application's migrations up to V23 when this one arrived.
        .baselineOnMigrate(true)
        .baselineVersion("23")
        .locations("classpath:no-sql-migrations-here")
        .javaMigrations(EngineSchemaMigration.install("24"))
        .load()
        .migrate();

    assertThat(engineTables(existing)).isEqualTo(before);
    ProcessEngine checking = engineOn(existing, "false");
    checking.close();
  }

  @Test
  void scriptsAreSplitAsTheEngineSplitsThem() {
    assertThat(EngineSchemaMigration.statements("-- comment\ncreate table A (\n  X int\n);\n\ninsert into A values (1);\n"))
        .containsExactly("create table A (\nX int\n)", "insert into A values (1)");
  }

  private static JdbcDataSource h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  private static ProcessEngine engineOn(DataSource dataSource, String schemaUpdate) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate(schemaUpdate);
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEngineName("schema-check-" + System.nanoTime());
    configuration.setMetricsEnabled(false);
    return configuration.buildProcessEngine();
  }

  private static Set<String> engineTables(DataSource dataSource) {
    return new TreeSet<>(
        new JdbcTemplate(dataSource)
            .queryForList(
                "select upper(table_name) from information_schema.tables where upper(table_name) like 'ACT\\_%'"
                    + " and table_schema not in ('INFORMATION_SCHEMA', 'information_schema', 'pg_catalog')",
                String.class));
  }
}
