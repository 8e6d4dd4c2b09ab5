package cn.gov.pujiang.decision.engine;

import java.time.LocalDate;

/**
 * Decides which dates are working days (工作日). The implementation,
 * {@code calendar.ChineseWorkingDayCalendar}, follows the State Council's yearly holiday notices and
 * throws {@code CalendarYearNotLoadedException} from {@link #isWorkingDay} for a year it has no
 * notice for. {@link DueDates} asks {@link #isLoaded} first and counts such a year Monday to Friday,
 * marking the result provisional (暂定) until the year is loaded.
 */
public interface WorkingDayCalendar {

  boolean isWorkingDay(LocalDate date);

  /** Whether the State Council notice of this year is loaded; a calendar without years says yes. */
  default boolean isLoaded(int year) {
    return true;
  }

  /**
   * How many working days before a due day its follow-up date (the reminder) falls; below 1 means
   * no earlier reminder. The calendar owns it because it is configured with the calendar
   * ({@code decision.calendar.reminder-lead-working-days}); a calendar without settings says 2.
   */
  default int reminderLeadWorkingDays() {
    return 2;
  }

  /** By the notice where the year is loaded, otherwise Monday to Friday (a provisional answer). */
  default boolean isWorkingDayOrWeekday(LocalDate date) {
    if (isLoaded(date.getYear())) {
      return isWorkingDay(date);
    }
    return date.getDayOfWeek() != java.time.DayOfWeek.SATURDAY && date.getDayOfWeek() != java.time.DayOfWeek.SUNDAY;
  }

  /** The n-th working day after {@code from} (n >= 1); {@code from} itself never counts. */
  default LocalDate addWorkingDays(LocalDate from, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("working days must be at least 1, was " + n);
    }
    LocalDate date = from;
    int counted = 0;
    while (counted < n) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /** The n-th working day before {@code from} (n >= 1); {@code from} itself never counts. */
  default LocalDate subtractWorkingDays(LocalDate from, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("working days must be at least 1, was " + n);
    }
    LocalDate date = from;
    int counted = 0;
    while (counted < n) {
      date = date.minusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }
}
