package cn.gov.pujiang.decision.calendar;

import cn.gov.pujiang.decision.calendar.CalendarYear.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads one calendar file (format in docs/time-limits.md) and refuses anything doubtful: a missing
 * notice or basis, a date outside the file's year, a make-up working day that is not a weekend, a
 * date that is both a holiday and a working day. A refused file is never half-loaded.
 */
final class CalendarFileParser {

  private CalendarFileParser() {}

  static CalendarYear parse(InputStream in, String source) {
    Object root;
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException | RuntimeException e) {
      throw new CalendarFileException("日历文件 " + source + " 无法读取：" + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> file)) {
      throw new CalendarFileException("日历文件 " + source + " 为空或格式不正确");
    }
    int year = integer(file.get("year"), source, "year");
    Map<?, ?> notice = map(file.get("notice"), source, "notice");
    String title = text(notice.get("title"), source, "notice.title");
    String number = text(notice.get("number"), source, "notice.number");
    LocalDate issued = date(notice.get("issued"), source, "notice.issued");

    Map<LocalDate, Entry> holidays = new TreeMap<>();
    for (Map<?, ?> item : list(file.get("holidays"), source, "holidays")) {
      LocalDate from = date(item.get("from"), source, "holidays.from");
      LocalDate to = item.get("to") == null ? from : date(item.get("to"), source, "holidays.to");
      Entry entry = entry(item, source, "holidays");
      if (to.isBefore(from)) {
        throw new CalendarFileException("日历文件 " + source + "：假期“" + entry.name() + "”的结束日期早于开始日期");
      }
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        inYear(day, year, source);
        if (holidays.put(day, entry) != null) {
          throw new CalendarFileException("日历文件 " + source + "：" + day + " 重复列为假日");
        }
      }
    }
    Map<LocalDate, Entry> workdays = new TreeMap<>();
    for (Map<?, ?> item : list(file.get("workdays"), source, "workdays")) {
      LocalDate day = date(item.get("date"), source, "workdays.date");
      Entry entry = entry(item, source, "workdays");
      inYear(day, year, source);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        throw new CalendarFileException("日历文件 " + source + "：调休上班日 " + day + " 不是周六或周日");
      }
      if (holidays.containsKey(day)) {
        throw new CalendarFileException("日历文件 " + source + "：" + day + " 既是假日又是调休上班日");
      }
      workdays.put(day, entry);
    }
    return new CalendarYear(year, title, number, issued,
        Collections.unmodifiableMap(holidays), Collections.unmodifiableMap(workdays), source);
  }

  private static Entry entry(Map<?, ?> item, String source, String list) {
    String name = text(item.get("name"), source, list + ".name");
    String basis = text(item.get("basis"), source, list + ".basis（" + name + "）");
    return new Entry(name, basis);
  }

  private static void inYear(LocalDate day, int year, String source) {
    if (day.getYear() != year) {
      throw new CalendarFileException("日历文件 " + source + "：日期 " + day + " 不在 " + year + " 年内");
    }
  }

  private static int integer(Object value, String source, String key) {
    if (value instanceof Integer i) {
      return i;
    }
    throw new CalendarFileException("日历文件 " + source + " 缺少整数字段 " + key);
  }

  private static String text(Object value, String source, String key) {
    if (value == null || value.toString().isBlank()) {
      throw new CalendarFileException("日历文件 " + source + " 缺少字段 " + key);
    }
    return value.toString().trim();
  }

  private static LocalDate date(Object value, String source, String key) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    try {
      return LocalDate.parse(text(value, source, key));
    } catch (DateTimeParseException e) {
      throw new CalendarFileException("日历文件 " + source + " 字段 " + key + " 不是 yyyy-MM-dd 日期：" + value, e);
    }
  }

  private static Map<?, ?> map(Object value, String source, String key) {
    if (value instanceof Map<?, ?> m) {
      return m;
    }
    throw new CalendarFileException("日历文件 " + source + " 缺少字段 " + key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<?, ?>> list(Object value, String source, String key) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l && l.stream().allMatch(Map.class::isInstance)) {
      return (List<Map<?, ?>>) l;
    }
    throw new CalendarFileException("日历文件 " + source + " 字段 " + key + " 应为列表");
  }
}
