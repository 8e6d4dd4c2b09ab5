package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.audit.ConformanceFixture.Builder;
import cn.gov.pujiang.decision.audit.ConformanceRuns.Run;
import cn.gov.pujiang.decision.audit.ConformanceRuns.Scope;
import cn.gov.pujiang.decision.audit.ConformanceRuns.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * The conformance rules on history loaded from elsewhere ({@link ConformanceFixture}): for
 * each rule a decision that satisfies it and one that violates it; the run finds each violation and
 * nothing on the compliant decision. Rolled back after each test.
 */
@Transactional
class ConformanceTest extends ProcessTestSupport {

  @Autowired DataSource dataSource;
  @Autowired ConformanceRuns runs;
  @Autowired WebApplicationContext web;

  JdbcTemplate jdbc;
  ConformanceFixture fixture;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    jdbc = new JdbcTemplate(dataSource);
    fixture = new ConformanceFixture(jdbc);
    mvc = MockMvcBuilders.webAppContextSetup(web).build();
  }

  private Run runYear() {
    return runs.run(new Scope(ConformanceFixture.YEAR, ConformanceFixture.UNIT, null), "auditor", "AUDITOR");
  }

  /** Rule id to the decision numbers it found. */
  private Map<String, TreeSet<String>> found(Run run) {
    Map<String, TreeSet<String>> byRule = new TreeMap<>();
    for (Violation v : runs.violations(run.id(), null, null, false)) {
      byRule.computeIfAbsent(v.ruleId(), k -> new TreeSet<>()).add(v.decisionNo());
    }
    return byRule;
  }

  @Test
  void everyRuleRunsWithoutErrorAndTheCompliantDecisionHasNoFinding() {
    Builder good = fixture.compliant();
    Run run = runYear();
    assertThat(run.rules()).allSatisfy(r -> assertThat(r.error()).as(r.ruleId()).isNull());
    assertThat(run.rules()).extracting(ConformanceRuns.RuleResult::ruleId).contains("ART25_REVIEW_BEFORE_MEETING",
        "ART26_REVIEW_TIME", "ART15_COMMENT_PERIOD", "ART14_19_22_PROCEDURES", "ART30_HEAD_SPOKE_LAST",
        "ART30_DEVIATION_REASON", "ART31_PARTY_REPORT", "GIS26_PUBLICATION_TIME", "ART33_ARCHIVE_TIME",
        "ART37_EXECUTION_CHANGE", "ADMIN_INTERVENTION", "ADMIN_INTERVENTION_UNEXPLAINED");
    assertThat(run.decisions()).isEqualTo(1);
    assertThat(runs.violations(run.id(), null, null, false)).isEmpty();
    assertThat(runs.latestFor(good.id)).isEmpty();
  }

  @Test
  void art25MeetingBeforeAPassedReviewIsFound() {
    fixture.compliant();
    Builder bad = fixture.decision().opinionIssued(ConformanceFixture.odt(3, 25, 9)).insert();
    assertThat(found(runYear())).containsOnlyKeys("ART25_REVIEW_BEFORE_MEETING")
        .containsEntry("ART25_REVIEW_BEFORE_MEETING", new TreeSet<>(List.of(bad.no)));
  }

  @Test
  void art26MeetingTooSoonAfterSubmissionIsFoundUnlessTheOrganShortenedIt() {
    fixture.compliant();
    Builder bad = fixture.decision().meetingOn(3, 6).insert();
    Builder shortened = fixture.decision().meetingOn(3, 6).insert();
    shortened.trail("REVIEW_TIME_SHORTENED", "乡长决定缩短审查时间：防汛工程急需", ConformanceFixture.odt(3, 5, 10));
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART26_REVIEW_TIME", "ART26_REVIEW_TIME_SHORTENED");
    assertThat(found.get("ART26_REVIEW_TIME")).containsExactly(bad.no);
    assertThat(found.get("ART26_REVIEW_TIME_SHORTENED")).containsExactly(shortened.no);
    Violation v = runs.violations(runYear().id(), "ART26_REVIEW_TIME", null, false).get(0);
    assertThat(v.found()).contains("2018-03-06").contains("仅3个工作日");
    assertThat(v.severity()).isEqualTo("违法");
  }

  @Test
  void art15CommentPeriodShorterThanThirtyDaysIsFoundUnlessAReasonWasGiven() {
    fixture.compliant().commentPeriod(31, null);
    Builder bad = fixture.compliant();
    bad.commentPeriod(10, null);
    fixture.compliant().commentPeriod(10, "防汛抢险，情况紧急");
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART15_COMMENT_PERIOD");
    assertThat(found.get("ART15_COMMENT_PERIOD")).containsExactly(bad.no);
  }

  @Test
  void art14ProcedureNeitherDoneNorLawfullyExemptedIsFound() {
    Builder done = fixture.compliant();
    done.procedure("RISK_ASSESSMENT", true, null);
    done.trail("RISK_ASSESSMENT_COMPLETED", "风险评估完成", ConformanceFixture.odt(2, 20, 9));
    Builder exempted = fixture.compliant();
    exempted.procedure("RISK_ASSESSMENT", false, "已于2017年评估（浦风评〔2017〕3号）");
    exempted.trail("PROCEDURE_EXEMPTED", "风险评估依法定例外不予开展：已有评估", ConformanceFixture.odt(2, 1, 9));
    Builder missing = fixture.compliant();
    missing.procedure("EXPERT_ARGUMENTATION", true, null);
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART14_19_22_PROCEDURES", "ART14_19_22_EXEMPTED");
    assertThat(found.get("ART14_19_22_PROCEDURES")).containsExactly(missing.no);
    assertThat(found.get("ART14_19_22_EXEMPTED")).containsExactly(exempted.no);
  }

  @Test
  void art30HeadNotLastAndUnexplainedDeviationAreFound() {
    fixture.compliant();
    Builder headFirst = fixture.decision().headNotLast().insert();
    Builder deviation = fixture.decision().votes(2, 5).insert();
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART30_HEAD_SPOKE_LAST", "ART30_DEVIATION_REASON");
    assertThat(found.get("ART30_HEAD_SPOKE_LAST")).containsExactly(headFirst.no);
    assertThat(found.get("ART30_DEVIATION_REASON")).containsExactly(deviation.no);
  }

  @Test
  void art31PublicationWithoutPartyReportIsFound() {
    fixture.compliant();
    Builder bad = fixture.decision().noPartyReport().insert();
    assertThat(found(runYear())).containsOnlyKeys("ART31_PARTY_REPORT")
        .containsEntry("ART31_PARTY_REPORT", new TreeSet<>(List.of(bad.no)));
  }

  @Test
  void gis26LateAndMissingPublicationAreFound() {
    fixture.compliant();
    Builder late = fixture.decision().publishedOn(LocalDate.of(2018, 5, 10)).insert();
    Builder never = fixture.decision().publishedOn(null).archivedAt(null).insert();
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("GIS26_PUBLICATION_TIME");
    assertThat(found.get("GIS26_PUBLICATION_TIME")).containsExactly(late.no, never.no);
  }

  @Test
  void art33ArchivingLongAfterPublicationIsFound() {
    fixture.compliant();
    Builder bad = fixture.decision().archivedAt(OffsetDateTime.parse("2019-06-01T09:00:00+08:00")).insert();
    assertThat(found(runYear())).containsOnlyKeys("ART33_ARCHIVE_TIME")
        .containsEntry("ART33_ARCHIVE_TIME", new TreeSet<>(List.of(bad.no)));
  }

  @Test
  void art37ExecutionEndedOutsideTheModelOrSuspendedByAnOutsiderIsFound() {
    String leader = jdbc.queryForList("select USER_ID_ from ACT_ID_MEMBERSHIP where GROUP_ID_ = 'huaqiao-leadership'",
        String.class).get(0);
    fixture.compliant().trail("EXECUTION_SUSPENDED", "乡长决定中止执行", leader, ConformanceFixture.odt(5, 1, 9));
    Builder deleted = fixture.compliant();
    deleted.executionTerminatedByDeletion();
    Builder outsider = fixture.compliant();
    outsider.trail("EXECUTION_SUSPENDED", "中止执行", "huaqiao.clerk", ConformanceFixture.odt(5, 1, 9));
    Builder stoppedByTheBody = fixture.compliant();
    stoppedByTheBody.executionStopped(true);
    Builder stoppedWithoutTheBody = fixture.compliant();
    stoppedWithoutTheBody.executionStopped(false);
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART37_EXECUTION_CHANGE");
    assertThat(found.get("ART37_EXECUTION_CHANGE"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(deleted.no, outsider.no, stoppedWithoutTheBody.no)));
  }

  @Test
  void adminInterventionsAreShownAndThoseWithoutReasonAreIrregular() {
    Builder explained = fixture.compliant();
    explained.trail("ADMIN_INTERVENTION", "管理员干预：修改流程实例的执行位置（ModifyProcessInstanceCmd）；理由：纠正误操作",
        "admin", ConformanceFixture.odt(3, 10, 9));
    Builder unexplained = fixture.compliant();
    unexplained.trail("ADMIN_INTERVENTION", "管理员干预：重试失败的步骤（SetJobRetriesCmd）；理由：未填写（重试失败的步骤无须说明理由）",
        "admin", ConformanceFixture.odt(3, 10, 9));
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ADMIN_INTERVENTION", "ADMIN_INTERVENTION_UNEXPLAINED");
    assertThat(found.get("ADMIN_INTERVENTION")).containsExactly(explained.no);
    assertThat(found.get("ADMIN_INTERVENTION_UNEXPLAINED")).containsExactly(unexplained.no);
  }

  @Test
  void theNextRunShowsWhatIsNewAndWhatWasFixed() {
    Builder noReport = fixture.decision().noPartyReport().insert();
    Run first = runYear();
    assertThat(first.violations()).isEqualTo(1);
    assertThat(first.newViolations()).isEqualTo(1);

    noReport.trail("PARTY_COMMITTEE_REPORTED", "补录：已向乡党委请示报告", ConformanceFixture.odt(3, 21, 9));
    Builder headFirst = fixture.decision().headNotLast().insert();
    Run second = runYear();
    assertThat(second.previousRunId()).isEqualTo(first.id());
    assertThat(second.fixed()).isEqualTo(1);
    assertThat(runs.fixed(second.id())).extracting(Violation::decisionNo).containsExactly(noReport.no);
    assertThat(runs.violations(second.id(), null, null, true)).extracting(Violation::decisionNo)
        .containsExactly(headFirst.no);

    Run third = runYear();
    assertThat(third.newViolations()).isZero();
    assertThat(third.fixed()).isZero();
    assertThat(runs.latestFor(headFirst.id)).extracting(Violation::ruleId).containsExactly("ART30_HEAD_SPOKE_LAST");
  }

  @Test
  void aBrokenRuleIsReportedAndTheOthersStillRun() {
    jdbc.update("insert into md_conformance_rule (rule_id, article, title, description, severity, check_sql, sort_order)"
        + " values ('BROKEN', '测试', '写错的规则', '检查语句有误', '提示', 'select nothing from nowhere where {scope}', 999)");
    Builder bad = fixture.decision().noPartyReport().insert();
    Run run = runYear();
    assertThat(run.rules()).filteredOn(r -> r.ruleId().equals("BROKEN")).singleElement()
        .satisfies(r -> assertThat(r.error()).startsWith("检查语句执行失败"));
    assertThat(found(run)).containsEntry("ART31_PARTY_REPORT", new TreeSet<>(List.of(bad.no)));
  }

  @Test
  void aNewRuleIsARowAndTheNextRunAppliesIt() {
    Builder good = fixture.compliant();
    jdbc.update("insert into md_conformance_rule (rule_id, article, title, description, severity, check_sql, sort_order)"
        + " values ('LOCAL_TOWN_MEETING', '本县规定', '乡镇决策须经乡镇长办公会议', '测试规则', '不规范',"
        + " 'select d.id as decision_id, m.recorded_at as evidence_at, ''MEETING'' as evidence_ref, ''会议类型'' as found"
        + " from md_decision d join md_meeting_record m on m.decision_id = d.id where {scope}"
        + " and m.meeting_type = ''TOWN_EXECUTIVE''', 200)");
    assertThat(found(runYear())).containsEntry("LOCAL_TOWN_MEETING", new TreeSet<>(List.of(good.no)));
  }

  @Test
  void auditorRunsThroughTheApiAndExportsAsCsvExcelAndPdf() throws Exception {
    Builder bad = fixture.decision().noPartyReport().insert();
    String body = mvc.perform(post("/api/audit/conformance/runs").param("year", "2018").param("unit", "huaqiao"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.violations").value(1))
        .andReturn().getResponse().getContentAsString();
    long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
    mvc.perform(get("/api/audit/conformance/runs/" + id + "/violations"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].decisionNo").value(bad.no))
        .andExpect(jsonPath("$[0].article").value("《重大行政决策程序暂行条例》第三十一条"))
        .andExpect(jsonPath("$[0].severity").value("违法"));
    mvc.perform(get("/api/audit/decisions/" + bad.no + "/timeline"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.violations[0].ruleId").value("ART31_PARTY_REPORT"));

    String csv = new String(mvc.perform(get("/api/audit/conformance/runs/" + id + "/export").param("format", "csv"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(csv).contains("ART31_PARTY_REPORT").contains(bad.no).contains("公布前没有向同级党委请示报告");
    byte[] xlsx = mvc.perform(get("/api/audit/conformance/runs/" + id + "/export").param("format", "xlsx"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheetAt(1).getRow(1).getCell(2).getStringCellValue()).isEqualTo(bad.no);
    }
    byte[] pdf = mvc.perform(get("/api/audit/conformance/runs/" + id + "/export").param("format", "pdf"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains(bad.no);
    }
  }

  @Test
  void aRunNeedsAScopeAndRefusesBadInputInChinese() throws Exception {
    mvc.perform(post("/api/audit/conformance/runs")).andExpect(status().isBadRequest());
    mvc.perform(post("/api/audit/conformance/runs").param("year", "二〇一八")).andExpect(status().isBadRequest());
    mvc.perform(post("/api/audit/conformance/runs").param("unit", "nowhere")).andExpect(status().isBadRequest());
    mvc.perform(post("/api/audit/conformance/runs").param("decision", "nowhere-1")).andExpect(status().isNotFound());
    mvc.perform(get("/api/audit/conformance/runs/abc")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/audit/conformance/runs/99999999")).andExpect(status().isNotFound());
  }
}
