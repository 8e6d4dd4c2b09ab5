package cn.gov.pujiang.decision.calendar;

/**
 * {@link ChineseWorkingDayCalendar#isWorkingDay} was asked about a year for which no State Council
 * holiday notice is loaded. Thrown instead of guessing. Due dates never meet it: {@code DueDates} asks
 * {@code isLoaded} first and counts such a year provisionally (ADR 0016). The message is Chinese in
 * case another caller lets it reach a user.
 */
public class CalendarYearNotLoadedException extends RuntimeException {

  private final int year;

  public CalendarYearNotLoadedException(int year) {
    super("工作日历中没有" + year + "年的节假日安排，无法按工作日计算期限。请系统管理员根据国务院办公厅关于"
        + year + "年部分节假日安排的通知载入" + year + "年日历文件（见 docs/time-limits.md）。");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
