package cn.gov.pujiang.decision.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cycle of the deadline-watch timer start event ({@code StartEvent_WatchCycle} reads
 * {@code ${deadlineWatchSchedule.cycle}}), from {@code decision.notification.watch-cycle}. The engine
 * evaluates it when the process is deployed, so a new value applies with the next deployment of
 * deadline-watch. Deliberately without dependencies: the engine resolves it while it is being built.
 */
@Component("deadlineWatchSchedule")
public class DeadlineWatchSchedule {

  private final String cycle;

  public DeadlineWatchSchedule(@Value("${decision.notification.watch-cycle:R/PT15M}") String cycle) {
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
