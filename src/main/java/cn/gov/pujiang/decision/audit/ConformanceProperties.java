package cn.gov.pujiang.decision.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * decision.conformance.*: the settings of the conformance run (docs/audit.md "Conformance
 * run"). The rules themselves are rows of md_conformance_rule, not settings.
 */
@ConfigurationProperties("decision.conformance")
public class ConformanceProperties {

  /**
   * Decree 713 Art. 33 says "及时" without a day count: how many calendar days after publication a
   * decision may stay unarchived before ART33_ARCHIVE_TIME reports it, and the yardstick of the statistics'
   * "archived promptly" figure (a local rule, [U]). The decision-making records are archived at publication
   * (ADR 0025), so the default is 30.
   */
  private int archiveDays = 30;

  /** When the scheduled run checks the current year (Spring cron, Asia/Shanghai); "-" switches it off. */
  private String schedule = "0 30 2 * * *";

  public int getArchiveDays() {
    return archiveDays;
  }

  public void setArchiveDays(int archiveDays) {
    this.archiveDays = archiveDays;
  }

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }
}
