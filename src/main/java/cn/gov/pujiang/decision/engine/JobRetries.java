package cn.gov.pujiang.decision.engine;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a failed asynchronous step is retried: every {@code camunda:asyncBefore} element of the models
 * declares {@code <camunda:failedJobRetryTimeCycle>${jobRetries.cycle}</camunda:failedJobRetryTimeCycle>}
 * (checked by ModelConventionsTest), so one setting, {@code decision.jobs.retry-cycle}, governs them.
 *
 * <p>The cycle, set once in application.yaml ({@code decision.jobs.retry-cycle}), is Camunda's list form: three retries, one minute, ten minutes
 * and one hour after the failure before it, then an incident in Cockpit. The first retry rides out a
 * database fail-over or a node restart; the second a service restarted by an operator; the last gives
 * a person the time to notice. About 71 minutes from the first failure to the incident keeps every
 * statutory time limit (counted in days) safe while an administrator still sees it the same working
 * day. docs/processes.md explains how to resolve such an incident.
 */
@Component("jobRetries")
public class JobRetries {

  private final String cycle;

  public JobRetries(@Value("${decision.jobs.retry-cycle}") String cycle) {
    for (String interval : cycle.split(",")) {
      // Refuse a typo at start-up rather than at the first failure, when the job would fall back to 3 immediate tries.
      Duration.parse(interval.trim());
    }
    this.cycle = cycle;
  }

  /** The retry intervals in Camunda's list form. */
  public String getCycle() {
    return cycle;
  }
}
