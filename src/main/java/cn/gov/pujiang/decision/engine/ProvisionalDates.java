package cn.gov.pujiang.decision.engine;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * {@code md_provisional_date}: the dates {@link DueDates} counted Monday to Friday because a year had
 * no notice loaded, with what is needed to count them again exactly (start day, working days, kind)
 * and the process instance whose open task or timer carries the date. Written in the engine's
 * transaction, so a rolled-back step leaves no row.
 */
@Repository
public class ProvisionalDates {

  /** What the date is: a due or timer date (end of office hours) or a reminder (start of office hours). */
  public enum Kind { WORKING_DAYS, REMINDER }

  /** One provisional date. */
  public record Row(long id, String executionId, String processInstanceId, String businessKey, String activityId,
      Kind kind, LocalDate start, int workingDays, Date dueAt, SortedSet<Integer> missingYears) {}

  private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getString("execution_id"),
      rs.getString("process_instance_id"), rs.getString("business_key"), rs.getString("activity_id"),
      Kind.valueOf(rs.getString("kind")), rs.getDate("start_day").toLocalDate(), rs.getInt("working_days"),
      new Date(rs.getTimestamp("due_at").getTime()), years(rs.getString("missing_years")));

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  public ProvisionalDates(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void remember(String executionId, String processInstanceId, String businessKey, String activityId,
      Kind kind, LocalDate start, int workingDays, Date dueAt, SortedSet<Integer> missingYears) {
    jdbc.update("insert into md_provisional_date (execution_id, process_instance_id, business_key, activity_id, kind,"
            + " start_day, working_days, due_at, missing_years, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        executionId, processInstanceId, businessKey, activityId, kind.name(), java.sql.Date.valueOf(start),
        workingDays, new Timestamp(dueAt.getTime()), text(missingYears), Timestamp.from(clock.now().toInstant()));
  }

  /** The provisional dates of one process instance. */
  public List<Row> ofProcessInstance(String processInstanceId) {
    return jdbc.query("select * from md_provisional_date where process_instance_id = ? order by id", ROW,
        processInstanceId);
  }

  /** Every provisional date, oldest first. */
  public List<Row> all() {
    return jdbc.query("select * from md_provisional_date order by id", ROW);
  }

  public void update(long id, Date dueAt, SortedSet<Integer> missingYears) {
    jdbc.update("update md_provisional_date set due_at = ?, missing_years = ? where id = ?",
        new Timestamp(dueAt.getTime()), text(missingYears), id);
  }

  public void delete(long id) {
    jdbc.update("delete from md_provisional_date where id = ?", id);
  }

  private static String text(SortedSet<Integer> years) {
    return years.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static SortedSet<Integer> years(String text) {
    SortedSet<Integer> years = new TreeSet<>();
    for (String y : text.split(",")) {
      if (!y.isBlank()) {
        years.add(Integer.parseInt(y.trim()));
      }
    }
    return years;
  }
}
