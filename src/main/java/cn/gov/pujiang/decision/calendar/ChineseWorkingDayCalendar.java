package cn.gov.pujiang.decision.calendar;

import cn.gov.pujiang.decision.process.WorkingDayCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Working days (工作日) by the State Council's yearly holiday notices: Monday to Friday unless the
 * notice makes the day a holiday, Saturday and Sunday unless it makes the day a make-up working day
 * (调休上班). Years come from the built-in files on the classpath ({@code calendar/yyyy.yaml}, from the
 * repository's calendar/ folder) and then from {@code decision.calendar.directory}, where a file
 * replaces the built-in one of the same year. {@link #reload()} re-reads both without a restart;
 * a bad file is refused as a whole and the calendar in use stays as it was.
 *
 * <p>A date in a year without a file raises {@link CalendarYearNotLoadedException}: never a guess.
 */
@Component
public class ChineseWorkingDayCalendar implements WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(ChineseWorkingDayCalendar.class);
  private static final Pattern FILE_NAME = Pattern.compile("\\d{4}\\.ya?ml");
  private static final String BUILT_IN = "classpath*:calendar/*.yaml";

  private final CalendarProperties properties;
  private volatile Map<Integer, CalendarYear> years = Map.of();

  public ChineseWorkingDayCalendar(CalendarProperties properties) {
    this.properties = properties;
    reload();
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    CalendarYear year = years.get(date.getYear());
    if (year == null) {
      throw new CalendarYearNotLoadedException(date.getYear());
    }
    if (year.holidays().containsKey(date)) {
      return false;
    }
    if (year.makeUpWorkingDays().containsKey(date)) {
      return true;
    }
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The loaded years, oldest first. */
  public List<CalendarYear> years() {
    return List.copyOf(years.values());
  }

  /** Re-reads every calendar file; all or nothing. Returns the loaded years. */
  public synchronized List<CalendarYear> reload() {
    Map<Integer, CalendarYear> loaded = new TreeMap<>();
    for (CalendarYear year : builtIn()) {
      loaded.put(year.year(), year);
    }
    for (CalendarYear year : fromDirectory()) {
      CalendarYear replaced = loaded.put(year.year(), year);
      if (replaced != null) {
        log.info("Calendar {} from {} replaces the built-in {}", year.year(), year.source(), replaced.source());
      }
    }
    years = Collections.unmodifiableMap(loaded);
    log.info("Working-day calendar loaded for years {}", loaded.keySet());
    return years();
  }

  private List<CalendarYear> builtIn() {
    List<CalendarYear> result = new ArrayList<>();
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUILT_IN);
      for (Resource resource : resources) {
        String name = resource.getFilename();
        if (name == null || !FILE_NAME.matcher(name).matches()) {
          continue;
        }
        try (InputStream in = resource.getInputStream()) {
          result.add(checkedName(CalendarFileParser.parse(in, "calendar/" + name), name));
        }
      }
    } catch (IOException e) {
      throw new CalendarFileException("内置日历文件无法读取：" + e.getMessage(), e);
    }
    return result;
  }

  private List<CalendarYear> fromDirectory() {
    String directory = properties.getDirectory();
    if (directory == null || directory.isBlank()) {
      return List.of();
    }
    Path dir = Path.of(directory);
    if (!Files.isDirectory(dir)) {
      throw new CalendarFileException("日历目录 " + dir.toAbsolutePath() + " 不存在（decision.calendar.directory）");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(p -> {
        if (FILE_NAME.matcher(p.getFileName().toString()).matches()) {
          files.add(p);
        }
      });
    } catch (IOException e) {
      throw new CalendarFileException("日历目录 " + dir.toAbsolutePath() + " 无法读取：" + e.getMessage(), e);
    }
    files.sort(Comparator.comparing(Path::toString));
    List<CalendarYear> result = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        result.add(checkedName(CalendarFileParser.parse(in, file.toString()), file.getFileName().toString()));
      } catch (IOException e) {
        throw new CalendarFileException("日历文件 " + file + " 无法读取：" + e.getMessage(), e);
      }
    }
    return result;
  }

  private static CalendarYear checkedName(CalendarYear year, String fileName) {
    if (!fileName.startsWith(year.year() + ".")) {
      throw new CalendarFileException("日历文件 " + year.source() + " 的 year 为 " + year.year() + "，与文件名不符");
    }
    return year;
  }
}
