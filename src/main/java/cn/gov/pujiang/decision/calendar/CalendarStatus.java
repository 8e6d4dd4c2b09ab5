package cn.gov.pujiang.decision.calendar;

import cn.gov.pujiang.decision.engine.EngineClock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether administrators should be loading next year's holiday notice now: from
 * {@code decision.calendar.warn-from} (default 11-01) until that year is loaded. Read by the daily
 * warning (notification.CalendarWarning), the calendar page and the Cockpit dashboard plugin.
 */
@Component
public class CalendarStatus {

  private final ChineseWorkingDayCalendar calendar;
  private final CalendarProperties properties;
  private final EngineClock clock;

  public CalendarStatus(ChineseWorkingDayCalendar calendar, CalendarProperties properties, EngineClock clock) {
    this.calendar = calendar;
    this.properties = properties;
    this.clock = clock;
  }

  /** The year to load now, if any. */
  public Optional<Integer> missingYear() {
    LocalDate today = clock.now().toLocalDate();
    int next = today.getYear() + 1;
    if (today.isBefore(properties.getWarnFrom().atYear(today.getYear())) || calendar.isLoaded(next)) {
      return Optional.empty();
    }
    return Optional.of(next);
  }

  /** What administrators are told while the year is missing. */
  public static String message(int year) {
    return "工作日历中还没有" + year + "年的节假日安排。国务院办公厅关于" + year + "年部分节假日安排的通知发布后，"
        + "请在“工作日历”页面（/app/calendar.html）上传" + year + "年日历文件（格式见操作手册）。"
        + "在此之前，期限延伸到" + year + "年的任务按周一至周五暂定计算，并标注“暂定”；载入后自动重算并通知办理人员。";
  }
}
