package cn.gov.pujiang.decision.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer dates for BPMN expressions, so that a modeller reads the time limit in
 * Camunda Modeler: {@code camunda:dueDate="${dueDates.workingDays(7)}"} is "7 working days from
 * now, end of office hours"; {@code ${dueDates.calendarDays(30)}} counts calendar days.
 */
@Component("dueDates")
public class DueDates {

  /** Office hours end; a limit expires at the end of its last day, not at midnight. */
  static final LocalTime END_OF_DAY = LocalTime.of(17, 30);

  private final WorkingDayCalendar calendar;
  private final EngineClock clock;

  public DueDates(WorkingDayCalendar calendar, EngineClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  public Date workingDays(int n) {
    return endOf(calendar.addWorkingDays(today(), n));
  }

  public Date calendarDays(int n) {
    return endOf(today().plusDays(n));
  }

  /** The n-th working day after the given ISO date (yyyy-MM-dd), as a date. */
  public LocalDate workingDaysAfter(LocalDate from, int n) {
    return calendar.addWorkingDays(from, n);
  }

  private LocalDate today() {
    return clock.now().toLocalDate();
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(EngineClock.ZONE).toInstant());
  }
}
