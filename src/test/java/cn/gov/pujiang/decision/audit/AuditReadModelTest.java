package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.audit.AuditStatistics.Statistics;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.support.Stages;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor read model (V8, {@link DecisionFacts}) agrees with the answers computed from the
 * engine history and the records, and follows a decision through the engine as its stages complete.
 */
class AuditReadModelTest extends ProcessTestSupport {

  @Autowired DataSource dataSource;
  @Autowired AuditStatistics statistics;
  @Autowired DecisionSearch search;
  @Autowired DecisionFacts facts;

  JdbcTemplate jdbc;

  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }

  @BeforeEach
  void setUp() {
    jdbc = new JdbcTemplate(dataSource);
  }

  @Test
  @Transactional
  void statisticsAndFlagsFromTheReadModelEqualThoseComputedFromTheHistory() {
    new AuditFixture(jdbc, facts).insert();
    int year = AuditFixture.YEAR;

    Statistics fromReadModel = statistics.statistics(year, null);
    assertThat(fromReadModel.total().decisions()).isEqualTo(5);
    assertThat(fromReadModel.total().skippedReview().count()).isEqualTo(2);
    assertThat(fromReadModel).isEqualTo(statistics.statisticsFromHistory(year, null));
    assertThat(statistics.statistics(year, "huaqiao")).isEqualTo(statistics.statisticsFromHistory(year, "huaqiao"));
    assertThat(statistics.statistics(year, "qianwu")).isEqualTo(statistics.statisticsFromHistory(year, "qianwu"));

    for (ComplianceFlag flag : ComplianceFlag.values()) {
      assertThat(numbers(year, ComplianceSql.condition(flag)))
          .as(flag.name())
          .isEqualTo(numbers(year, ComplianceSql.historyCondition(flag)));
    }
    assertThat(numbers(year, ComplianceSql.condition(ComplianceFlag.OVERDUE)))
        .containsExactly("huaqiao-2019-900002", "qianwu-2019-900004");
  }

  /** The publication, archiving and meeting facts (V27) against the records they come from. */
  @Test
  @Transactional
  void archivePromptnessAndMeetingOpinionsFromTheReadModelEqualThoseFromTheRecords() {
    AuditFixture fixture = new AuditFixture(jdbc, facts);
    fixture.insert();
    fixture.publishArchiveAndRecordParticipants();
    int year = AuditFixture.YEAR;

    Statistics fromReadModel = statistics.statistics(year, null);
    AuditStatistics.UnitRow huaqiao = fromReadModel.units().stream()
        .filter(u -> "huaqiao".equals(u.unitCode())).findFirst().orElseThrow();
    assertThat(huaqiao.extra().get("archivedPromptly")).satisfies(r -> {
      assertThat(r.count()).as("archived within 30 days of publication").isEqualTo(1);
      assertThat(r.base()).as("published and archived").isEqualTo(2);
    });
    assertThat(huaqiao.extra().get("individualOpinionsRecorded")).satisfies(r -> {
      assertThat(r.count()).isEqualTo(1);
      assertThat(r.base()).isEqualTo(3);
    });
    assertThat(fromReadModel).isEqualTo(statistics.statisticsFromHistory(year, null));
    assertThat(statistics.statistics(year, "huaqiao")).isEqualTo(statistics.statisticsFromHistory(year, "huaqiao"));
    assertThat(numbers(year, ComplianceSql.condition(ComplianceFlag.INDIVIDUAL_OPINIONS_RECORDED)))
        .containsExactly("huaqiao-2019-900001")
        .isEqualTo(numbers(year, ComplianceSql.historyCondition(ComplianceFlag.INDIVIDUAL_OPINIONS_RECORDED)));
  }

  @Test
  void factsFollowTheLegalityReviewStageWhenItCompletes() {
    stages.as(TOWN + ".clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN, Attributes.NON_PUBLIC)));
    long id = decisionRegister.get(no).getId();
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.submitForReview(no);

    Map<String, Object> review = stage(id, "legality-review");
    assertThat(review.get("stages_completed")).isEqualTo(0);
    assertThat(((Number) review.get("tasks")).intValue()).isPositive();
    stages.as(TOWN + ".reviewer");
    driver.submit(no, "Task_CheckCompleteness", "submissionComplete", "COMPLETE", "countyGuidanceNeeded", false);
    stages.as(TOWN + ".lawyer");
    driver.submit(no, "Task_ProvideLegalAdviserOpinion", "legalAdviserOpinion", "决策权限、程序合法");
    // The opinion task has a time limit of seven working days: open, not yet overdue.
    assertThat(openTasks(id)).containsExactly("legality-review");
    assertThat(number(id, "select late_tasks from md_audit_decision where decision_id = ?")).isZero();
    assertThat(number(id, "select count(*) from md_audit_decision where decision_id = ? and discussed = false"))
        .isEqualTo(1);

    Stages.advanceDays(2);
    stages.as(TOWN + ".reviewer");
    documents.upload(no, DocumentKind.LEGALITY_OPINION);
    driver.submit(no, "Task_IssueLegalityOpinion", "legalityOutcome", "LAWFUL", "legalityOpinion", "合法",
        "legalRisks", "", "legalityRecheckRequired", false);

    review = stage(id, "legality-review");
    assertThat(review.get("stages_completed")).isEqualTo(1);
    assertThat(((Number) review.get("stage_millis")).longValue()).isEqualTo(2 * 86_400_000L);
    assertThat(review.get("tasks_due_completed")).isEqualTo(1);
    assertThat(review.get("tasks_on_time")).isEqualTo(1);
    assertThat(openTasks(id)).isEmpty();
    int year = decisionRegister.get(no).getCreatedAt().getYear();
    assertThat(statistics.statistics(year, TOWN)).isEqualTo(statistics.statisticsFromHistory(year, TOWN));
  }

  private Map<String, Object> stage(long decisionId, String processKey) {
    return jdbc.queryForMap("select * from md_audit_stage where decision_id = ? and process_key = ?", decisionId,
        processKey);
  }

  private List<String> openTasks(long decisionId) {
    return jdbc.queryForList("select process_key from md_audit_open_task where decision_id = ?", String.class,
        decisionId);
  }

  private long number(long decisionId, String sql) {
    return jdbc.queryForObject(sql, Long.class, decisionId);
  }

  private List<String> numbers(int year, String condition) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = search.where(AuditCriteria.forYear(year), params);
    return new NamedParameterJdbcTemplate(jdbc).queryForList(
        "select d.decision_no from md_decision d" + where + " and " + condition + " order by d.decision_no", params,
        String.class);
  }
}
