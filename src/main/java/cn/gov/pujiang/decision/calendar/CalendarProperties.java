package cn.gov.pujiang.decision.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * decision.calendar.*: where an administrator puts calendar files for years added after the build,
 * how many working days before a due date the candidates are reminded, and from which day
 * administrators are warned that next year is not loaded.
 */
@ConfigurationProperties("decision.calendar")
public class CalendarProperties {

  /** Directory of yyyy.yaml files read after the built-in ones; empty = built-in years only. */
  private String directory = "";

  /** Working days before the due day on which the follow-up date (reminder) falls. */
  private int reminderLeadWorkingDays = 2;

  /**
   * From this day of the year (MM-dd) on, administrators are told every day that next year's notice
   * is not loaded. The State Council has published the notice in late October to December.
   */
  private java.time.MonthDay warnFrom = java.time.MonthDay.of(11, 1);

  public java.time.MonthDay getWarnFrom() {
    return warnFrom;
  }

  /** "11-01" as written in application.yaml (MonthDay itself would want "--11-01"). */
  public void setWarnFrom(String warnFrom) {
    String text = warnFrom.trim();
    this.warnFrom = java.time.MonthDay.parse(text.startsWith("--") ? text : "--" + text);
  }

  public String getDirectory() {
    return directory;
  }

  public void setDirectory(String directory) {
    this.directory = directory;
  }

  public int getReminderLeadWorkingDays() {
    return reminderLeadWorkingDays;
  }

  public void setReminderLeadWorkingDays(int reminderLeadWorkingDays) {
    this.reminderLeadWorkingDays = reminderLeadWorkingDays;
  }
}
