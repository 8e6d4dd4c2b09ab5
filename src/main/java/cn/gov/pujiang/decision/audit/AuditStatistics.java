package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.web.ApiException;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance statistics per unit and year (issue 6 point 3). A decision belongs to the year it was
 * registered in. Every figure is a count of decisions matching a {@link ComplianceFlag} (or a stage
 * filter), and carries the search query that lists them. Read-only.
 */
@Service
public class AuditStatistics {

  private final NamedParameterJdbcTemplate jdbc;
  private final DecisionSearch search;
  private final List<UnitFigureSource> extraFigures;

  public AuditStatistics(NamedParameterJdbcTemplate jdbc, DecisionSearch search, List<UnitFigureSource> extraFigures) {
    this.jdbc = jdbc;
    this.search = search;
    this.extraFigures = extraFigures;
  }

  /** A count out of a base, with the search (query string) that lists the decisions counted. */
  public record Ratio(long count, long base, String link) {
    /** Jackson writes only a record's components; the page and the charts read this one too. */
    @JsonProperty("percent")
    public Double percent() {
      return base == 0 ? null : Math.round(count * 1000.0 / base) / 10.0;
    }
  }

  public record UnitRow(
      String unitCode,
      String unitName,
      long decisions,
      String decisionsLink,
      Ratio reviewedBeforeDiscussion,
      Ratio skippedReview,
      Ratio proceduresComplete,
      Ratio proceduresIncomplete,
      long overdueTasks,
      Ratio decisionsWithOverdueTasks,
      Map<String, Ratio> extra) {}

  public record StageRow(
      String processKey,
      String stageName,
      long stageInstances,
      Long meanStageMillis,
      String meanStageText,
      long tasks,
      Long meanTaskMillis,
      String meanTaskText,
      Ratio tasksOnTime,
      long overdueTasks,
      String overdueLink) {}

  public record ExtraColumn(String key, String label) {}

  public record Statistics(int year, String unit, List<UnitRow> units, UnitRow total, List<StageRow> stages,
      List<ExtraColumn> extraColumns) {}

  @Transactional(readOnly = true)
  public Statistics statistics(int year, String unit) {
    AuditCriteria criteria = AuditCriteria.forYear(year).withUnit(unit);
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = search.where(criteria, params);
    // Redundant for the result (nothing of a decision starts before it is registered) but lets the
    // database skip the history of earlier years through Camunda's START_TIME_ indexes.
    params.addValue("historySince", new java.sql.Timestamp(
        DecisionSearch.startOfDay(java.time.LocalDate.of(year, 1, 1)).toInstant().toEpochMilli()));
    Map<String, String> unitNames = new LinkedHashMap<>();
    jdbc.query("select code, name from md_unit order by sort_order", rs -> {
      unitNames.put(rs.getString(1), rs.getString(2));
    });
    if (unit != null && !unit.isBlank() && !unitNames.containsKey(unit)) {
      throw ApiException.badRequest("unit", "没有代码为“" + unit + "”的决策机关");
    }

    Map<String, long[]> perUnit = new HashMap<>();
    // Each rule is evaluated once per decision; the combinations follow from them (a skipped review
    // implies a meeting, so discussed-after-review = discussed - skipped).
    jdbc.query(
        "select x.unit_code, count(*), sum(x.discussed), sum(x.discussed - x.skipped), sum(x.skipped),"
            + " sum(x.discussed * (1 - x.missing)), sum(x.discussed * x.missing), sum(x.overdue) from ("
            + "select d.unit_code,"
            + " case when " + ComplianceSql.DISCUSSED + " then 1 else 0 end as discussed,"
            + " case when " + ComplianceSql.SKIPPED_REVIEW + " then 1 else 0 end as skipped,"
            + " case when " + ComplianceSql.MISSING_PROCEDURE + " then 1 else 0 end as missing,"
            + " case when " + ComplianceSql.overdue("") + " then 1 else 0 end as overdue"
            + " from md_decision d" + where + ") x group by x.unit_code",
        params,
        rs -> {
          long[] v = new long[8];
          for (int i = 0; i < 7; i++) {
            v[i] = rs.getLong(i + 2);
          }
          perUnit.put(rs.getString(1), v);
        });
    Map<String, String> stageNames = new HashMap<>();
    jdbc.query("select KEY_, NAME_ from ACT_RE_PROCDEF order by VERSION_", rs -> {
      stageNames.put(rs.getString(1), rs.getString(2));
    });
    Map<String, StageRow> stages = new LinkedHashMap<>();
    Map<String, long[]> stageInstances = new HashMap<>();
    jdbc.query(
        "select p.PROC_DEF_KEY_, count(*), avg(p.DURATION_) from md_decision d"
            + " join ACT_HI_PROCINST p on p.ROOT_PROC_INST_ID_ = d.process_instance_id" + where
            + " and p.START_TIME_ >= :historySince and p.END_TIME_ is not null group by p.PROC_DEF_KEY_",
        params,
        rs -> {
          stageInstances.put(rs.getString(1), new long[] {rs.getLong(2), Math.round(rs.getDouble(3))});
        });
    // One pass over the tasks, grouped by unit and stage: overdue tasks per unit and the per-stage figures.
    Map<String, long[]> taskFigures = new LinkedHashMap<>();
    jdbc.query(
        "select d.unit_code, t.PROC_DEF_KEY_, count(*),"
            + " sum(case when t.DELETE_REASON_ = 'completed' then t.DURATION_ else 0 end),"
            + " sum(case when t.DELETE_REASON_ = 'completed' then 1 else 0 end),"
            + " sum(case when t.DUE_DATE_ is not null and t.DELETE_REASON_ = 'completed' then 1 else 0 end),"
            + " sum(case when t.DUE_DATE_ is not null and t.DELETE_REASON_ = 'completed' and t.END_TIME_ <= t.DUE_DATE_"
            + " then 1 else 0 end),"
            + " sum(case when " + OVERDUE_TASK + " then 1 else 0 end)"
            + " from md_decision d join ACT_HI_TASKINST t on t.ROOT_PROC_INST_ID_ = d.process_instance_id" + where
            + " and t.START_TIME_ >= :historySince group by d.unit_code, t.PROC_DEF_KEY_",
        params,
        rs -> {
          long overdue = rs.getLong(8);
          perUnit.computeIfAbsent(rs.getString(1), k -> new long[8])[7] += overdue;
          long[] f = taskFigures.computeIfAbsent(rs.getString(2), k -> new long[6]);
          f[0] += rs.getLong(3);
          f[1] += rs.getLong(4);
          f[2] += rs.getLong(5);
          f[3] += rs.getLong(6);
          f[4] += rs.getLong(7);
          f[5] += overdue;
        });
    for (Map.Entry<String, long[]> e : taskFigures.entrySet()) {
      String key = e.getKey();
      long[] f = e.getValue();
      long[] inst = stageInstances.getOrDefault(key, new long[2]);
      Long meanTask = f[2] == 0 ? null : Math.round((double) f[1] / f[2]);
      Long meanStage = inst[0] == 0 ? null : inst[1];
      String link = query(year, unit, null) + "&overdueIn=" + key;
      stages.put(key, new StageRow(key, stageNames.getOrDefault(key, key), inst[0], meanStage,
          Durations.text(meanStage), f[0], meanTask, Durations.text(meanTask), new Ratio(f[4], f[3], link), f[5], link));
    }
    Map<String, Map<String, Ratio>> extras = new HashMap<>();
    List<ExtraColumn> extraColumns = new ArrayList<>();
    for (UnitFigureSource source : extraFigures) {
      extraColumns.add(new ExtraColumn(source.key(), source.label()));
      source.figures(criteria).forEach((u, r) -> extras.computeIfAbsent(u, k -> new LinkedHashMap<>()).put(source.key(), r));
    }

    List<UnitRow> rows = new ArrayList<>();
    long[] total = new long[8];
    for (Map.Entry<String, String> u : unitNames.entrySet()) {
      if (unit != null && !unit.isBlank() && !unit.equals(u.getKey())) {
        continue;
      }
      long[] v = perUnit.getOrDefault(u.getKey(), new long[8]);
      for (int i = 0; i < 8; i++) {
        total[i] += v[i];
      }
      rows.add(row(u.getKey(), u.getValue(), year, v, extras.getOrDefault(u.getKey(), Map.of())));
    }
    UnitRow totalRow = row(unit == null || unit.isBlank() ? null : unit, "合计", year, total, Map.of());

    List<StageRow> stageRows = new ArrayList<>(stages.values());
    stageRows.sort(java.util.Comparator.comparing((StageRow r) -> !"major-decision".equals(r.processKey()))
        .thenComparing(StageRow::stageName));
    return new Statistics(year, unit == null || unit.isBlank() ? null : unit, rows, totalRow, stageRows, extraColumns);
  }

  /** A task with a due date done after it, or open past it (see ComplianceSql.overdue). */
  private static final String OVERDUE_TASK =
      "t.DUE_DATE_ is not null and (t.END_TIME_ > t.DUE_DATE_"
          + " or (t.END_TIME_ is null and t.DELETE_REASON_ is null and t.DUE_DATE_ < :now))";

  private static UnitRow row(String code, String name, int year, long[] v, Map<String, Ratio> extra) {
    long decisions = v[0];
    long discussed = v[1];
    return new UnitRow(code, name, decisions, query(year, code, null),
        new Ratio(v[2], discussed, query(year, code, ComplianceFlag.DISCUSSED_AFTER_REVIEW)),
        new Ratio(v[3], discussed, query(year, code, ComplianceFlag.SKIPPED_REVIEW)),
        new Ratio(v[4], discussed, query(year, code, ComplianceFlag.PROCEDURES_COMPLETE)),
        new Ratio(v[5], discussed, query(year, code, ComplianceFlag.PROCEDURES_INCOMPLETE)),
        v[7],
        new Ratio(v[6], decisions, query(year, code, ComplianceFlag.OVERDUE)),
        extra);
  }

  /** The search query string behind a figure, as the auditor page and the API read it. */
  static String query(int year, String unit, ComplianceFlag flag) {
    StringBuilder q = new StringBuilder("year=").append(year);
    if (unit != null && !unit.isBlank()) {
      q.append("&unit=").append(unit);
    }
    if (flag != null) {
      q.append("&flag=").append(flag.name());
    }
    return q.toString();
  }
}
