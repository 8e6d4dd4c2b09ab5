package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.audit.ConformanceRuns.Scope;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled conformance run: every night (decision.conformance.schedule) all rules over the current
 * year, so that the auditor finds a fresh run and what is new since the day before. On a cluster each
 * node's scheduler fires; a node that finds a scheduled run of the year started in the last hour leaves it.
 */
@Component
public class ConformanceSchedule {

  private final ConformanceRuns runs;
  private final EngineClock clock;
  private final JdbcTemplate jdbc;

  public ConformanceSchedule(ConformanceRuns runs, EngineClock clock, JdbcTemplate jdbc) {
    this.runs = runs;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  @Scheduled(cron = "${decision.conformance.schedule:0 30 2 * * *}", zone = "Asia/Shanghai")
  public void runCurrentYear() {
    OffsetDateTime now = clock.now();
    int year = now.atZoneSameInstant(EngineClock.ZONE).getYear();
    Integer recent = jdbc.queryForObject("select count(*) from md_conformance_run where trigger_kind = ?"
            + " and scope_year = ? and scope_unit is null and scope_decision_id is null and started_at > ?",
        Integer.class, ConformanceRuns.TRIGGER_SCHEDULE, year, now.minus(Duration.ofHours(1)));
    if (recent != null && recent > 0) {
      return;
    }
    runs.run(new Scope(year, null, null), Actors.SYSTEM, ConformanceRuns.TRIGGER_SCHEDULE);
  }
}
