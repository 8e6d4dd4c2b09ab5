package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.audit.AuditTimeline.Timeline;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and escalations in the timeline, on {@link AuditFixture} plus notifications written by
 * hand for H2's publication task (due 2019-04-01 17:00, done 04-05): a reminder on 03-31 to
 * huaqiao.secretary (e-mail sent) and an escalation on 04-02 to huaqiao.secretary and huaqiao.head
 * (no e-mail address). A notification of another decision must stay out.
 */
@Transactional
class AuditNotificationTest extends ProcessTestSupport {

  @Autowired DataSource dataSource;
  @Autowired DecisionFacts facts;
  @Autowired AuditTimeline timelines;

  JdbcTemplate jdbc;

  @BeforeEach
  void insertFixture() {
    jdbc = new JdbcTemplate(dataSource);
    new AuditFixture(jdbc, facts).insert();
    long reminder = notification("t-h2-pub", "REMINDER", "huaqiao-2019-900002", AuditFixture.odt(3, 31, 9));
    inbox(reminder, "huaqiao.secretary", "SENT", AuditFixture.odt(3, 31, 9));
    long escalation = notification("t-h2-pub", "ESCALATION", "huaqiao-2019-900002", AuditFixture.odt(4, 2, 9));
    inbox(escalation, "huaqiao.secretary", "NO_ADDRESS", AuditFixture.odt(4, 2, 9));
    inbox(escalation, "huaqiao.head", "NO_ADDRESS", AuditFixture.odt(4, 2, 9));
    notification("t-other", "REMINDER", "qianwu-2019-900004", AuditFixture.odt(4, 3, 9));
  }

  private long notification(String task, String kind, String decisionNo, OffsetDateTime at) {
    jdbc.update("insert into md_notification (task_id, kind, task_name, task_definition_key, process_instance_id,"
            + " decision_no, decision_title, decision_unit, due_date, created_at)"
            + " values (?, ?, '公布决策', 'Task_PublishDecision', 'pi-h2-pub', ?, '标题', 'huaqiao', ?, ?)",
        task, kind, decisionNo, AuditFixture.odt(4, 1, 17), at);
    return jdbc.queryForObject("select id from md_notification where task_id = ? and kind = ?", Long.class, task, kind);
  }

  private void inbox(long notification, String recipient, String email, OffsetDateTime at) {
    jdbc.update("insert into md_inbox_message (notification_id, recipient, title, body, created_at, email_status)"
        + " values (?, ?, '提醒', '请按期办理', ?, ?)", notification, recipient, at, email);
  }

  @Test
  void timelineShowsWhoWasRemindedAndEscalatedForWhichTaskAndWhen() {
    Timeline t = timelines.timeline("huaqiao-2019-900002");
    List<TimelineEntry> notices = t.entries().stream().filter(e -> "NOTICE".equals(e.kind())).toList();
    assertThat(notices).extracting(TimelineEntry::title, TimelineEntry::marker)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("期限提醒：公布决策", "REMINDER"),
            org.assertj.core.groups.Tuple.tuple("逾期督办：公布决策", "ESCALATION"));
    assertThat(notices.get(0).time().toInstant()).isEqualTo(AuditFixture.odt(3, 31, 9).toInstant());
    assertThat(notices.get(0).detail()).isEqualTo("办理期限2019-04-01 17:00；通知：huaqiao.secretary（站内消息，邮件已发送）");
    assertThat(notices.get(1).detail()).contains("huaqiao.head（站内消息，无邮箱地址）", "huaqiao.secretary（站内消息，无邮箱地址）");

    assertThat(timelines.timeline("qianwu-2019-900004").entries()).filteredOn(e -> "NOTICE".equals(e.kind()))
        .extracting(TimelineEntry::detail).containsExactly("办理期限2019-04-01 17:00；无接收人");
    assertThat(timelines.timeline("huaqiao-2019-900001").entries()).noneMatch(e -> "NOTICE".equals(e.kind()));
  }
}
