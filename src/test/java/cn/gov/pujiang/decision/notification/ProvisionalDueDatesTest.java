package cn.gov.pujiang.decision.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.calendar.CalendarFileException;
import cn.gov.pujiang.decision.calendar.CalendarUploads;
import cn.gov.pujiang.decision.calendar.ChineseWorkingDayCalendar;
import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.engine.DueDateVariables;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.review.LegalityReviewProcess;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Provisional deadlines on the default database (H2): in December 2026 with only 2025 and 2026 loaded, due dates
 * that reach 2027 are provisional instead of failing the step; loading 2027 recomputes them with a
 * trail entry and an inbox message; a malformed file changes nothing; the administrators are warned
 * once a day from 1 November; a statutory due date cannot be cleared. The 2027 file used here is
 * test data (New Year on Fri 1 - Sun 3 January), not the State Council's notice.
 */
class ProvisionalDueDatesTest extends ProcessTestSupport {

  static final String TEST_2027 = """
      # Test data only: not the State Council's 2027 notice.
      year: 2027
      notice: { title: 测试用2027年节假日安排, number: 测试〔2026〕1号, issued: "2026-12-08" }
      holidays:
        - { from: "2027-01-01", to: "2027-01-03", name: 元旦, basis: 测试〔2026〕1号 一 }
      workdays: []
      """;

  private static final String OFFICER = "cal16.officer";
  private static final String ADMIN = "cal16.admin";

  @Autowired private CalendarUploads uploads;
  @Autowired private ChineseWorkingDayCalendar calendar;
  @Autowired private StageRecords stageRecords;
  @Autowired private InboxMessageRepository inbox;
  @Autowired private CalendarWarning calendarWarning;
  @Autowired private cn.gov.pujiang.decision.calendar.CalendarStatus calendarStatus;
  @Autowired private JdbcTemplate jdbc;

  @BeforeEach
  void people() {
    user(OFFICER, TOWN + "-office");
    user(ADMIN, Groups.ADMINS);
  }

  private final List<String> started = new java.util.ArrayList<>();

  @AfterEach
  void unloadTheTestYearAndRemoveTheInstances() {
    jdbc.update("delete from md_calendar_year where year_no = 2027");
    calendar.reload();
    // Other test classes of the shared context query timers by activity id alone.
    for (String id : started) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtimeService.deleteProcessInstance(id, "test finished");
      }
    }
  }

  @Test
  void publicationWindowIntoAnUnloadedYearReachesItsTaskWithAProvisionalDueDate() {
    ProcessInstance pi = publicationFormedOn(LocalDateTime.of(2026, 12, 7, 10, 0));

    // Dec 8-31: 18 working days; 2027 unloaded, Monday to Friday: Fri 01-01 (19), Mon 01-04 (20).
    Task task = task(pi);
    assertThat(task.getDueDate()).isEqualTo(shanghai(2027, 1, 4, 17, 30));
    assertThat(timer(pi).getDuedate()).isEqualTo(shanghai(2027, 1, 4, 17, 30));
    assertThat(taskService.getVariableLocal(task.getId(), DueDateVariables.DUE_DATE_PROVISIONAL)).isEqualTo(true);
    assertThat(taskService.getVariableLocal(task.getId(), DueDateVariables.DUE_DATE_TEXT))
        .isEqualTo("2027-01-04（剩余 20 个工作日；暂定：未载入2027年节假日安排）");
    assertThat(task.getDescription()).contains("【期限暂定】未载入2027年节假日安排");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void loadingTheYearRecomputesTheDueDateAndTheTimerWritesTheTrailAndTellsTheOffice() {
    ProcessInstance pi = publicationFormedOn(LocalDateTime.of(2026, 12, 7, 10, 0));
    setClock(LocalDateTime.of(2026, 12, 9, 15, 0));

    CalendarUploads.Loaded loaded = uploads.load(TEST_2027, ADMIN);

    // With 1 January a holiday: Mon 01-04 (19), Tue 01-05 (20).
    assertThat(loaded.datesRecomputed()).isGreaterThanOrEqualTo(2);
    Task task = task(pi);
    assertThat(task.getDueDate()).isEqualTo(shanghai(2027, 1, 5, 17, 30));
    assertThat(timer(pi).getDuedate()).isEqualTo(shanghai(2027, 1, 5, 17, 30));
    // The reminder two working days before is Thu 12-31 either way, so it is left as it was.
    assertThat(task.getFollowUpDate()).isEqualTo(shanghai(2026, 12, 31, 8, 30));
    assertThat(taskService.getVariableLocal(task.getId(), DueDateVariables.DUE_DATE_PROVISIONAL)).isEqualTo(false);
    assertThat(taskService.getVariableLocal(task.getId(), DueDateVariables.DUE_DATE_TEXT))
        .isEqualTo("2027-01-05（剩余 18 个工作日）");
    assertThat(task.getDescription()).doesNotContain("期限暂定");

    List<StageRecord> trail = stageRecords.events(pi.getBusinessKey(), ProvisionalDueDates.EVENT);
    assertThat(trail).hasSize(2).allSatisfy(e -> {
      assertThat(e.getSummary()).contains("2027-01-04 17:30（暂定）", "2027-01-05 17:30", "载入2027年节假日安排");
      assertThat(e.getActor()).isEqualTo(ADMIN);
    });
    assertThat(trail).extracting(StageRecord::getSummary)
        .anySatisfy(s -> assertThat(s).contains("任务“公布决策”的办理期限"))
        .anySatisfy(s -> assertThat(s).contains("期限届满定时器"));
    assertThat(inbox.findByNotificationTaskIdOrderByRecipient(task.getId() + ":2027-01-05"))
        .extracting(InboxMessage::getRecipient).contains(OFFICER);
    assertThat(jdbc.queryForObject("select count(*) from md_provisional_date where process_instance_id = ?",
        Integer.class, pi.getId())).isZero();

    // Loading again changes nothing and tells nobody twice.
    assertThat(uploads.load(TEST_2027, ADMIN).datesRecomputed()).isZero();
    assertThat(stageRecords.events(pi.getBusinessKey(), ProvisionalDueDates.EVENT)).hasSize(2);
  }

  @Test
  void aYearLoadedOnTheOtherNodeIsRecomputedByTheNextDeadlineWatchRun() {
    ProcessInstance pi = publicationFormedOn(LocalDateTime.of(2026, 12, 7, 10, 0));
    // As the other node stores an upload: the row only, this node's calendar does not know it yet.
    jdbc.update("insert into md_calendar_year (year_no, content, file_name, loaded_by, loaded_at)"
        + " values (2027, ?, '2027.yaml', 'admin', current_timestamp)", TEST_2027);
    calendar.refreshUploaded();

    runWatch();

    assertThat(task(pi).getDueDate()).isEqualTo(shanghai(2027, 1, 5, 17, 30));
    assertThat(timer(pi).getDuedate()).isEqualTo(shanghai(2027, 1, 5, 17, 30));
    assertThat(stageRecords.events(pi.getBusinessKey(), ProvisionalDueDates.EVENT))
        .allSatisfy(e -> assertThat(e.getActor()).isEqualTo("system")).hasSize(2);
  }

  @Test
  void legalityReviewStartedOnChristmasEveGetsAProvisionalDueDate() {
    setClock(LocalDateTime.of(2026, 12, 24, 9, 0));
    ProcessInstance pi = startStage(LegalityReviewProcess.KEY, TOWN,
        Map.of(LegalityReviewProcess.Vars.DRAFTED_BY, "cal16.drafter"));
    started.add(pi.getId());
    execute(job(pi));
    complete(task(pi), withVariables(LegalityReviewProcess.Vars.SUBMISSION_COMPLETE,
        LegalityReviewProcess.Values.COMPLETE));
    complete(task(pi), withVariables(LegalityReviewProcess.Vars.LEGAL_ADVISER_OPINION, "同意"));
    assertThat(pi).isWaitingAt(LegalityReviewProcess.Elements.TASK_ISSUE_LEGALITY_OPINION);

    // Fri 25 (1), Mon 28 - Thu 31 (5), 2027 Monday to Friday: Fri 01-01 (6), Mon 01-04 (7).
    Task task = task(pi);
    assertThat(task.getDueDate()).isEqualTo(shanghai(2027, 1, 4, 17, 30));
    assertThat(taskService.getVariableLocal(task.getId(), DueDateVariables.DUE_DATE_TEXT).toString())
        .endsWith("；暂定：未载入2027年节假日安排）");

    uploads.load(TEST_2027, ADMIN);
    // 1 January is a holiday in the test file: Mon 01-04 (6), Tue 01-05 (7).
    assertThat(task(pi).getDueDate()).isEqualTo(shanghai(2027, 1, 5, 17, 30));
    assertThat(stageRecords.events(pi.getBusinessKey(), ProvisionalDueDates.EVENT)).isNotEmpty();
  }

  @Test
  void aMalformedYearFileIsRefusedNamingTheLineAndNothingChanges() {
    ProcessInstance pi = publicationFormedOn(LocalDateTime.of(2026, 12, 7, 10, 0));
    String malformed = """
        year: 2027
        notice: { title: 测试用2027年节假日安排, number: 测试〔2026〕1号, issued: "2026-12-08" }
        holidays:
          - { from: "2027-01-01", to: "2027-01-03", name: 元旦, basis: 测试 一 }
          - { from: "2026-12-31", name: 跨年, basis: 测试 二 }
        """;

    assertThatThrownBy(() -> uploads.load(malformed, ADMIN))
        .isInstanceOf(CalendarFileException.class)
        .hasMessage("日历文件第 5 行：日期 2026-12-31 不在 2027 年内");

    assertThat(calendar.isLoaded(2027)).isFalse();
    assertThat(jdbc.queryForObject("select count(*) from md_calendar_year", Integer.class)).isZero();
    assertThat(task(pi).getDueDate()).isEqualTo(shanghai(2027, 1, 4, 17, 30));
  }

  @Test
  void theAdministratorsAreWarnedOnceADayFromNovemberUntilTheYearIsLoaded() {
    setClock(LocalDateTime.of(2026, 10, 31, 9, 0));
    assertThat(calendarStatus.missingYear()).as("before 1 November").isEmpty();
    assertThat(calendarWarning.warnOncePerDay()).isFalse();

    // Days no other test of the suite runs deadline-watch on (the key is per day, shared by the suite's database).
    setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    assertThat(calendarWarning.warnOncePerDay()).isTrue();
    setClock(LocalDateTime.of(2026, 11, 23, 16, 0));
    assertThat(calendarWarning.warnOncePerDay()).as("once a day").isFalse();
    assertThat(inbox.findByNotificationTaskIdOrderByRecipient("calendar:2027:2026-11-23"))
        .extracting(InboxMessage::getRecipient).containsOnlyOnce(ADMIN).doesNotContain(OFFICER);

    setClock(LocalDateTime.of(2026, 11, 24, 9, 0));
    assertThat(calendarWarning.warnOncePerDay()).as("the next day again").isTrue();
    assertThat(inbox.findByNotificationTaskIdOrderByRecipient("calendar:2027:2026-11-24"))
        .extracting(InboxMessage::getRecipient).containsOnlyOnce(ADMIN);

    assertThat(calendarStatus.missingYear()).contains(2027);
    uploads.load(TEST_2027, ADMIN);
    assertThat(calendarStatus.missingYear()).isEmpty();
    setClock(LocalDateTime.of(2026, 11, 25, 9, 0));
    assertThat(calendarWarning.warnOncePerDay()).as("not after loading").isFalse();
    assertThat(inbox.findByNotificationTaskIdOrderByRecipient("calendar:2027:2026-11-25")).isEmpty();
  }

  @Test
  void clearingTheDueDateOfAStatutoryTaskIsRefusedInChinese() {
    ProcessInstance pi = publicationFormedOn(LocalDateTime.of(2026, 3, 2, 10, 0));
    Task task = task(pi);
    Date due = task.getDueDate();

    task.setDueDate(null);
    assertThatThrownBy(() -> taskService.saveTask(task))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessage("该任务的办理期限由法规规定，不能清除到期日。如需调整期限，请联系系统管理员，并在决策过程记录中说明理由。");

    assertThat(task(pi).getDueDate()).isEqualTo(due);
  }

  private ProcessInstance publicationFormedOn(LocalDateTime formed) {
    setClock(formed);
    Map<String, Object> vars = new HashMap<>();
    vars.put(DecisionPublicationProcess.Vars.NON_PUBLIC, false);
    vars.put(DecisionPublicationProcess.Vars.PUBLIC_CONCERN_HIGH, false);
    vars.put(DecisionPublicationProcess.Vars.SPECIALISED_TECHNICAL, false);
    vars.put(DecisionPublicationProcess.Vars.PUBLIC_PARTICIPATION_PLANNED, true);
    vars.put(DecisionPublicationProcess.Vars.EXPERT_ARGUMENTATION_PLANNED, false);
    ProcessInstance pi = startStage(DecisionPublicationProcess.KEY, TOWN, vars);
    started.add(pi.getId());
    for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
      managementService.executeJob(job.getId());
    }
    assertThat(pi).isWaitingAt(DecisionPublicationProcess.Elements.TASK_PUBLISH_DECISION);
    return pi;
  }

  /** Fires deadline-watch's timer as the job executor would, then runs the instance it started. */
  private void runWatch() {
    Job cycle = managementService.createJobQuery().processDefinitionKey(DeadlineWatchProcess.KEY).timers().singleResult();
    managementService.executeJob(cycle.getId());
    for (Job job : managementService.createJobQuery().processDefinitionKey(DeadlineWatchProcess.KEY).messages().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private Job timer(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  private void user(String id, String group) {
    if (identityService.createGroupQuery().groupId(group).count() == 0) {
      identityService.saveGroup(identityService.newGroup(group));
    }
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("测试");
      user.setLastName(id);
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  private static Date shanghai(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
