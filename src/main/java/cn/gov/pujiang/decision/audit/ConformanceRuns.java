package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.WorkingDayCalendar;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conformance run (ADR 0026): every enabled rule of md_conformance_rule evaluated as one
 * set-based statement over a scope (a year, a unit, one decision, or a combination), its findings
 * stored with the run, and each finding compared with the previous run of the same scope (new, or
 * still there; what the previous run found and this one did not is fixed).
 *
 * <p>A run writes only its own tables (md_conformance_*), never a decision's records.
 */
@Service
@EnableConfigurationProperties(ConformanceProperties.class)
public class ConformanceRuns {

  private static final Logger log = LoggerFactory.getLogger(ConformanceRuns.class);

  /** The text of a check that the run replaces by its scope's condition on {@code d}. */
  static final String SCOPE = "{scope}";

  public static final String TRIGGER_AUDITOR = "AUDITOR";
  public static final String TRIGGER_SCHEDULE = "SCHEDULE";

  private final NamedParameterJdbcTemplate jdbc;
  private final DataSource dataSource;
  private final WorkingDayCalendar calendar;
  private final EngineClock clock;
  private final ConformanceProperties properties;

  public ConformanceRuns(DataSource dataSource, WorkingDayCalendar calendar, EngineClock clock,
      ConformanceProperties properties) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.dataSource = dataSource;
    this.calendar = calendar;
    this.clock = clock;
    this.properties = properties;
  }

  /** What a run covers; every part optional (none: every decision). */
  public record Scope(Integer year, String unit, Long decisionId) {

    String condition(MapSqlParameterSource params) {
      List<String> parts = new ArrayList<>();
      if (year != null) {
        parts.add("d.created_at >= :scopeYearStart and d.created_at < :scopeYearEnd");
        params.addValue("scopeYearStart", LocalDate.of(year, 1, 1).atStartOfDay(EngineClock.ZONE).toOffsetDateTime());
        params.addValue("scopeYearEnd", LocalDate.of(year + 1, 1, 1).atStartOfDay(EngineClock.ZONE).toOffsetDateTime());
      }
      if (unit != null) {
        parts.add("d.unit_code = :scopeUnit");
        params.addValue("scopeUnit", unit);
      }
      if (decisionId != null) {
        parts.add("d.id = :scopeDecision");
        params.addValue("scopeDecision", decisionId);
      }
      return parts.isEmpty() ? "1 = 1" : "(" + String.join(" and ", parts) + ")";
    }
  }

  public record Rule(String ruleId, String article, String title, String description, String severity,
      String checkSql, boolean enabled, int sortOrder) {}

  /** A run's figures per rule: findings, how many are new, how many of the previous run's are fixed. */
  public record RuleResult(String ruleId, String article, String title, String severity, int violations,
      int newViolations, int fixed, long millis, String error) {}

  public record Run(long id, Integer year, String unit, Long decisionId, String decisionNo, String startedBy,
      String trigger, OffsetDateTime startedAt, OffsetDateTime finishedAt, Integer decisions, Integer violations,
      int newViolations, int fixed, Long previousRunId, Long millis, List<RuleResult> rules) {}

  /** One finding. {@code fixed}: found by the previous run, not by this one. */
  public record Violation(String ruleId, String article, String title, String severity, long decisionId,
      String decisionNo, String decisionTitle, String unitCode, String unitName, OffsetDateTime evidenceAt,
      String evidenceRef, String found, boolean isNew) {}

  /** The rule catalogue, in its order. */
  @Transactional(readOnly = true)
  public List<Rule> rules() {
    return jdbc.query("select rule_id, article, title, description, severity, check_sql, enabled, sort_order"
            + " from md_conformance_rule order by sort_order, rule_id", new MapSqlParameterSource(),
        (rs, i) -> new Rule(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getBoolean(7), rs.getInt(8)));
  }

  /**
   * Runs every enabled rule over the scope and stores the findings. Runs on all nodes take one lock
   * row in turn (the working-day table is rebuilt by each).
   */
  @Transactional
  public Run run(Scope scope, String startedBy, String trigger) {
    if (scope.unit() != null) {
      Integer n = jdbc.queryForObject("select count(*) from md_unit where code = :u",
          new MapSqlParameterSource("u", scope.unit()), Integer.class);
      if (n == null || n == 0) {
        throw Refusal.invalid("unit", "没有代码为“" + scope.unit() + "”的决策机关");
      }
    }
    long started = System.nanoTime();
    jdbc.queryForList("select id from md_conformance_lock where id = 1 for update", new MapSqlParameterSource(),
        Integer.class);
    refreshDays();
    OffsetDateTime now = clock.now();
    Long previous = jdbc.queryForObject("select max(id) from md_conformance_run where finished_at is not null"
            + " and coalesce(scope_year, -1) = :y and coalesce(scope_unit, '') = :u and coalesce(scope_decision_id, -1) = :d",
        new MapSqlParameterSource("y", scope.year() == null ? -1 : scope.year())
            .addValue("u", scope.unit() == null ? "" : scope.unit())
            .addValue("d", scope.decisionId() == null ? -1L : scope.decisionId()), Long.class);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("insert into md_conformance_run (scope_year, scope_unit, scope_decision_id, started_by, trigger_kind,"
            + " started_at, previous_run_id) values (:y, :u, :d, :by, :trigger, :at, :previous)",
        new MapSqlParameterSource("y", scope.year()).addValue("u", scope.unit()).addValue("d", scope.decisionId())
            .addValue("by", startedBy).addValue("trigger", trigger).addValue("at", now).addValue("previous", previous),
        key, new String[] {"id"});
    long runId = key.getKey().longValue();

    MapSqlParameterSource params = new MapSqlParameterSource("runId", runId)
        .addValue("today", now.atZoneSameInstant(EngineClock.ZONE).toLocalDate())
        .addValue("archiveDays", properties.getArchiveDays());
    String condition = scope.condition(params);
    int total = 0;
    for (Rule rule : rules()) {
      if (!rule.enabled()) {
        continue;
      }
      long t0 = System.nanoTime();
      String error = null;
      int found = 0;
      Connection connection = DataSourceUtils.getConnection(dataSource);
      Savepoint savepoint = savepoint(connection);
      try {
        found = jdbc.update("insert into md_conformance_violation (run_id, rule_id, decision_id, evidence_at,"
            + " evidence_ref, found) select :runId, :ruleId, v.decision_id, v.evidence_at, coalesce(v.evidence_ref, ''),"
            + " substring(coalesce(v.found, '') from 1 for 2000) from (" + rule.checkSql().replace(SCOPE, condition)
            + ") v", new MapSqlParameterSource(params.getValues()).addValue("ruleId", rule.ruleId()));
        release(connection, savepoint);
      } catch (DataAccessException e) {
        rollback(connection, savepoint);
        log.error("Conformance rule {} failed in run {}", rule.ruleId(), runId, e);
        String message = e.getMostSpecificCause().getMessage();
        error = "检查语句执行失败：" + (message == null ? e.getClass().getSimpleName()
            : message.substring(0, Math.min(1500, message.length())));
      }
      total += found;
      jdbc.update("insert into md_conformance_run_rule (run_id, rule_id, violations, millis, error)"
              + " values (:runId, :ruleId, :n, :ms, :error)",
          new MapSqlParameterSource("runId", runId).addValue("ruleId", rule.ruleId()).addValue("n", found)
              .addValue("ms", (System.nanoTime() - t0) / 1_000_000).addValue("error", error));
    }
    if (previous != null) {
      jdbc.update("update md_conformance_violation set is_new = false where run_id = :runId and exists ("
              + " select 1 from md_conformance_violation p where p.run_id = :previous and p.rule_id = md_conformance_violation.rule_id"
              + " and p.decision_id = md_conformance_violation.decision_id"
              + " and p.evidence_ref = md_conformance_violation.evidence_ref)",
          new MapSqlParameterSource("runId", runId).addValue("previous", previous));
    }
    MapSqlParameterSource count = new MapSqlParameterSource();
    String where = scope.condition(count);
    Integer decisions = jdbc.queryForObject("select count(*) from md_decision d where " + where, count, Integer.class);
    long millis = (System.nanoTime() - started) / 1_000_000;
    jdbc.update("update md_conformance_run set finished_at = :at, decisions = :decisions, violations = :violations,"
            + " millis = :millis where id = :runId",
        new MapSqlParameterSource("at", clock.now()).addValue("decisions", decisions).addValue("violations", total)
            .addValue("millis", millis).addValue("runId", runId));
    log.info("Conformance run {} ({} {} {}): {} decisions, {} findings in {} ms", runId, scope.year(), scope.unit(),
        scope.decisionId(), decisions, total, millis);
    return find(runId);
  }

  /**
   * md_conformance_day from the first year a decision was registered in to the end of next year: each
   * day's ordinal and the working days up to it, by the working-day calendar (an unloaded year Monday to
   * Friday, as DueDates counts it).
   */
  private void refreshDays() {
    OffsetDateTime first = jdbc.queryForObject("select min(created_at) from md_decision", new MapSqlParameterSource(),
        OffsetDateTime.class);
    LocalDate today = clock.now().atZoneSameInstant(EngineClock.ZONE).toLocalDate();
    LocalDate from = LocalDate.of((first == null ? today : first.atZoneSameInstant(EngineClock.ZONE).toLocalDate())
        .getYear() - 1, 1, 1);
    LocalDate to = LocalDate.of(today.getYear() + 2, 1, 1);
    List<MapSqlParameterSource> rows = new ArrayList<>();
    int work = 0;
    for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
      boolean working = calendar.isWorkingDayOrWeekday(day);
      if (working) {
        work++;
      }
      rows.add(new MapSqlParameterSource("day", day).addValue("dayNo", (int) day.toEpochDay())
          .addValue("workNo", work).addValue("working", working));
    }
    jdbc.update("delete from md_conformance_day", new MapSqlParameterSource());
    jdbc.batchUpdate("insert into md_conformance_day (cal_day, day_no, work_no, working)"
        + " values (:day, :dayNo, :workNo, :working)", rows.toArray(new MapSqlParameterSource[0]));
  }

  private static Savepoint savepoint(Connection connection) {
    try {
      return connection.getAutoCommit() ? null : connection.setSavepoint();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot set a savepoint for a conformance rule", e);
    }
  }

  private static void release(Connection connection, Savepoint savepoint) {
    if (savepoint == null) {
      return;
    }
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      // H2 and PostgreSQL release savepoints at commit anyway.
    }
  }

  private static void rollback(Connection connection, Savepoint savepoint) {
    if (savepoint == null) {
      return;
    }
    try {
      connection.rollback(savepoint);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot roll back a failed conformance rule", e);
    }
  }

  /** The latest runs, newest first. */
  @Transactional(readOnly = true)
  public List<Run> runs(int limit) {
    List<Long> ids = jdbc.queryForList("select id from md_conformance_run order by id desc fetch first "
        + Math.max(1, limit) + " rows only", new MapSqlParameterSource(), Long.class);
    return ids.stream().map(this::find).toList();
  }

  @Transactional(readOnly = true)
  public Run find(long runId) {
    List<Run> found = jdbc.query("select r.id, r.scope_year, r.scope_unit, r.scope_decision_id,"
            + " (select x.decision_no from md_decision x where x.id = r.scope_decision_id), r.started_by, r.trigger_kind,"
            + " r.started_at, r.finished_at, r.decisions, r.violations, r.previous_run_id, r.millis"
            + " from md_conformance_run r where r.id = :id", new MapSqlParameterSource("id", runId),
        (rs, i) -> new Run(rs.getLong(1), (Integer) rs.getObject(2, Integer.class), rs.getString(3),
            rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class),
            rs.getObject(10, Integer.class), rs.getObject(11, Integer.class), 0, 0, rs.getObject(12, Long.class),
            rs.getObject(13, Long.class), List.of()));
    if (found.isEmpty()) {
      throw Refusal.notFound("没有编号为" + runId + "的合规检查");
    }
    Run run = found.get(0);
    MapSqlParameterSource p = new MapSqlParameterSource("id", runId).addValue("previous", run.previousRunId());
    List<RuleResult> rules = jdbc.query("select c.rule_id, c.article, c.title, c.severity, coalesce(rr.violations, 0),"
            + " (select count(*) from md_conformance_violation v where v.run_id = :id and v.rule_id = c.rule_id"
            + "   and v.is_new = true),"
            + " (select count(*) from md_conformance_violation p where p.run_id = :previous and p.rule_id = c.rule_id"
            + "   and not exists (select 1 from md_conformance_violation v where v.run_id = :id and v.rule_id = p.rule_id"
            + "   and v.decision_id = p.decision_id and v.evidence_ref = p.evidence_ref)),"
            + " coalesce(rr.millis, 0), rr.error"
            + " from md_conformance_rule c left join md_conformance_run_rule rr on rr.run_id = :id and rr.rule_id = c.rule_id"
            + " where rr.run_id is not null or c.enabled = true order by c.sort_order, c.rule_id", p,
        (rs, i) -> new RuleResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
            rs.getInt(6), rs.getInt(7), rs.getLong(8), rs.getString(9)));
    int fresh = rules.stream().mapToInt(RuleResult::newViolations).sum();
    int fixed = rules.stream().mapToInt(RuleResult::fixed).sum();
    return new Run(run.id(), run.year(), run.unit(), run.decisionId(), run.decisionNo(), run.startedBy(), run.trigger(),
        run.startedAt(), run.finishedAt(), run.decisions(), run.violations(), fresh, fixed, run.previousRunId(),
        run.millis(), rules);
  }

  private static final String VIOLATION_COLUMNS = "select v.rule_id, c.article, c.title, c.severity, d.id,"
      + " d.decision_no, d.title, d.unit_code, u.name, v.evidence_at, v.evidence_ref, v.found, v.is_new"
      + " from md_conformance_violation v join md_conformance_rule c on c.rule_id = v.rule_id"
      + " join md_decision d on d.id = v.decision_id join md_unit u on u.code = d.unit_code";

  private static Violation violation(java.sql.ResultSet rs, int i) throws SQLException {
    return new Violation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class),
        rs.getString(11), rs.getString(12), rs.getBoolean(13));
  }

  /** A run's findings, by rule and unit; optionally one rule, one unit, or only the new ones. */
  @Transactional(readOnly = true)
  public List<Violation> violations(long runId, String rule, String unit, boolean onlyNew) {
    find(runId);
    MapSqlParameterSource p = new MapSqlParameterSource("id", runId).addValue("rule", rule).addValue("unit", unit);
    return jdbc.query(VIOLATION_COLUMNS + " where v.run_id = :id"
            + (rule == null ? "" : " and v.rule_id = :rule") + (unit == null ? "" : " and d.unit_code = :unit")
            + (onlyNew ? " and v.is_new = true" : "")
            + " order by c.sort_order, u.sort_order, d.decision_no, v.evidence_at, v.id", p, ConformanceRuns::violation);
  }

  /** What the previous run of the same scope found and this one did not. */
  @Transactional(readOnly = true)
  public List<Violation> fixed(long runId) {
    Run run = find(runId);
    if (run.previousRunId() == null) {
      return List.of();
    }
    return jdbc.query(VIOLATION_COLUMNS + " where v.run_id = :previous and not exists (select 1 from"
            + " md_conformance_violation n where n.run_id = :id and n.rule_id = v.rule_id and n.decision_id = v.decision_id"
            + " and n.evidence_ref = v.evidence_ref) order by c.sort_order, u.sort_order, d.decision_no, v.id",
        new MapSqlParameterSource("id", runId).addValue("previous", run.previousRunId()), ConformanceRuns::violation);
  }

  /**
   * The findings on one decision of the latest finished run whose scope covers it (an empty list when
   * that run found nothing; null when no run has covered it yet).
   */
  @Transactional(readOnly = true)
  public List<Violation> latestFor(long decisionId) {
    List<Object[]> rows = jdbc.query("select unit_code, created_at from md_decision where id = :id",
        new MapSqlParameterSource("id", decisionId),
        (rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, OffsetDateTime.class)});
    if (rows.isEmpty()) {
      return null;
    }
    int year = ((OffsetDateTime) rows.get(0)[1]).atZoneSameInstant(EngineClock.ZONE).getYear();
    Long run = jdbc.queryForObject("select max(r.id) from md_conformance_run r where r.finished_at is not null"
            + " and (r.scope_year is null or r.scope_year = :year) and (r.scope_unit is null or r.scope_unit = :unit)"
            + " and (r.scope_decision_id is null or r.scope_decision_id = :id)",
        new MapSqlParameterSource("year", year).addValue("unit", rows.get(0)[0]).addValue("id", decisionId),
        Long.class);
    if (run == null) {
      return null;
    }
    return jdbc.query(VIOLATION_COLUMNS + " where v.run_id = :run and v.decision_id = :id order by c.sort_order, v.evidence_at",
        new MapSqlParameterSource("run", run).addValue("id", decisionId), ConformanceRuns::violation);
  }
}
