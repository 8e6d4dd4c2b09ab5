package cn.gov.pujiang.decision.perf;

import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.support.Stages;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock in the throughput benchmark: the engine's clock plus the days this thread's decision has
 * waited ({@link Stages#aheadMillis}). The benchmark's decisions run concurrently on one engine clock, which none of
 * them may move; yet the application's checks compare dates the way they do in real time (a meeting cannot be
 * recorded before its date, Art. 30). Each decision therefore lives its own days, and every check runs unchanged.
 * The engine's own timestamps and timer arithmetic keep the shared clock; BenchStages runs the jobs due within the
 * waited days as the job executor would once they have passed.
 */
public class ThreadClock extends EngineClock {

  @Override
  public OffsetDateTime now() {
    return nowAsDate().toInstant().atZone(ZONE).toOffsetDateTime();
  }

  @Override
  public Date nowAsDate() {
    return Date.from(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime() + Stages.aheadMillis()));
  }
}
