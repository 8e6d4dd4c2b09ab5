package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.notification.NotificationKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reminders (期限提醒, marker REMINDER) and escalations (逾期督办, marker ESCALATION) of a decision's
 * tasks in its timeline: which task, its time limit, when the notice went out and who was told
 * (md_notification and md_inbox_message, one entry per notification listing every recipient and
 * whether the e-mail went out). Read-only.
 */
@Component
class NotificationTimeline implements TimelineSource {

  private final JdbcTemplate jdbc;

  NotificationTimeline(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private record Notice(String kind, String taskName, java.sql.Timestamp due, java.sql.Timestamp at,
      List<String> recipients) {}

  @Override
  public List<TimelineEntry> entries(DecisionRef decision) {
    Map<Long, Notice> notices = new LinkedHashMap<>();
    jdbc.query(
        "select n.id, n.kind, n.task_name, n.due_date, n.created_at, m.recipient, m.email_status"
            + " from md_notification n left join md_inbox_message m on m.notification_id = n.id"
            + " where n.decision_no = ? order by n.created_at, n.id, m.recipient",
        rs -> {
          Notice n = notices.computeIfAbsent(rs.getLong(1), k -> {
            try {
              return new Notice(rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getTimestamp(5),
                  new ArrayList<>());
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          });
          String recipient = rs.getString(6);
          if (recipient != null) {
            n.recipients().add(recipient + "（" + email(rs.getString(7)) + "）");
          }
        },
        decision.decisionNo());
    List<TimelineEntry> entries = new ArrayList<>();
    for (Notice n : notices.values()) {
      String label = Labels.of(NotificationKind.class, n.kind(), NotificationKind::label);
      String detail = (n.due() == null ? "" : "办理期限" + Durations.format(Durations.of(n.due())) + "；")
          + (n.recipients().isEmpty() ? "无接收人" : "通知：" + String.join("、", n.recipients()));
      entries.add(TimelineEntry.simple(Durations.of(n.at()), "NOTICE", "期限提醒与督办", label + "：" + n.taskName(), "系统",
          detail, n.kind()));
    }
    return entries;
  }

  private static String email(String status) {
    if (status == null) {
      return "站内消息";
    }
    return switch (status) {
      case "SENT" -> "站内消息，邮件已发送";
      case "FAILED" -> "站内消息，邮件发送失败";
      case "NO_ADDRESS" -> "站内消息，无邮箱地址";
      default -> "站内消息";
    };
  }
}
