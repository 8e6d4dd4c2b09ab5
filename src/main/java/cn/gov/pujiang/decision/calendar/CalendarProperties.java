package cn.gov.pujiang.decision.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * decision.calendar.*: where an administrator puts calendar files for years added after the build,
 * and how many working days before a due date the candidates are reminded.
 */
@ConfigurationProperties("decision.calendar")
public class CalendarProperties {

  /** Directory of yyyy.yaml files read after the built-in ones; empty = built-in years only. */
  private String directory = "";

  /** Working days before the due day on which the follow-up date (reminder) falls. */
  private int reminderLeadWorkingDays = 2;

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
