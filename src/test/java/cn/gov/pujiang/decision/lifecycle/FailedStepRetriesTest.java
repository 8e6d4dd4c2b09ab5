package cn.gov.pujiang.decision.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.calendar.CalendarProperties;
import cn.gov.pujiang.decision.calendar.CalendarUploads;
import cn.gov.pujiang.decision.calendar.ChineseWorkingDayCalendar;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.engine.DueDateVariables;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import java.time.ZoneId;
import java.util.Date;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The decision publication stage starts in a job once the meeting's decision has been reported.
 *
 * <p>Provisional deadlines: in mid-December its 20-working-day limit reaches into 2027, whose holiday notice is not
 * loaded. The job no longer fails: the publication task is created with a provisional due date
 * (Monday to Friday, 暂定), and loading the year recomputes it; the decision goes on to the archive.
 *
 * <p>The throughput and cluster work: a step that does fail (here: a publication limit misconfigured as 0 working days)
 * is retried after 1 min, 10 min and 1 h, then becomes an incident whose message tells the administrator
 * in Chinese what to check; once the cause is removed and the job retried, the decision goes on. Nobody's
 * work is rolled back.
 */
class FailedStepRetriesTest extends ProcessTestSupport {

  private static final String PUBLICATION_START = "CallActivity_Publication";

  @Autowired FormService formService;
  @Autowired ChineseWorkingDayCalendar calendar;
  @Autowired CalendarProperties calendarProperties;
  @Autowired CalendarUploads uploads;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired cn.gov.pujiang.decision.engine.ProcedureRules rules;
  @TempDir Path calendarDirectory;

  String directoryBefore;
  int publicationWorkingDaysBefore;

  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }

  @BeforeEach
  void createDriver() {
    directoryBefore = calendarProperties.getDirectory();
    publicationWorkingDaysBefore = rules.getPublicationWorkingDays();
  }

  @AfterEach
  void restoreCalendar() {
    calendarProperties.setDirectory(directoryBefore);
    jdbc.update("delete from md_calendar_year where year_no = 2027");
    calendar.reload();
    rules.setPublicationWorkingDays(publicationWorkingDaysBefore);
  }

  @Test
  void publicationWhoseWindowReachesAnUnloadedYearReachesItsTaskProvisionallyAndLoadingTheYearRecomputesIt() {
    String no = adoptedDecisionAwaitingItsPartyCommitteeReport(LocalDateTime.of(2026, 12, 1, 9, 0));
    reportToPartyCommitteeOn(LocalDateTime.of(2026, 12, 16, 9, 0), no);

    TestUsers.asEngine(identityService, () -> {
      managementService.executeJob(publicationJob(no).getId());
      return null;
    });

    assertThat(driver.openTaskKeys(no)).containsExactly("Task_PublishDecision");
    String taskId = driver.task(no, "Task_PublishDecision").getId();
    // Counted from the decision date, the meeting of Tue 15 December (Art. 26 of the disclosure
    // regulation): Dec 16-31 are 12 working days; 2027 Monday to Friday: Jan 1 (13), 4-8 (18),
    // 11 (19), Tue 12 (20).
    assertThat(driver.task(no, "Task_PublishDecision").getDueDate()).isEqualTo(shanghai(2027, 1, 12));
    TestUsers.asEngine(identityService, () -> {
      assertThat(taskService.getVariableLocal(taskId, DueDateVariables.DUE_DATE_TEXT).toString())
          .contains("暂定：未载入2027年节假日安排");
      assertThat(runtimeService.createIncidentQuery().count()).as("no incident").isZero();
      return null;
    });

    uploads.load("""
        # Test data only: not the State Council's 2027 notice.
        year: 2027
        notice: { title: 测试用通知, number: 测试〔2026〕1号, issued: "2026-11-01" }
        holidays:
          - { from: "2027-01-01", to: "2027-01-03", name: 元旦, basis: 测试〔2026〕1号 一 }
        """, "admin");

    // With 1 January a holiday: Tue 12 (19), Wed 13 (20).
    assertThat(driver.task(no, "Task_PublishDecision").getDueDate()).isEqualTo(shanghai(2027, 1, 13));
    stages.publish(no);
    stages.archiveDecisionRecords(no);
    stages.executeToCompletion(no);
    stages.confirmArchive(no);
    assertThat(decisionRegister.get(no).getStatus().name()).isEqualTo("ARCHIVED");
  }

  @Test
  void aFailingPublicationStartIsRetriedWithBackOffThenAnIncidentThatRetryingResolves() {
    String no = adoptedDecisionAwaitingItsPartyCommitteeReport();
    rules.setPublicationWorkingDays(0);
    reportToPartyCommitteeOn(LocalDateTime.of(2026, 6, 1, 9, 0), no);

    List<Duration> waits = new ArrayList<>();
    int attempts = 0;
    while (publicationJob(no).getRetries() > 0) {
      attempts++;
      long failedAt = ClockUtil.getCurrentTime().getTime();
      String jobId = publicationJob(no).getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("期限的工作日数应至少为1");
      Job retried = publicationJob(no);
      if (retried.getRetries() > 0) {
        waits.add(Duration.ofMillis(retried.getDuedate().getTime() - failedAt));
      }
    }
    assertThat(attempts).as("the first try and three retries").isEqualTo(4);
    assertThat(waits).as("back-off before each retry")
        .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(1));

    Job exhausted = publicationJob(no);
    assertThat(exhausted.getRetries()).isZero();
    Incident incident = runtimeService.createIncidentQuery().configuration(exhausted.getId())
        .processInstanceId(exhausted.getProcessInstanceId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(PUBLICATION_START);
    assertThat(incident.getIncidentMessage()).as("Cockpit shows this message for the incident")
        .contains("期限的工作日数应至少为1", "decision.rules");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
        .taskDefinitionKey("Task_ReportToPartyCommittee").finished().count())
        .as("the secretary's report stays done").isEqualTo(1);
    assertThat(driver.openTaskKeys(no)).isEmpty();

    rules.setPublicationWorkingDays(publicationWorkingDaysBefore);
    managementService.setJobRetries(exhausted.getId(), 1);
    managementService.executeJob(exhausted.getId());

    assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).count()).isZero();
    assertThat(driver.openTaskKeys(no)).containsExactly("Task_PublishDecision");
  }

  private void reportToPartyCommitteeOn(LocalDateTime when, String no) {
    setClock(when);
    stages.as(TOWN + ".secretary");
    formService.submitTaskForm(driver.task(no, "Task_ReportToPartyCommittee").getId(), LifecycleDriver.vars(
        "partyCommitteeReportedOn", Stages.today(), "partyCommitteeReply", "党委同意出台",
        "partyCommitteeResponse", "AGREED"));
    identityService.clearAuthentication();
  }

  private String adoptedDecisionAwaitingItsPartyCommitteeReport() {
    return adoptedDecisionAwaitingItsPartyCommitteeReport(null);
  }

  /** As above; the meeting is scheduled at {@code meetingScheduledAt} (held 14 days later) when given. */
  private String adoptedDecisionAwaitingItsPartyCommitteeReport(LocalDateTime meetingScheduledAt) {
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.publicParticipationByOpenComment(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    if (meetingScheduledAt != null) {
      setClock(meetingScheduledAt);
    }
    stages.meeting(no, "ADOPTED", 5, 2);
    return no;
  }

  private Job publicationJob(String no) {
    return TestUsers.asEngine(identityService, () -> {
      java.util.Set<String> definitions = managementService.createJobDefinitionQuery().activityIdIn(PUBLICATION_START)
          .list().stream().map(d -> d.getId()).collect(java.util.stream.Collectors.toSet());
      return driver.jobs(no).stream().filter(j -> definitions.contains(j.getJobDefinitionId())).findFirst()
          .orElseThrow(() -> new AssertionError("no job at " + PUBLICATION_START + " for " + no));
    });
  }

  private static Date shanghai(int year, int month, int day) {
    return Date.from(LocalDateTime.of(year, month, day, 17, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
