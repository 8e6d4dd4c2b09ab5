package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.notification.DeadlineWatch;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Escalation of an overdue task on PostgreSQL, read back with plain SQL as an auditor would, and the
 * unique key that keeps a second node from notifying the same task twice.
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class DeadlineNotificationIT extends ProcessTestSupport {

  @Autowired DataSource dataSource;
  @Autowired DeadlineWatch deadlineWatch;

  @Test
  void escalatesAnOverdueTaskOnceAndRecordsWhoWasToldWhen() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    user("zhongyu.head.it", "zhongyu-leadership");
    setClock(LocalDateTime.of(2026, 9, 29, 9, 0));
    Map<String, Object> vars = new HashMap<>();
    vars.put(DecisionPublicationProcess.Vars.NON_PUBLIC, false);
    vars.put(DecisionPublicationProcess.Vars.PUBLIC_CONCERN_HIGH, false);
    vars.put(DecisionPublicationProcess.Vars.SPECIALISED_TECHNICAL, false);
    vars.put(DecisionPublicationProcess.Vars.PUBLIC_PARTICIPATION_PLANNED, true);
    vars.put(DecisionPublicationProcess.Vars.EXPERT_ARGUMENTATION_PLANNED, false);
    ProcessInstance pi = startStage(DecisionPublicationProcess.KEY, "zhongyu", vars);
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();

    setClock(LocalDateTime.of(2026, 11, 3, 9, 0));
    deadlineWatch.check();
    deadlineWatch.check();

    List<Map<String, Object>> rows = jdbc.queryForList(
        "select n.kind, n.decision_no, m.recipient, m.email_status, n.created_at "
            + "from md_notification n join md_inbox_message m on m.notification_id = n.id where n.task_id = ?",
        task.getId());
    assertThat(rows).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("kind")).isEqualTo("ESCALATION");
      assertThat(r.get("decision_no")).isEqualTo(pi.getBusinessKey());
      assertThat(r.get("email_status")).isEqualTo("DISABLED");
    });
    assertThat(rows).extracting(r -> r.get("recipient")).containsOnlyOnce("zhongyu.head.it");

    assertThatThrownBy(() -> jdbc.update(
        "insert into md_notification (task_id, kind, task_name, created_at) values (?, 'ESCALATION', 'x', now())",
        task.getId()))
        .isInstanceOf(DuplicateKeyException.class);
  }

  private void user(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("测试");
      user.setLastName(id);
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }
}
