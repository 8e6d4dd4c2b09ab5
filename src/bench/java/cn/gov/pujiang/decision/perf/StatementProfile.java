package cn.gov.pujiang.decision.perf;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's side of one timed phase, from PostgreSQL's {@code pg_stat_statements} when the
 * server loads it ({@code shared_preload_libraries}); otherwise the benchmark says so and measures
 * without it. Counters are reset when the phase starts, so they hold only that phase's statements
 * (of every connection to the benchmark database: both engines share it, but run one after the
 * other).
 */
final class StatementProfile {

  private static final int TOP = 12;

  private final JdbcTemplate jdbc;
  private final boolean available;

  private StatementProfile(JdbcTemplate jdbc, boolean available) {
    this.jdbc = jdbc;
    this.available = available;
  }

  static StatementProfile start(JdbcTemplate jdbc) {
    boolean available;
    try {
      jdbc.execute("create extension if not exists pg_stat_statements");
      jdbc.queryForObject("select pg_stat_statements_reset()::text", String.class);
      available = true;
    } catch (RuntimeException e) {
      available = false;
    }
    return new StatementProfile(jdbc, available);
  }

  void print(String phase, int decisions) {
    if (!available) {
      System.out.printf("%s: no statement profile (load pg_stat_statements in shared_preload_libraries for one)%n",
          phase);
      return;
    }
    String mine = " from pg_stat_statements s where s.dbid = (select oid from pg_database where datname = current_database())"
        + " and s.query not like '%pg_stat_statements%'";
    Map<String, Object> sum = jdbc.queryForMap("select coalesce(sum(s.calls), 0) as calls,"
        + " coalesce(sum(s.total_exec_time), 0) as ms, coalesce(sum(s.rows), 0) as rows" + mine);
    double calls = ((Number) sum.get("calls")).doubleValue();
    double ms = ((Number) sum.get("ms")).doubleValue();
    System.out.printf("%n%s, database side: %.0f statements and %.1f ms of execution per decision%n", phase,
        calls / decisions, ms / decisions);
    List<Map<String, Object>> top = jdbc.queryForList("select s.calls, s.total_exec_time as ms,"
        + " regexp_replace(s.query, '\\s+', ' ', 'g') as query" + mine + " order by s.total_exec_time desc limit " + TOP);
    for (Map<String, Object> row : top) {
      String query = (String) row.get("query");
      System.out.printf("  %7.1f calls %7.2f ms  %s%n", ((Number) row.get("calls")).doubleValue() / decisions,
          ((Number) row.get("ms")).doubleValue() / decisions, query.length() > 150 ? query.substring(0, 150) + "…" : query);
    }
  }
}
