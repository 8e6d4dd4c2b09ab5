package cn.gov.pujiang.decision.process;

import cn.gov.pujiang.decision.calendar.CalendarProperties;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates, follow-up dates and timer dates for BPMN expressions, so that a modeller reads the time
 * limit in Camunda Modeler:
 * <ul>
 *   <li>{@code camunda:dueDate="${dueDates.workingDays(7)}"}: the 7th working day (工作日, State
 *       Council holiday notices) after today, at the end of office hours;
 *   <li>{@code camunda:followUpDate="${dueDates.reminderFor(7)}"}: the morning on which the candidates
 *       are reminded of that limit ({@code decision.calendar.reminder-lead-working-days} working days
 *       before the due day);
 *   <li>{@code ${dueDates.calendarDays(30)}}: 30 calendar days (日), weekends and holidays included.
 * </ul>
 * Timers use the same expressions in {@code timeDate}. Syntax and legal basis: docs/time-limits.md.
 */
@Component("dueDates")
public class DueDates {

  /** Office hours end; a limit expires at the end of its last day, not at midnight. */
  static final LocalTime END_OF_DAY = LocalTime.of(17, 30);
  /** Office hours begin; a reminder arrives when the day's work starts. */
  static final LocalTime START_OF_DAY = LocalTime.of(8, 30);

  private final WorkingDayCalendar calendar;
  private final EngineClock clock;
  private final CalendarProperties properties;

  public DueDates(WorkingDayCalendar calendar, EngineClock clock, CalendarProperties properties) {
    this.calendar = calendar;
    this.clock = clock;
    this.properties = properties;
  }

  /** End of office hours on the n-th working day after today. */
  public Date workingDays(int n) {
    return at(calendar.addWorkingDays(today(), n), END_OF_DAY);
  }

  /** End of office hours n calendar days after today. */
  public Date calendarDays(int n) {
    return at(today().plusDays(n), END_OF_DAY);
  }

  /**
   * Start of office hours on the reminder day of a limit of n working days from today: the lead
   * (default 2) working days before the due day, or the due day itself when the limit is that short.
   */
  public Date reminderFor(int n) {
    LocalDate due = calendar.addWorkingDays(today(), n);
    int lead = properties.getReminderLeadWorkingDays();
    LocalDate reminder = lead < 1 || n <= lead ? due : calendar.subtractWorkingDays(due, lead);
    return at(reminder, START_OF_DAY);
  }

  /**
   * End of office hours on the n-th working day after a start date (a LocalDate, a java.util.Date or
   * an ISO "yyyy-MM-dd" string, as process variables hold it); today when the start is missing.
   * Minimal version for the publication limit counted from the decision date (issue 15 item 3); the
   * deadlines work owns this class and its final form.
   */
  public Date workingDaysFrom(Object start, int n) {
    LocalDate from;
    if (start == null || start.toString().isBlank()) {
      from = today();
    } else if (start instanceof LocalDate d) {
      from = d;
    } else if (start instanceof Date d) {
      from = d.toInstant().atZone(EngineClock.ZONE).toLocalDate();
    } else {
      String s = start.toString().trim();
      from = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }
    return at(calendar.addWorkingDays(from, n), END_OF_DAY);
  }

  /** The n-th working day after the given date, as a date. */
  public LocalDate workingDaysAfter(LocalDate from, int n) {
    return calendar.addWorkingDays(from, n);
  }

  private LocalDate today() {
    return clock.now().toLocalDate();
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(EngineClock.ZONE).toInstant());
  }
}
