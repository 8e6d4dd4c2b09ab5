package cn.gov.pujiang.decision.calendar;

import cn.gov.pujiang.decision.engine.WorkingDayCalendar;
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
 * replaces the built-in one of the same year, and last from the files administrators uploaded
 * ({@link CalendarYearStore}, shared by the nodes of a cluster, re-read at most every minute).
 * {@link #reload()} re-reads all of them without a restart; a bad file is refused as a whole and the
 * calendar in use stays as it was.
 *
 * <p>{@link #isWorkingDay} for a year without a file raises {@link CalendarYearNotLoadedException}:
 * never a silent guess. Due dates ask {@link #isLoaded} first and count such a year provisionally.
 */
@Component
public class ChineseWorkingDayCalendar implements WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(ChineseWorkingDayCalendar.class);
  private static final Pattern FILE_NAME = Pattern.compile("\\d{4}\\.ya?ml");
  private static final String BUILT_IN = "classpath*:calendar/*.yaml";

  /** How stale another node's upload may be here before this node reads the table again. */
  private static final long STORED_REFRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

  private final CalendarProperties properties;
  private final CalendarYearStore store;
  private volatile Map<Integer, CalendarYear> files = Map.of();
  private volatile Map<Integer, CalendarYear> years = Map.of();
  private volatile long storedReadAt;
  private volatile boolean storedRead;

  /** Built-in files and the directory only (tests of the calendar itself). */
  public ChineseWorkingDayCalendar(CalendarProperties properties) {
    this(properties, null);
  }

  @org.springframework.beans.factory.annotation.Autowired
  public ChineseWorkingDayCalendar(CalendarProperties properties, CalendarYearStore store) {
    this.properties = properties;
    this.store = store;
    reloadFiles();
  }

  @Override
  public int reminderLeadWorkingDays() {
    return properties.getReminderLeadWorkingDays();
  }

  @Override
  public boolean isLoaded(int year) {
    return current().containsKey(year);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    CalendarYear year = current().get(date.getYear());
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
    return List.copyOf(current().values());
  }

  /** Re-reads every calendar file and the uploaded years; all or nothing. Returns the loaded years. */
  public synchronized List<CalendarYear> reload() {
    reloadFiles();
    refreshStored();
    return years();
  }

  /** Reads the uploaded years now (after an upload on this node), not at the next refresh. */
  public synchronized List<CalendarYear> refreshUploaded() {
    refreshStored();
    return years();
  }

  private Map<Integer, CalendarYear> current() {
    if (store != null && (!storedRead || System.nanoTime() - storedReadAt > STORED_REFRESH_NANOS)) {
      synchronized (this) {
        if (!storedRead || System.nanoTime() - storedReadAt > STORED_REFRESH_NANOS) {
          refreshStored();
        }
      }
    }
    return years;
  }

  private void refreshStored() {
    Map<Integer, CalendarYear> merged = new TreeMap<>(files);
    if (store != null) {
      try {
        for (CalendarYearStore.StoredFile file : store.all()) {
          String source = "上传的" + file.year() + "年日历文件";
          try {
            merged.put(file.year(), CalendarFileParser.parse(
                new java.io.ByteArrayInputStream(file.content().getBytes(java.nio.charset.StandardCharsets.UTF_8)), source));
          } catch (CalendarFileException e) {
            log.error("Uploaded calendar of {} is no longer readable and is ignored: {}", file.year(), e.getMessage());
          }
        }
        storedRead = true;
      } catch (org.springframework.dao.DataAccessException e) {
        // Before Flyway has created the table (early start-up): try again at the next call.
        log.debug("Uploaded calendar years not readable yet: {}", e.getMessage());
      }
      storedReadAt = System.nanoTime();
    }
    years = Collections.unmodifiableMap(merged);
  }

  private void reloadFiles() {
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
    files = Collections.unmodifiableMap(loaded);
    years = files;
    storedRead = false;
    log.info("Working-day calendar files loaded for years {}", loaded.keySet());
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
