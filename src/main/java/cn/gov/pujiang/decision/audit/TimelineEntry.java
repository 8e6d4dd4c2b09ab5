package cn.gov.pujiang.decision.audit;

import java.time.OffsetDateTime;

/**
 * One line of a decision's timeline, ready for a person to read.
 *
 * @param time when it happened (a task: when it was completed, or created while open)
 * @param kind STAGE (a stage process), TASK (a user task), RECORD (trail entry), OPINION (a legality
 *     review round), MEETING, PROCEDURE (plan and exemption), or what an added source names
 * @param marker RETURN (退回), RESUBMISSION (重新送审/重办), EXEMPTION (特别说明), OVERDUE, INTERVENTION
 *     (管理员干预: an administrator acted through the engine's APIs, security/InterventionCheck), or null
 * @param limit the time limit (due date) of a task, null when it has none
 * @param onTime whether the task met its time limit; null when it has none or is still open within it
 */
public record TimelineEntry(
    OffsetDateTime time,
    String kind,
    String stage,
    String title,
    String actor,
    String detail,
    OffsetDateTime started,
    Long durationMillis,
    String durationText,
    OffsetDateTime limit,
    Boolean onTime,
    String marker) {

  static TimelineEntry simple(OffsetDateTime time, String kind, String stage, String title, String actor,
      String detail, String marker) {
    return new TimelineEntry(time, kind, stage, title, actor, detail, null, null, null, null, null, marker);
  }
}
