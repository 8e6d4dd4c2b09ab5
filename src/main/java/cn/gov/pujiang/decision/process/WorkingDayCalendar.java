package cn.gov.pujiang.decision.process;

import java.time.LocalDate;

/**
 * Decides which dates are working days (工作日). The implementation,
 * {@code calendar.ChineseWorkingDayCalendar}, follows the State Council's yearly holiday notices and
 * throws {@code CalendarYearNotLoadedException} for a year it has no notice for.
 */
public interface WorkingDayCalendar {

  boolean isWorkingDay(LocalDate date);

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
