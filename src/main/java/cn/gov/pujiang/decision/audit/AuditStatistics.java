package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.refusal.Refusal;
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
 * Compliance statistics per unit and year. A decision belongs to the year it was
 * registered in. Every figure is a count of decisions matching a {@link ComplianceFlag} (or a stage
 * filter), and carries the search query that lists them. Read-only.
 */
@Service
public class AuditStatistics {

  private final NamedParameterJdbcTemplate jdbc;
  private final DecisionSearch search;
  private final List<UnitFigureSource> extraFigures;
  private final FigureQueries figures;

  public AuditStatistics(NamedParameterJdbcTemplate jdbc, DecisionSearch search, List<UnitFigureSource> extraFigures,
      FigureQueries figures) {
    this.jdbc = jdbc;
    this.search = search;
    this.extraFigures = extraFigures;
    this.figures = figures;
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

  /**
   * Statistics from the read model (V8, {@link DecisionFacts}): what the API, page and exports show. Not
   * wrapped in a transaction of its own, so that the per-unit queries can run side by side on their own
   * connections ({@link FigureQueries}); under READ COMMITTED a read-only transaction gave each statement
   * its own snapshot anyway. Called inside a caller's transaction, it runs in that one.
   */
  public Statistics statistics(int year, String unit) {
    return statistics(year, unit, true);
  }

  /**
   * The same statistics computed from the engine history and the records directly, without the read
   * model: the check that the read model agrees (AuditReadModelTest) and the benchmark's comparison.
   */
  @Transactional(readOnly = true)
  public Statistics statisticsFromHistory(int year, String unit) {
    return statistics(year, unit, false);
  }

  private Statistics statistics(int year, String unit, boolean fromReadModel) {
    AuditCriteria criteria = AuditCriteria.forYear(year).withUnit(unit);
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = search.where(criteria, params);
    Map<String, String> unitNames = new LinkedHashMap<>();
    jdbc.query("select code, name from md_unit order by sort_order", rs -> {
      unitNames.put(rs.getString(1), rs.getString(2));
    });
    if (unit != null && !unit.isBlank() && !unitNames.containsKey(unit)) {
      throw Refusal.invalid("unit", "没有代码为“" + Quote.of(unit) + "”的决策机关");
    }
    // The extra columns are independent queries over the year: started now, they run beside the ones below.
    FigureQueries.Pending<Map<String, Ratio>> pendingExtras = figures.start(extraFigures,
        s -> fromReadModel ? s.figures(criteria) : s.figuresFromRecords(criteria));
    Map<String, String> stageNames = new HashMap<>();
    jdbc.query("select KEY_, NAME_ from ACT_RE_PROCDEF order by VERSION_", rs -> {
      stageNames.put(rs.getString(1), rs.getString(2));
    });

    // perUnit: decisions, discussed, discussed after review, skipped, procedures complete, incomplete,
    // decisions with overdue tasks, overdue tasks. stageInstances: completed instances, mean millis.
    // taskFigures: tasks, summed millis of completed tasks, completed, completed with a due date,
    // on time, overdue.
    Map<String, long[]> perUnit = new HashMap<>();
    Map<String, long[]> stageInstances = new HashMap<>();
    Map<String, long[]> taskFigures = new LinkedHashMap<>();
    if (fromReadModel) {
      readModelFigures(criteria, params, perUnit, stageInstances, taskFigures);
    } else {
      historyFigures(year, where, params, perUnit, stageInstances, taskFigures);
    }
    Map<String, StageRow> stages = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : taskFigures.entrySet()) {
      String key = e.getKey();
      long[] f = e.getValue();
      long[] inst = stageInstances.getOrDefault(key, new long[2]);
      Long meanTask = f[2] == 0 ? null : Math.round((double) f[1] / f[2]);
      Long meanStage = inst[0] == 0 ? null : inst[1];
      String link = query(year, unit, null) + "&overdueIn=" + key;
      stages.put(key, new StageRow(key, stageName(key, stageNames), inst[0], meanStage,
          Durations.text(meanStage), f[0], meanTask, Durations.text(meanTask), new Ratio(f[4], f[3], link), f[5], link));
    }
    Map<String, Map<String, Ratio>> extras = new HashMap<>();
    List<ExtraColumn> extraColumns = new ArrayList<>();
    List<Map<String, Ratio>> extraFiguresOfSources = pendingExtras.join();
    for (int i = 0; i < extraFigures.size(); i++) {
      UnitFigureSource source = extraFigures.get(i);
      extraColumns.add(new ExtraColumn(source.key(), source.label()));
      extraFiguresOfSources.get(i)
          .forEach((u, r) -> extras.computeIfAbsent(u, k -> new LinkedHashMap<>()).put(source.key(), r));
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
    stageRows.sort(java.util.Comparator.comparingInt((StageRow r) -> procedureStep(r.processKey()))
        .thenComparing(StageRow::stageName));
    return new Statistics(year, unit == null || unit.isBlank() ? null : unit, rows, totalRow, stageRows, extraColumns);
  }

  /**
   * The stages in the order of the procedure (Decree 713: Art. 10-13 initiation and drafting, Art. 14-20 public
   * participation, Art. 21 expert argumentation, Art. 22-24 risk assessment, Art. 25-28 legality review,
   * Art. 29-30 collective discussion, Art. 31-32 publication, Art. 40 archiving, Art. 33-39 execution); a stage
   * not listed goes last.
   */
  static final List<String> PROCEDURE_ORDER = List.of("major-decision", "public-participation",
      "expert-argumentation", "risk-assessment", "legality-review", "collective-discussion", "decision-publication",
      "decision-archiving", "decision-execution");

  /**
   * The main process's own tasks (study, initiation, drafting, fair-competition review, submission and
   * amendments) are a stage of their own; its process name (重大行政决策全流程) would read as the whole.
   */
  static final String MAIN_PROCESS_STAGE = "决策启动、草案拟订与修改";

  private static int procedureStep(String processKey) {
    int step = PROCEDURE_ORDER.indexOf(processKey);
    return step < 0 ? PROCEDURE_ORDER.size() : step;
  }

  static String stageName(String processKey, Map<String, String> processNames) {
    return "major-decision".equals(processKey) ? MAIN_PROCESS_STAGE : processNames.getOrDefault(processKey, processKey);
  }

  /**
   * Each rule was evaluated once per decision into md_audit_decision; the combinations follow from
   * them (a skipped review implies a meeting, so discussed-after-review = discussed - skipped).
   */
  private static final String UNIT_FLAGS =
      "select x.unit_code, count(*), sum(x.discussed), sum(x.discussed - x.skipped), sum(x.skipped),"
          + " sum(x.discussed * (1 - x.missing)), sum(x.discussed * x.missing), sum(x.overdue) from (";

  /**
   * The read model carries each decision's unit and registration time, so a year's figures are read
   * from its tables alone (index on created_at, unit_code); statistics filter by year and unit only.
   */
  private void readModelFigures(AuditCriteria criteria, MapSqlParameterSource params, Map<String, long[]> perUnit,
      Map<String, long[]> stageInstances, Map<String, long[]> taskFigures) {
    String f = yearAndUnit("f", criteria);
    jdbc.query(UNIT_FLAGS
            + "select f.unit_code,"
            + " case when f.discussed then 1 else 0 end as discussed,"
            + " case when f.skipped_review then 1 else 0 end as skipped,"
            + " case when f.procedures_missing then 1 else 0 end as missing,"
            + " case when f.late_tasks > 0 or exists (select 1 from md_audit_open_task o"
            + "   where o.decision_id = f.decision_id and o.due_date < :now) then 1 else 0 end as overdue"
            + " from md_audit_decision f" + f + ") x group by x.unit_code",
        params, rs -> {
          perUnit.put(rs.getString(1), unitValues(rs));
        });
    Map<String, long[]> stageSums = new HashMap<>();
    jdbc.query(
        "select s.unit_code, s.process_key, sum(s.tasks), sum(s.task_millis), sum(s.tasks_completed),"
            + " sum(s.tasks_due_completed), sum(s.tasks_on_time), sum(s.late_tasks), sum(s.stages_completed),"
            + " sum(s.stage_millis) from md_audit_stage s" + yearAndUnit("s", criteria)
            + " group by s.unit_code, s.process_key",
        params, rs -> {
          String key = rs.getString(2);
          long[] inst = stageSums.computeIfAbsent(key, k -> new long[2]);
          inst[0] += rs.getLong(9);
          inst[1] += rs.getLong(10);
          if (rs.getLong(3) > 0) {
            addTaskFigures(perUnit, taskFigures, rs.getString(1), key, rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8));
          }
        });
    stageSums.forEach((key, v) -> {
      if (v[0] > 0) {
        stageInstances.put(key, new long[] {v[0], Math.round((double) v[1] / v[0])});
      }
    });
    jdbc.query(
        "select f.unit_code, o.process_key, count(*)"
            + " from md_audit_open_task o join md_audit_decision f on f.decision_id = o.decision_id" + f
            + " and o.due_date < :now group by f.unit_code, o.process_key",
        params, rs -> {
          addTaskFigures(perUnit, taskFigures, rs.getString(1), rs.getString(2), 0, 0, 0, 0, 0, rs.getLong(3));
        });
  }

  /** Year (always given for statistics) and unit on a read-model table; parameters set by DecisionSearch.where. */
  private static String yearAndUnit(String alias, AuditCriteria criteria) {
    String where = " where " + alias + ".created_at >= :yearStart and " + alias + ".created_at < :yearEnd";
    return criteria.unit() == null || criteria.unit().isBlank() ? where : where + " and " + alias + ".unit_code = :unit";
  }

  private void historyFigures(int year, String where, MapSqlParameterSource params, Map<String, long[]> perUnit,
      Map<String, long[]> stageInstances, Map<String, long[]> taskFigures) {
    // Redundant for the result (nothing of a decision starts before it is registered) but lets the
    // database skip the history of earlier years through Camunda's START_TIME_ indexes.
    params.addValue("historySince", new java.sql.Timestamp(
        DecisionSearch.startOfDay(java.time.LocalDate.of(year, 1, 1)).toInstant().toEpochMilli()));
    jdbc.query(UNIT_FLAGS
            + "select d.unit_code,"
            + " case when " + ComplianceSql.DISCUSSED + " then 1 else 0 end as discussed,"
            + " case when " + ComplianceSql.SKIPPED_REVIEW + " then 1 else 0 end as skipped,"
            + " case when " + ComplianceSql.MISSING_PROCEDURE + " then 1 else 0 end as missing,"
            + " case when " + ComplianceSql.overdue("") + " then 1 else 0 end as overdue"
            + " from md_decision d" + where + ") x group by x.unit_code",
        params, rs -> {
          perUnit.put(rs.getString(1), unitValues(rs));
        });
    jdbc.query(
        "select p.PROC_DEF_KEY_, count(*), avg(p.DURATION_) from md_decision d"
            + " join ACT_HI_PROCINST p on p.ROOT_PROC_INST_ID_ = d.process_instance_id" + where
            + " and p.START_TIME_ >= :historySince and p.END_TIME_ is not null group by p.PROC_DEF_KEY_",
        params, rs -> {
          stageInstances.put(rs.getString(1), new long[] {rs.getLong(2), Math.round(rs.getDouble(3))});
        });
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
        params, rs -> {
          addTaskFigures(perUnit, taskFigures, rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
              rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8));
        });
  }

  private static long[] unitValues(java.sql.ResultSet rs) throws java.sql.SQLException {
    long[] v = new long[8];
    for (int i = 0; i < 7; i++) {
      v[i] = rs.getLong(i + 2);
    }
    return v;
  }

  private static void addTaskFigures(Map<String, long[]> perUnit, Map<String, long[]> taskFigures, String unit,
      String key, long tasks, long millis, long completed, long dueCompleted, long onTime, long overdue) {
    perUnit.computeIfAbsent(unit, k -> new long[8])[7] += overdue;
    long[] f = taskFigures.computeIfAbsent(key, k -> new long[6]);
    f[0] += tasks;
    f[1] += millis;
    f[2] += completed;
    f[3] += dueCompleted;
    f[4] += onTime;
    f[5] += overdue;
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
