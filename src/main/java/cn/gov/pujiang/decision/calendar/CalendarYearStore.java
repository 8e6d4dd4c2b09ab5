package cn.gov.pujiang.decision.calendar;

import cn.gov.pujiang.decision.engine.EngineClock;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Calendar files an administrator uploaded (POST /api/calendar/years), kept in {@code md_calendar_year}
 * so that every node of the cluster reads the same years and a restart keeps them. A stored year
 * replaces the built-in file and the directory file of the same year.
 */
@Repository
public class CalendarYearStore {

  /** One uploaded file as stored. */
  public record StoredFile(int year, String content, String fileName, String loadedBy) {}

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  public CalendarYearStore(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public List<StoredFile> all() {
    return jdbc.query("select year_no, content, file_name, loaded_by from md_calendar_year order by year_no",
        (rs, i) -> new StoredFile(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
  }

  /** Inserts or replaces the file of this year. */
  public void save(int year, String content, String fileName, String loadedBy) {
    Timestamp now = Timestamp.from(clock.now().toInstant());
    int updated = jdbc.update(
        "update md_calendar_year set content = ?, file_name = ?, loaded_by = ?, loaded_at = ? where year_no = ?",
        content, fileName, loadedBy, now, year);
    if (updated == 0) {
      jdbc.update("insert into md_calendar_year (year_no, content, file_name, loaded_by, loaded_at) values (?, ?, ?, ?, ?)",
          year, content, fileName, loadedBy, now);
    }
  }
}
