package cn.gov.pujiang.decision.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * One year of the State Council holiday arrangement, as read from one calendar file: the notice it
 * comes from, the public holidays (放假) and the weekend days that are working days (调休上班), each
 * date with its name and the item of the notice that sets it.
 */
public record CalendarYear(
    int year,
    String noticeTitle,
    String noticeNumber,
    LocalDate noticeIssued,
    Map<LocalDate, Entry> holidays,
    Map<LocalDate, Entry> makeUpWorkingDays,
    String source) {

  /** A dated entry of the notice: its name (春节) and where the notice says so (basis). */
  public record Entry(String name, String basis) {}
}
