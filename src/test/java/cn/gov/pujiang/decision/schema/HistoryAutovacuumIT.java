package cn.gov.pujiang.decision.schema;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * On PostgreSQL the history tables that the nightly cleanup empties are vacuumed and analyzed by row count
 * (V26_1): with proportional triggers the planner kept the statistics of before the cleanup and read whole
 * tables for each batch (docs/operations.md §6).
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class HistoryAutovacuumIT extends ProcessTestSupport {

  @Autowired DataSource dataSource;

  @Test
  void theCleanedHistoryTablesAreVacuumedAndAnalyzedByRowCount() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    for (String table : List.of("act_hi_actinst", "act_hi_taskinst", "act_hi_procinst", "act_hi_varinst",
        "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_job_log")) {
      List<String> options = jdbc.queryForList(
          "select unnest(reloptions) from pg_class where relname = ? and relkind = 'r'", String.class, table);
      assertThat(options).as(table).contains("autovacuum_vacuum_scale_factor=0", "autovacuum_vacuum_threshold=10000",
          "autovacuum_analyze_scale_factor=0", "autovacuum_analyze_threshold=10000");
    }
  }
}
