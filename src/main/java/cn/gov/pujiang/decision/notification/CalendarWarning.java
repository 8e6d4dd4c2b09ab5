package cn.gov.pujiang.decision.notification;

import cn.gov.pujiang.decision.calendar.CalendarProperties;
import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.process.EngineClock;
import cn.gov.pujiang.decision.process.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * From {@code decision.calendar.warn-from} (default 11-01) until next year's State Council holiday
 * notice is loaded, tells the administrators once a day (inbox and e-mail) that it is missing and
 * what happens meanwhile. Called by every deadline-watch run; "once a day" holds on any number of
 * nodes because the notification's key is the missing year and the day ({@link Notifier#notifyOnce}).
 */
@Component
public class CalendarWarning {

  static final String KEY_PREFIX = "calendar:";

  private final WorkingDayCalendar calendar;
  private final CalendarProperties properties;
  private final DeadlineWatch watch;
  private final Notifier notifier;
  private final EngineClock clock;

  CalendarWarning(WorkingDayCalendar calendar, CalendarProperties properties, DeadlineWatch watch, Notifier notifier,
      EngineClock clock) {
    this.calendar = calendar;
    this.properties = properties;
    this.watch = watch;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** The year administrators should load now, if any. */
  public Optional<Integer> missingYear() {
    LocalDate today = clock.now().toLocalDate();
    int next = today.getYear() + 1;
    if (today.isBefore(properties.getWarnFrom().atYear(today.getYear())) || calendar.isLoaded(next)) {
      return Optional.empty();
    }
    return Optional.of(next);
  }

  /** Sends today's warning unless it was already sent today; true if this call sent it. */
  public boolean warnOncePerDay() {
    Optional<Integer> missing = missingYear();
    if (missing.isEmpty()) {
      return false;
    }
    int year = missing.get();
    LocalDate today = clock.now().toLocalDate();
    String title = NotificationKind.CALENDAR_MISSING.label() + "：请载入" + year + "年节假日安排";
    String body = "工作日历中还没有" + year + "年的节假日安排。国务院办公厅关于" + year + "年部分节假日安排的通知发布后，"
        + "请在“工作日历”页面（/app/calendar.html）上传" + year + "年日历文件（格式见操作手册）。"
        + "在此之前，期限延伸到" + year + "年的任务按周一至周五暂定计算，并标注“暂定”；载入后自动重算并通知办理人员。"
        + "本提醒每天发送一次，载入后停止。";
    return notifier.notifyOnce(new Notice(KEY_PREFIX + year + ":" + today, NotificationKind.CALENDAR_MISSING,
        "载入" + year + "年节假日安排", null, null, null, null, null, null, title, body,
        new LinkedHashSet<>(watch.members(Groups.ADMINS))));
  }
}
