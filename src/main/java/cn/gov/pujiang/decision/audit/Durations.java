package cn.gov.pujiang.decision.audit;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Time helpers: engine timestamps (local JVM time) to offsets, durations in Chinese. */
final class Durations {

  static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Durations() {}

  static OffsetDateTime of(Timestamp ts) {
    return ts == null ? null : ts.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
  }

  /** e.g. 3天4小时, 2小时15分钟, 不足1分钟. */
  static String text(Long millis) {
    if (millis == null) {
      return null;
    }
    long minutes = millis / 60_000;
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return days + "天" + (hours > 0 ? hours + "小时" : "");
    }
    if (hours > 0) {
      return hours + "小时" + (mins > 0 ? mins + "分钟" : "");
    }
    return mins > 0 ? mins + "分钟" : "不足1分钟";
  }

  static String format(OffsetDateTime time) {
    return time == null ? "" : time.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).format(MINUTES);
  }
}
