package cn.gov.pujiang.decision.notification;

import cn.gov.pujiang.decision.calendar.CalendarStatus;
import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.engine.EngineClock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * From {@code decision.calendar.warn-from} (default 11-01, {@link CalendarStatus}) until next year's State Council holiday
 * notice is loaded, tells the administrators once a day (inbox and e-mail) that it is missing and
 * what happens meanwhile. Called by every deadline-watch run; "once a day" holds on any number of
 * nodes because the notification's key is the missing year and the day ({@link Notifier#notifyOnce}).
 */
@Component
public class CalendarWarning {

  static final String KEY_PREFIX = "calendar:";

  private final CalendarStatus status;
  private final DeadlineWatch watch;
  private final Notifier notifier;
  private final EngineClock clock;

  CalendarWarning(CalendarStatus status, DeadlineWatch watch, Notifier notifier, EngineClock clock) {
    this.status = status;
    this.watch = watch;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** Sends today's warning unless it was already sent today; true if this call sent it. */
  public boolean warnOncePerDay() {
    Optional<Integer> missing = status.missingYear();
    if (missing.isEmpty()) {
      return false;
    }
    int year = missing.get();
    LocalDate today = clock.now().toLocalDate();
    String title = NotificationKind.CALENDAR_MISSING.label() + "：请载入" + year + "年节假日安排";
    String body = CalendarStatus.message(year) + "本提醒每天发送一次，载入后停止。";
    return notifier.notifyOnce(new Notice(KEY_PREFIX + year + ":" + today, NotificationKind.CALENDAR_MISSING,
        "载入" + year + "年节假日安排", null, null, null, null, null, null, title, body,
        new LinkedHashSet<>(watch.members(Groups.ADMINS))));
  }
}
