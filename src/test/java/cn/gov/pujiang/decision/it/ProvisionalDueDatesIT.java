package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.calendar.CalendarUploads;
import cn.gov.pujiang.decision.calendar.ChineseWorkingDayCalendar;
import cn.gov.pujiang.decision.notification.ProvisionalDueDates;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Provisional deadlines's load-and-recompute path on PostgreSQL, read back with plain SQL: the provisional date
 * row written in the engine's transaction, the uploaded year stored for both nodes, the recomputed
 * task and timer, the trail entry, and a year loaded "on the other node" (written to the table
 * directly) picked up by the deadline-watch sweep. The 2027 file is test data, not the notice.
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class ProvisionalDueDatesIT extends ProcessTestSupport {

  private static final String TEST_2027 = """
      # Test data only: not the State Council's 2027 notice.
      year: 2027
      notice: { title: 测试用2027年节假日安排, number: 测试〔2026〕1号, issued: "2026-12-08" }
      holidays:
        - { from: "2027-01-01", to: "2027-01-03", name: 元旦, basis: 测试〔2026〕1号 一 }
      """;

  @Autowired DataSource dataSource;
  @Autowired CalendarUploads uploads;
  @Autowired ChineseWorkingDayCalendar calendar;
  @Autowired ProvisionalDueDates provisionalDueDates;

  @AfterEach
  void unloadTheTestYear() {
    new JdbcTemplate(dataSource).update("delete from md_calendar_year where year_no = 2027");
    calendar.reload();
  }

  @Test
  void loadingTheYearRecomputesTheTaskAndTheTimerAndWritesTheTrail() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    ProcessInstance pi = publicationFormedOn(LocalDateTime.of(2026, 12, 7, 10, 0));
    assertThat(jdbc.queryForList("select kind, missing_years from md_provisional_date where process_instance_id = ?",
        pi.getId())).extracting(r -> r.get("kind") + "/" + r.get("missing_years"))
        .containsExactlyInAnyOrder("WORKING_DAYS/2027", "WORKING_DAYS/2027", "REMINDER/2027");

    setClock(LocalDateTime.of(2026, 12, 9, 15, 0));
    uploads.load(TEST_2027, "admin");

    assertThat(jdbc.queryForObject("select loaded_by from md_calendar_year where year_no = 2027", String.class))
        .isEqualTo("admin");
    assertThat(task(pi).getDueDate()).isEqualTo(shanghai(2027, 1, 5));
    assertThat(timer(pi).getDuedate()).isEqualTo(shanghai(2027, 1, 5));
    List<String> trail = jdbc.queryForList("select r.summary from md_stage_record r join md_decision d on d.id = r.decision_id"
        + " where d.decision_no = ? and r.event = ? order by r.id", String.class, pi.getBusinessKey(), ProvisionalDueDates.EVENT);
    assertThat(trail).hasSize(2).allSatisfy(s -> assertThat(s).contains("2027-01-04 17:30（暂定）", "2027-01-05 17:30"));
    assertThat(jdbc.queryForObject("select count(*) from md_provisional_date where process_instance_id = ?",
        Integer.class, pi.getId())).isZero();
  }

  @Test
  void aYearLoadedOnTheOtherNodeIsPickedUpByTheSweep() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    ProcessInstance pi = publicationFormedOn(LocalDateTime.of(2026, 12, 7, 10, 0));
    jdbc.update("insert into md_calendar_year (year_no, content, file_name, loaded_by, loaded_at) values (2027, ?, '2027.yaml', 'admin', now())",
        TEST_2027);

    calendar.refreshUploaded();
    provisionalDueDates.recomputeLoaded("system");

    assertThat(task(pi).getDueDate()).isEqualTo(shanghai(2027, 1, 5));
    assertThat(timer(pi).getDuedate()).isEqualTo(shanghai(2027, 1, 5));
  }

  private ProcessInstance publicationFormedOn(LocalDateTime formed) {
    setClock(formed);
    Map<String, Object> vars = new HashMap<>();
    vars.put(DecisionPublicationProcess.Vars.NON_PUBLIC, false);
    vars.put(DecisionPublicationProcess.Vars.PUBLIC_CONCERN_HIGH, false);
    vars.put(DecisionPublicationProcess.Vars.SPECIALISED_TECHNICAL, false);
    vars.put(DecisionPublicationProcess.Vars.PUBLIC_PARTICIPATION_PLANNED, true);
    vars.put(DecisionPublicationProcess.Vars.EXPERT_ARGUMENTATION_PLANNED, false);
    ProcessInstance pi = startStage(DecisionPublicationProcess.KEY, "zhongyu", vars);
    for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
      managementService.executeJob(job.getId());
    }
    return pi;
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private Job timer(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  private static Date shanghai(int year, int month, int day) {
    return Date.from(LocalDateTime.of(year, month, day, 17, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
