package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.engine.EngineClock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Task actions per unit and year (the OA task actions, ADR 0022, ADR 0028): urges (催办, {@code md_notification} kind URGE),
 * hand-overs and take-backs (转办, 撤回: trail events), colleagues asked for an opinion and answers (征求意见,
 * {@code md_task_consultation}), and how long urged tasks waited after the urge
 * until they were done (still open: until now). Read-only; the year is the year of the action.
 */
@Component
public class TaskActionStatistics {

  private final NamedParameterJdbcTemplate jdbc;
  private final EngineClock clock;

  TaskActionStatistics(NamedParameterJdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One unit's figures; {@code meanWaitAfterUrgeMillis} is null when nothing was urged. */
  public record UnitActions(String unitCode, String unitName, long urges, long handOvers, long takeBacks,
      long urgedTasksStillOpen, Long meanWaitAfterUrgeMillis, String meanWaitAfterUrgeText, long consultations,
      long consultationsAnswered) {}

  public List<UnitActions> perUnit(int year, String unit) {
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("from", LocalDate.of(year, 1, 1).atStartOfDay(EngineClock.ZONE).toOffsetDateTime())
        .addValue("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(EngineClock.ZONE).toOffsetDateTime());
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    jdbc.query("select code, name from md_unit order by sort_order", params, rs -> {
      names.put(rs.getString(1), rs.getString(2));
    });
    long now = clock.now().toInstant().toEpochMilli();
    jdbc.query("select n.decision_unit, n.created_at, t.end_time_ from md_notification n"
        + " left join act_hi_taskinst t on t.id_ = n.task_id"
        + " where n.kind = 'URGE' and n.created_at >= :from and n.created_at < :to", params, rs -> {
          long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[7]);
          long urgedAt = rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli();
          Timestamp end = rs.getTimestamp(3);
          c[0]++;
          c[3] += Math.max(0, (end == null ? now : end.getTime()) - urgedAt);
          if (end == null) {
            c[4]++;
          }
        });
    jdbc.query("select d.unit_code, r.event, count(*) from md_stage_record r join md_decision d on d.id = r.decision_id"
        + " where r.event in ('TASK_HANDED_OVER', 'TASK_TAKEN_BACK') and r.recorded_at >= :from and r.recorded_at < :to"
        + " group by d.unit_code, r.event", params, rs -> {
          long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[7]);
          c["TASK_HANDED_OVER".equals(rs.getString(2)) ? 1 : 2] += rs.getLong(3);
        });
    // 征求意见 (ADR 0028): colleagues asked, one per colleague, and how many of them answered.
    jdbc.query("select d.unit_code, count(*), sum(case when c.status = 'ANSWERED' then 1 else 0 end)"
        + " from md_task_consultation c join md_decision d on d.id = c.decision_id"
        + " where c.asked_at >= :from and c.asked_at < :to group by d.unit_code", params, rs -> {
          long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[7]);
          c[5] += rs.getLong(2);
          c[6] += rs.getLong(3);
        });
    List<UnitActions> rows = new ArrayList<>();
    for (Map.Entry<String, String> u : names.entrySet()) {
      if (unit != null && !unit.equals(u.getKey())) {
        continue;
      }
      long[] c = counts.getOrDefault(u.getKey(), new long[7]);
      Long mean = c[0] == 0 ? null : c[3] / c[0];
      rows.add(new UnitActions(u.getKey(), u.getValue(), c[0], c[1], c[2], c[4], mean, Durations.text(mean), c[5], c[6]));
    }
    return rows;
  }

  /** The same as a table for the CSV and .xlsx exports. */
  public AuditExports.Table table(int year, List<UnitActions> rows) {
    List<List<Object>> cells = new ArrayList<>();
    for (UnitActions r : rows) {
      cells.add(new ArrayList<>(java.util.Arrays.asList(r.unitName(), r.urges(), r.handOvers(), r.takeBacks(),
          r.urgedTasksStillOpen(), r.meanWaitAfterUrgeMillis() == null ? null : Math.round(r.meanWaitAfterUrgeMillis() / 360_000.0) / 10.0,
          r.meanWaitAfterUrgeText(), r.consultations(), r.consultationsAnswered())));
    }
    return new AuditExports.Table(year + "年任务催办、转办、撤回、征求意见",
        List.of("决策机关", "催办次数", "转办次数", "撤回次数", "催办后仍未办结的任务数", "催办后平均等待(小时)", "催办后平均等待",
            "征求意见人次", "已答复人次"),
        cells);
  }
}
