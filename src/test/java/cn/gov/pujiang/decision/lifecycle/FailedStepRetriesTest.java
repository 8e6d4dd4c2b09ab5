package cn.gov.pujiang.decision.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.calendar.CalendarProperties;
import cn.gov.pujiang.decision.calendar.ChineseWorkingDayCalendar;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import java.nio.file.Files;
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
 * A failing asynchronous step (issue 8 item 5): the decision publication stage starts in a job once
 * the meeting's decision has been reported; in mid-December its 20-working-day limit reaches into a
 * year whose holiday notice is not loaded yet. The job is retried after 1 min, 10 min and 1 h, then
 * becomes an incident whose message tells the administrator in Chinese what to do; once the year is
 * loaded and the job retried, the decision goes on to publication. Nobody's work is rolled back.
 */
class FailedStepRetriesTest extends ProcessTestSupport {

  private static final String PUBLICATION_START = "CallActivity_Publication";

  @Autowired FormService formService;
  @Autowired ChineseWorkingDayCalendar calendar;
  @Autowired CalendarProperties calendarProperties;
  @TempDir Path calendarDirectory;

  String directoryBefore;

  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }

  @BeforeEach
  void createDriver() {
    directoryBefore = calendarProperties.getDirectory();
  }

  @AfterEach
  void restoreCalendar() {
    calendarProperties.setDirectory(directoryBefore);
    calendar.reload();
  }

  @Test
  void publicationThatCannotComputeItsLimitIsRetriedWithBackOffThenAnIncidentThatLoadingTheYearResolves()
      throws Exception {
    String no = adoptedDecisionAwaitingItsPartyCommitteeReport();
    setClock(LocalDateTime.of(2026, 12, 14, 9, 0));
    stages.as(TOWN + ".secretary");
    formService.submitTaskForm(driver.task(no, "Task_ReportToPartyCommittee").getId(), LifecycleDriver.vars(
        "partyCommitteeReportedOn", Stages.today(), "partyCommitteeReply", "党委同意出台",
        "partyCommitteeResponse", "AGREED"));
    identityService.clearAuthentication();

    List<Duration> waits = new ArrayList<>();
    int attempts = 0;
    while (publicationJob(no).getRetries() > 0) {
      attempts++;
      long failedAt = ClockUtil.getCurrentTime().getTime();
      String jobId = publicationJob(no).getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("没有2027年的节假日安排");
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
    assertThat(incident.getIncidentMessage())
        .as("Cockpit shows this message for the incident")
        .contains("工作日历中没有2027年的节假日安排").contains("载入2027年日历文件");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
        .taskDefinitionKey("Task_ReportToPartyCommittee").finished().count())
        .as("the secretary's report stays done").isEqualTo(1);
    assertThat(driver.openTaskKeys(no)).isEmpty();

    loadYear2027();
    managementService.setJobRetries(exhausted.getId(), 1);
    managementService.executeJob(exhausted.getId());

    assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).count()).isZero();
    assertThat(driver.openTaskKeys(no)).containsExactly("Task_PublishDecision");
    stages.publish(no);
    stages.executeToCompletion(no);
    stages.confirmArchive(no);
    assertThat(decisionRegister.get(no).getStatus().name()).isEqualTo("ARCHIVED");
  }

  private String adoptedDecisionAwaitingItsPartyCommitteeReport() {
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.publicParticipationByOpenComment(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
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

  /** What the administrator does (docs/time-limits.md): a calendar file for the year, then a reload. */
  private void loadYear2027() throws Exception {
    // A test fixture for the year, not the State Council's real notice.
    Files.writeString(calendarDirectory.resolve("2027.yaml"), """
        year: 2027
        notice: { title: 测试用通知, number: 测试〔2026〕1号, issued: "2026-11-01" }
        holidays:
          - { from: "2027-01-01", to: "2027-01-03", name: 元旦, basis: 测试〔2026〕1号 一 }
        workdays: []
        """);
    calendarProperties.setDirectory(calendarDirectory.toString());
    calendar.reload();
  }
}
