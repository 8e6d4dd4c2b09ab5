package cn.gov.pujiang.decision.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Elements;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The deadline-watch process against a controlled engine clock, driven job by job: a publication task
 * created just before National Day 2026 (20 working days: due Mon 2026-11-02, reminder Thu 2026-10-29),
 * its reminder to the office, its escalation to the leadership once overdue, each exactly once, and
 * the e-mail as received by an SMTP server (GreenMail) running in the test.
 */
@AutoConfigureMockMvc
class DeadlineWatchProcessTest extends ProcessTestSupport {

  private static final String UNIT = "tanxi";
  private static final LocalDateTime TASK_CREATED = LocalDateTime.of(2026, 9, 29, 9, 0);
  private static final LocalDateTime DUE = LocalDateTime.of(2026, 11, 2, 17, 30);
  private static final LocalDateTime FOLLOW_UP = LocalDateTime.of(2026, 10, 29, 8, 30);

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("decision.notification.mail.enabled", () -> "true");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
  }

  @Autowired private NotificationRepository notifications;
  @Autowired private InboxMessageRepository inbox;
  @Autowired private Notifier notifier;
  @Autowired private MockMvc mvc;

  @BeforeEach
  void organisation() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    user("tanxi.officer", "tanxi.officer@example.gov.cn", UNIT + "-office");
    user("tanxi.archivist", null, UNIT + "-office");
    user("tanxi.mayor", "tanxi.mayor@example.gov.cn", UNIT + "-leadership");
  }

  @Test
  void publicationTaskIsDueTwentyWorkingDaysLaterCountingNationalDayAndTheMakeUpSaturday() {
    ProcessInstance pi = startPublication();

    Task task = task(pi);
    assertThat(task.getDueDate()).isEqualTo(shanghai(DUE));
    assertThat(task.getFollowUpDate()).isEqualTo(shanghai(FOLLOW_UP));
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).orderByDueDate().asc().list())
        .as("sortable by due date in Tasklist").hasSize(1);
  }

  @Test
  void remindsTheCandidatesOnceWhenTheFollowUpDateComesByInboxAndEmail() throws Exception {
    ProcessInstance pi = startPublication();
    String taskId = task(pi).getId();

    setClock(FOLLOW_UP.minusMinutes(1));
    runWatch();
    assertThat(notifications.existsByTaskIdAndKindAndOccasion(taskId, NotificationKind.REMINDER, "")).isFalse();

    setClock(FOLLOW_UP.plusMinutes(5));
    runWatch();
    runWatch();

    assertThat(notifications.findByTaskIdOrderByCreatedAt(taskId)).singleElement().satisfies(n -> {
      assertThat(n.getKind()).isEqualTo(NotificationKind.REMINDER);
      assertThat(n.getDecisionNo()).isEqualTo(pi.getBusinessKey());
      assertThat(n.getCreatedAt().toInstant()).isEqualTo(shanghai(FOLLOW_UP.plusMinutes(5)).toInstant());
    });
    List<InboxMessage> messages = inbox.findByNotificationTaskIdOrderByRecipient(taskId);
    assertThat(messages).extracting(InboxMessage::getRecipient)
        .contains("tanxi.officer", "tanxi.archivist").doesNotContain("tanxi.mayor");
    assertThat(messages).filteredOn(m -> m.getRecipient().equals("tanxi.archivist"))
        .singleElement().extracting(InboxMessage::getEmailStatus).isEqualTo(EmailStatus.NO_ADDRESS);
    assertThat(messages).filteredOn(m -> m.getRecipient().equals("tanxi.officer"))
        .singleElement().extracting(InboxMessage::getEmailStatus).isEqualTo(EmailStatus.SENT);

    MimeMessage[] received = mailTo("tanxi.officer@example.gov.cn", pi.getBusinessKey());
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("期限提醒：公布决策");
    assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
    assertThat(received[0].getFrom()[0].toString()).isEqualTo("noreply@pujiang.gov.cn");
    assertThat(mailTo("tanxi.mayor@example.gov.cn", pi.getBusinessKey())).isEmpty();
  }

  @Test
  void flagsTheOverdueTaskAndEscalatesToTheUnitLeadershipOnce() throws Exception {
    ProcessInstance pi = startPublication();
    String taskId = task(pi).getId();

    setClock(DUE.plusMinutes(10));
    runWatch();
    runWatch();

    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(taskService.getVariableLocal(taskId, DeadlineWatchProcess.Vars.OVERDUE)).isEqualTo(true);
    assertThat(task.getPriority()).isEqualTo(DeadlineWatch.OVERDUE_PRIORITY);
    assertThat(notifications.findByTaskIdOrderByCreatedAt(taskId)).singleElement()
        .extracting(Notification::getKind).isEqualTo(NotificationKind.ESCALATION);
    assertThat(inbox.findByNotificationTaskIdOrderByRecipient(taskId)).extracting(InboxMessage::getRecipient)
        .contains("tanxi.mayor", "tanxi.officer");

    MimeMessage[] toMayor = mailTo("tanxi.mayor@example.gov.cn", pi.getBusinessKey());
    assertThat(toMayor).hasSize(1);
    assertThat(toMayor[0].getSubject()).isEqualTo("逾期督办：公布决策");
    assertThat(GreenMailUtil.getBody(toMayor[0])).isNotBlank();
    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_DECISION);
  }

  @Test
  void aCompletedTaskIsNeitherRemindedNorEscalated() {
    ProcessInstance pi = startPublication();
    String taskId = task(pi).getId();
    runtimeService.deleteProcessInstance(pi.getId(), "test: withdrawn");

    setClock(DUE.plusDays(3));
    runWatch();

    assertThat(notifications.findByTaskIdOrderByCreatedAt(taskId)).isEmpty();
  }

  @Test
  void theUniqueKeyRefusesASecondNotificationOfTheSameTaskAndKind() {
    Notice notice = new Notice("test-task-unique", NotificationKind.REMINDER, "测试任务", null, null, null, null,
        UNIT, null, "期限提醒：测试任务", "测试", java.util.Set.of("tanxi.officer"));
    assertThat(notifier.notifyOnce(notice)).isTrue();
    assertThat(notifier.notifyOnce(notice)).isFalse();

    // As a second node would, having checked before the first committed: the database refuses it.
    assertThatThrownBy(() -> notifications.saveAndFlush(new Notification(notice, clockNow())))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void theInboxShowsTheSignedInUsersOwnMessagesInChinese() throws Exception {
    ProcessInstance pi = startPublication();
    setClock(DUE.plusMinutes(10));
    runWatch();
    String taskId = task(pi).getId();
    InboxMessage mayors = inbox.findByNotificationTaskIdOrderByRecipient(taskId).stream()
        .filter(m -> m.getRecipient().equals("tanxi.mayor")).findFirst().orElseThrow();

    mvc.perform(get("/api/inbox").param("unread", "true").with(SecurityMockMvcRequestPostProcessors.user("tanxi.mayor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.taskId == '" + taskId + "')].kindLabel").value("逾期督办"))
        .andExpect(jsonPath("$[?(@.taskId == '" + taskId + "')].title").value("逾期督办：公布决策"));

    mvc.perform(post("/api/inbox/" + mayors.getId() + "/read").with(SecurityMockMvcRequestPostProcessors.user("tanxi.officer")).with(csrf()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("消息不存在：" + mayors.getId()));
    mvc.perform(post("/api/inbox/" + mayors.getId() + "/read").with(SecurityMockMvcRequestPostProcessors.user("tanxi.mayor")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.readAt").isNotEmpty());
    mvc.perform(get("/api/inbox").param("unread", "true").with(SecurityMockMvcRequestPostProcessors.user("tanxi.mayor")))
        .andExpect(jsonPath("$[?(@.taskId == '" + taskId + "')]").isEmpty());

    mvc.perform(get("/api/inbox").param("limit", "0").with(SecurityMockMvcRequestPostProcessors.user("tanxi.mayor")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("limit"));
    mvc.perform(get("/api/inbox"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.message").value("请先登录"));
  }

  @Test
  void eachRunStartsAShortInstanceThatNotifiesAndEnds() {
    setClock(TASK_CREATED);
    List<String> before = watchRuns();

    runWatch();

    List<String> runs = new java.util.ArrayList<>(watchRuns());
    runs.removeAll(before);
    assertThat(runs).hasSize(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(runs.get(0)).finished().count())
        .isOne();
    List<String> passed = historyService.createHistoricActivityInstanceQuery().processInstanceId(runs.get(0))
        .orderPartiallyByOccurrence().asc().list().stream()
        .map(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityId).toList();
    assertThat(passed).containsExactly(DeadlineWatchProcess.Elements.START_WATCH_CYCLE,
        DeadlineWatchProcess.Elements.TASK_NOTIFY_DEADLINES, DeadlineWatchProcess.Elements.END_DEADLINES_CHECKED);
    assertThat(managementService.createJobQuery().processDefinitionKey(DeadlineWatchProcess.KEY).timers().count())
        .as("the next cycle is scheduled").isOne();
  }

  private List<String> watchRuns() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DeadlineWatchProcess.KEY).list()
        .stream().map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toList();
  }

  /** Fires the watch's timer as the job executor would, then runs the watch instance it started. */
  private void runWatch() {
    Job timer = managementService.createJobQuery().processDefinitionKey(DeadlineWatchProcess.KEY).timers().singleResult();
    assertThat(timer).as("the watch cycle timer").isNotNull();
    managementService.executeJob(timer.getId());
    for (Job job : managementService.createJobQuery().processDefinitionKey(DeadlineWatchProcess.KEY).messages().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private ProcessInstance startPublication() {
    setClock(TASK_CREATED);
    Map<String, Object> vars = new HashMap<>();
    vars.put(DecisionPublicationProcess.Vars.NON_PUBLIC, false);
    vars.put(DecisionPublicationProcess.Vars.PUBLIC_CONCERN_HIGH, false);
    vars.put(DecisionPublicationProcess.Vars.SPECIALISED_TECHNICAL, false);
    vars.put(DecisionPublicationProcess.Vars.PUBLIC_PARTICIPATION_PLANNED, true);
    vars.put(DecisionPublicationProcess.Vars.EXPERT_ARGUMENTATION_PLANNED, false);
    ProcessInstance pi = startStage(DecisionPublicationProcess.KEY, UNIT, vars);
    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_DECISION);
    return pi;
  }

  /** Mail received for one decision: the body names the decision number (other tests' tasks share the database). */
  private MimeMessage[] mailTo(String address, String decisionNo) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))
            && m.getContent().toString().contains(decisionNo);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toArray(MimeMessage[]::new);
  }

  private void user(String id, String email, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("测试");
      user.setLastName(id);
      user.setEmail(email);
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  private static java.time.OffsetDateTime clockNow() {
    return java.time.OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
  }

  private static Date shanghai(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
