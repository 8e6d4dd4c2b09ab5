package cn.gov.pujiang.decision.calendar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Loads a year an administrator uploaded: the file is checked as a whole first (a refused file
 * changes nothing), then stored for every node ({@link CalendarYearStore}), taken into use here at
 * once and on the other node within a minute, and the provisional dates are counted again.
 */
@Service
public class CalendarUploads {

  /** Larger than any year's notice could need; the column holds 200,000 characters. */
  static final int MAX_CHARACTERS = 100_000;

  private static final Logger log = LoggerFactory.getLogger(CalendarUploads.class);

  private final ChineseWorkingDayCalendar calendar;
  private final CalendarYearStore store;
  private final List<CalendarYearsLoaded> listeners;

  public CalendarUploads(ChineseWorkingDayCalendar calendar, CalendarYearStore store,
      List<CalendarYearsLoaded> listeners) {
    this.calendar = calendar;
    this.store = store;
    this.listeners = listeners;
  }

  /** What a load did. */
  public record Loaded(CalendarYear year, int datesRecomputed) {}

  /**
   * Checks and loads one year file; {@link CalendarFileException} (Chinese, naming the line) when
   * the file is refused.
   */
  public Loaded load(String content, String actor) {
    if (content == null || content.isBlank()) {
      throw new CalendarFileException("上传的日历文件为空");
    }
    if (content.length() > MAX_CHARACTERS) {
      throw new CalendarFileException("上传的日历文件过大（不应超过 " + MAX_CHARACTERS + " 个字符）");
    }
    CalendarYear year = CalendarFileParser.parse(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "");
    if (year.year() < 2000 || year.year() > 2100) {
      throw new CalendarFileException("上传的日历文件的 year 应为 2000 至 2100 之间的年份");
    }
    store.save(year.year(), content, year.year() + ".yaml", actor);
    calendar.refreshUploaded();
    log.info("Calendar {} uploaded by {}", year.year(), actor);
    return new Loaded(year, yearsLoaded(actor));
  }

  /** Tells the listeners that years were (re)loaded; returns the dates they changed. */
  public int yearsLoaded(String actor) {
    int changed = 0;
    for (CalendarYearsLoaded listener : listeners) {
      changed += listener.yearsLoaded(actor);
    }
    return changed;
  }
}
