package cn.gov.pujiang.decision.engine;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The time the application records, taken from the engine's clock so that a test that moves the
 * engine clock (ClockUtil) moves due dates, timers and records together. Zone: Asia/Shanghai.
 */
@Component
public class EngineClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  public OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toOffsetDateTime();
  }

  public Date nowAsDate() {
    return ClockUtil.getCurrentTime();
  }
}
