package cn.gov.pujiang.decision.calendar;

/**
 * Told after calendar years were loaded or reloaded, so that dates counted provisionally can be
 * counted again. Implemented by notification.ProvisionalDueDates: the calendar owns the interface
 * because the notification feature depends on the calendar, not the other way round.
 */
public interface CalendarYearsLoaded {

  /** Returns how many dates were changed; {@code actor} is the administrator who loaded. */
  int yearsLoaded(String actor);
}
