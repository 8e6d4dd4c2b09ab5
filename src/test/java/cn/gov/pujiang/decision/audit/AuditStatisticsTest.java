package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.audit.AuditStatistics.Statistics;
import cn.gov.pujiang.decision.audit.AuditStatistics.StageRow;
import cn.gov.pujiang.decision.audit.AuditStatistics.UnitRow;
import cn.gov.pujiang.decision.audit.AuditTimeline.Timeline;
import cn.gov.pujiang.decision.audit.DecisionSearch.DecisionRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Auditor search, statistics, timeline and exports on the hand-built history of {@link AuditFixture},
 * whose right answers are worked out by hand below. Each test runs in a transaction that is rolled
 * back, so the fixture never leaks into other tests.
 */
@Transactional
class AuditStatisticsTest extends ProcessTestSupport {

  static final int YEAR = AuditFixture.YEAR;

  @Autowired DataSource dataSource;
  @Autowired DecisionFacts facts;
  @Autowired WebApplicationContext web;
  @Autowired AuditStatistics statistics;
  @Autowired DecisionSearch search;
  @Autowired AuditTimeline timelines;

  JdbcTemplate jdbc;
  MockMvc mvc;

  @BeforeEach
  void insertFixture() {
    jdbc = new JdbcTemplate(dataSource);
    mvc = MockMvcBuilders.webAppContextSetup(web).build();
    new AuditFixture(jdbc, facts).insert();
  }

  @Test
  void countsPerUnitMatchTheHandWorkedAnswers() {
    Statistics s = statistics.statistics(YEAR, null);
    UnitRow huaqiao = unit(s, "huaqiao");
    assertThat(huaqiao.decisions()).isEqualTo(3);
    assertThat(huaqiao.reviewedBeforeDiscussion().base()).isEqualTo(3);
    assertThat(huaqiao.reviewedBeforeDiscussion().count()).isEqualTo(2);
    assertThat(huaqiao.reviewedBeforeDiscussion().percent()).isEqualTo(66.7);
    assertThat(huaqiao.skippedReview().count()).isEqualTo(1);
    assertThat(huaqiao.proceduresComplete().count()).isEqualTo(2);
    assertThat(huaqiao.proceduresIncomplete().count()).isEqualTo(1);
    assertThat(huaqiao.overdueTasks()).isEqualTo(1);
    assertThat(huaqiao.decisionsWithOverdueTasks().count()).isEqualTo(1);

    UnitRow qianwu = unit(s, "qianwu");
    assertThat(qianwu.decisions()).isEqualTo(2);
    assertThat(qianwu.reviewedBeforeDiscussion().base()).isEqualTo(1);
    assertThat(qianwu.reviewedBeforeDiscussion().count()).isZero();
    assertThat(qianwu.skippedReview().count()).isEqualTo(1);
    assertThat(qianwu.proceduresComplete().count()).isEqualTo(1);
    assertThat(qianwu.overdueTasks()).isEqualTo(1);

    assertThat(unit(s, "baima").decisions()).isZero();
    assertThat(s.units()).hasSize(16);
    assertThat(s.total().decisions()).isEqualTo(5);
    assertThat(s.total().skippedReview().count()).isEqualTo(2);
    assertThat(s.total().reviewedBeforeDiscussion().percent()).isEqualTo(50.0);
    assertThat(s.total().overdueTasks()).isEqualTo(2);
  }

  @Test
  void onTimeRateAndMeanDurationPerStage() {
    Statistics s = statistics.statistics(YEAR, "huaqiao");
    StageRow review = stage(s, "legality-review");
    assertThat(review.tasks()).isEqualTo(2);
    assertThat(review.tasksOnTime().base()).isEqualTo(2);
    assertThat(review.tasksOnTime().count()).isEqualTo(2);
    assertThat(review.tasksOnTime().percent()).isEqualTo(100.0);
    assertThat(review.stageInstances()).isEqualTo(2);
    assertThat(review.meanStageMillis()).isEqualTo(4L * 86_400_000);
    assertThat(review.meanStageText()).isEqualTo("4天");
    StageRow publication = stage(s, "decision-publication");
    assertThat(publication.tasksOnTime().count()).isZero();
    assertThat(publication.tasksOnTime().base()).isEqualTo(1);
    assertThat(publication.overdueTasks()).isEqualTo(1);
    assertThat(publication.overdueLink()).isEqualTo("year=2019&unit=huaqiao&overdueIn=decision-publication");
  }

  @Test
  void eachFigureLinksToExactlyTheDecisionsItCounts() {
    Statistics s = statistics.statistics(YEAR, null);
    UnitRow huaqiao = unit(s, "huaqiao");
    assertThat(numbers(huaqiao.skippedReview().link())).containsExactly("huaqiao-2019-900002");
    assertThat(numbers(huaqiao.reviewedBeforeDiscussion().link()))
        .containsExactlyInAnyOrder("huaqiao-2019-900001", "huaqiao-2019-900003");
    assertThat(numbers(huaqiao.proceduresIncomplete().link())).containsExactly("huaqiao-2019-900003");
    assertThat(numbers(huaqiao.decisionsWithOverdueTasks().link())).containsExactly("huaqiao-2019-900002");
    assertThat(numbers(s.total().skippedReview().link()))
        .containsExactlyInAnyOrder("huaqiao-2019-900002", "qianwu-2019-900005");
    assertThat(numbers(stage(s, "legality-review").overdueLink())).containsExactly("qianwu-2019-900004");
  }

  @Test
  void theDecisionThatSkippedReviewIsShownInTheResultList() throws Exception {
    mvc.perform(get("/api/audit/decisions").param("year", "2019").param("unit", "huaqiao").param("sort", "decisionNo")
            .param("direction", "asc"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items[1].decisionNo").value("huaqiao-2019-900002"))
        .andExpect(jsonPath("$.items[1].skippedReview").value(true))
        .andExpect(jsonPath("$.items[1].overdue").value(true))
        .andExpect(jsonPath("$.items[0].skippedReview").value(false))
        .andExpect(jsonPath("$.items[2].proceduresIncomplete").value(true));
  }

  @Test
  void searchFiltersSortsAndPages() {
    DecisionSearch.Page<DecisionRow> page =
        search.search(AuditCriteria.forYear(YEAR), 0, 2, "title", "asc");
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items()).hasSize(2);
    DecisionSearch.Page<DecisionRow> last = search.search(AuditCriteria.forYear(YEAR), 2, 2, "title", "asc");
    assertThat(last.items()).hasSize(1);

    AuditCriteria words = new AuditCriteria(null, null, null, null, null, null, null, "花桥乡 规划", null, null);
    assertThat(search.search(words, 0, 20, null, null).items()).extracting(DecisionRow::decisionNo)
        .containsExactly("huaqiao-2019-900003");
    AuditCriteria range = new AuditCriteria(null, null, null, AuditCriteria.State.OPEN, null,
        java.time.LocalDate.of(2019, 2, 1), java.time.LocalDate.of(2019, 4, 1), null, null, null);
    assertThat(search.search(range, 0, 20, "createdAt", "asc").items()).extracting(DecisionRow::decisionNo)
        .containsExactly("huaqiao-2019-900002", "huaqiao-2019-900003", "qianwu-2019-900004");
    AuditCriteria stage = new AuditCriteria(null, YEAR, cn.gov.pujiang.decision.register.DecisionStatus.PUBLICATION,
        null, null, null, null, null, null, null);
    assertThat(search.search(stage, 0, 20, "decisionNo", "asc").items()).extracting(DecisionRow::decisionNo)
        .containsExactly("huaqiao-2019-900003", "qianwu-2019-900005");
  }

  @Test
  void badSearchInputIsRefusedWithAChineseMessageNamingTheField() throws Exception {
    mvc.perform(get("/api/audit/decisions").param("year", "二〇一九"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("year"));
    mvc.perform(get("/api/audit/decisions").param("sort", "password"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("sort"));
    mvc.perform(get("/api/audit/decisions").param("from", "2019-13-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("from"));
    mvc.perform(get("/api/audit/statistics").param("unit", "nowhere"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("unit"));
    mvc.perform(get("/api/audit/decisions/export").param("format", "doc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("format"));
  }

  @Test
  void timelineShowsReturnResubmissionWhoAndTimeLimit() {
    Timeline t = timelines.timeline("huaqiao-2019-900003");
    assertThat(t.decision().unitName()).isEqualTo("花桥乡");
    assertThat(t.entries()).anySatisfy(e -> {
      assertThat(e.title()).isEqualTo("第1轮审查结论：材料不全，退回补充");
      assertThat(e.marker()).isEqualTo("RETURN");
    });
    assertThat(t.entries()).anySatisfy(e -> {
      assertThat(e.title()).isEqualTo("第2轮送审（重新送审）");
      assertThat(e.marker()).isEqualTo("RESUBMISSION");
    });
    assertThat(t.entries()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("TASK");
      assertThat(e.title()).isEqualTo("出具合法性审查意见书");
      // Named, not by user id (the browser walk-through): the demo user huaqiao.reviewer is 花桥乡 合法性审查员.
      assertThat(e.actor()).isEqualTo("花桥乡合法性审查员");
      assertThat(e.onTime()).isTrue();
      assertThat(e.durationText()).isEqualTo("4天");
      assertThat(e.detail()).contains("办理期限2019-03-19 17:00", "按期办结");
    });
    assertThat(t.summary().returns()).isEqualTo(2);
    // The fixture has no dossier documents: the list is empty (documents: AuditDossierTest).
    assertThat(t.documents()).isEmpty();
    assertThat(t.documentsNote()).isNull();

    Timeline h2 = timelines.timeline("huaqiao-2019-900002");
    assertThat(h2.summary().exemptions()).isEqualTo(1);
    assertThat(h2.summary().overdueTasks()).isEqualTo(1);
    assertThat(h2.entries()).anySatisfy(e -> assertThat(e.detail()).contains("特别说明：已于2018年对同类收费开展风险评估"));
  }

  /**
   * The complete record: H1's meeting recorded each participant; H2, H3 and Q2 kept the
   * old shared free text. The auditor sees the share of discussed decisions with individual opinions, the speeches
   * in order with the dissent verbatim on the timeline and in the dossier PDF, and the body's risk judgement (Art. 24).
   */
  @Test
  void individualOpinionsAreCountedAndTheDissentIsShownVerbatimOnTheTimelineAndInThePdf() throws Exception {
    long meeting = jdbc.queryForObject("select id from md_meeting_record where decision_id = 990001", Long.class);
    jdbc.update("update md_meeting_record set member_opinions = null, members_in_favour = 1, members_against = 1,"
        + " risk_judgement = 'CONTROLLABLE_WITH_MEASURES',"
        + " risk_measures = '设置临时过渡市场' where id = ?", meeting);
    participant(meeting, 0, "王副乡长", "MEMBER", false, "AGREE", "同意，建议分期实施");
    participant(meeting, 1, "李委员", "MEMBER", false, "DISAGREE", "不同意：补偿标准偏低，经营户损失大");
    participant(meeting, 2, "张乡长", "HEAD", true, "AGREE", "同意实施，补偿标准再行测算");
    // Written past MeetingRecords, which would have told the read model: refreshed as the boot backfill would.
    facts.refresh(AuditFixture.DECISION_IDS);

    Statistics s = statistics.statistics(YEAR, null);
    assertThat(unit(s, "huaqiao").extra().get("individualOpinionsRecorded"))
        .satisfies(r -> {
          assertThat(r.count()).isEqualTo(1);
          assertThat(r.base()).isEqualTo(3);
          assertThat(numbers(r.link())).containsExactly("huaqiao-2019-900001");
        });
    assertThat(unit(s, "qianwu").extra().get("individualOpinionsRecorded"))
        .satisfies(r -> assertThat(r.count()).isZero());
    assertThat(s.extraColumns()).extracting(AuditStatistics.ExtraColumn::key).contains("individualOpinionsRecorded");

    Timeline t = timelines.timeline("huaqiao-2019-900001");
    assertThat(t.entries()).filteredOn(e -> "MEETING".equals(e.kind())).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains(
            "会议组成人员同意1人，不同意1人，保留0人",
            "1. 王副乡长（会议组成人员）同意：“同意，建议分期实施”；2. 李委员（会议组成人员）不同意：“不同意：补偿标准偏低，经营户损失大”；"
                + "3. 张乡长（行政首长，主持会议）同意：“同意实施，补偿标准再行测算”；",
            "决策机关风险判断：采取措施后可控", "风险防控措施：设置临时过渡市场"));
    assertThat(timelines.timeline("huaqiao-2019-900002").entries()).filteredOn(e -> "MEETING".equals(e.kind()))
        .singleElement().satisfies(e -> assertThat(e.detail()).contains("赞成7人，反对0人，弃权0人（逐人意见见会议纪要）"));

    byte[] pdf = mvc.perform(get("/api/audit/decisions/huaqiao-2019-900001/dossier.pdf"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains("李委员（会议组成人员）不同意：“不同意：补偿标准偏低，经营户损失大”", "决策机关风险判断：采取措施后可控");
    }
  }

  private void participant(long meeting, int order, String name, String role, boolean presided, String opinion,
      String statement) {
    jdbc.update("insert into md_meeting_participant (meeting_record_id, speaking_order, name, role, presided, opinion,"
        + " statement) values (?, ?, ?, ?, ?, ?, ?)", meeting, order, name, role, presided, opinion, statement);
  }

  @Test
  void dossierPdfRendersChineseText() throws Exception {
    byte[] pdf = mvc.perform(get("/api/audit/decisions/huaqiao-2019-900003/dossier.pdf"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("重大行政决策过程记录", "huaqiao-2019-900003", "花桥乡美丽乡村建设规划", "花桥乡",
          "出具合法性审查意见书", "第1轮审查结论", "【退回】", "决策文件清单");
    }
  }

  @Test
  void exportsCarryTheSameFiguresAsCsvAndExcel() throws Exception {
    byte[] csv = mvc.perform(get("/api/audit/statistics/export").param("year", "2019").param("format", "csv"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF").contains("花桥乡,3,3,2,66.7,1,2,66.7,1,1").contains("合计,5,");

    byte[] xlsx = mvc.perform(get("/api/audit/decisions/export").param("year", "2019").param("flag", "SKIPPED_REVIEW"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("决策编号");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(List.of(sheet.getRow(1).getCell(0).getStringCellValue(), sheet.getRow(2).getCell(0).getStringCellValue()))
          .containsExactlyInAnyOrder("huaqiao-2019-900002", "qianwu-2019-900005");
    }
  }

  @Test
  void auditEndpointsNeverChangeData() throws Exception {
    Map<String, Long> before = rowCounts();
    for (String url : List.of(
        "/api/audit/decisions?year=2019",
        "/api/audit/decisions/export?format=csv&year=2019",
        "/api/audit/decisions/export?format=xlsx",
        "/api/audit/decisions/huaqiao-2019-900001/timeline",
        "/api/audit/decisions/huaqiao-2019-900001/dossier.pdf",
        "/api/audit/statistics?year=2019",
        "/api/audit/statistics/export?year=2019&format=xlsx",
        "/api/audit/archive-chain",
        "/api/audit/options")) {
      mvc.perform(get(url)).andExpect(status().isOk());
    }
    assertThat(rowCounts()).isEqualTo(before);
    mvc.perform(post("/api/audit/decisions")).andExpect(status().isMethodNotAllowed());
    mvc.perform(put("/api/audit/decisions/huaqiao-2019-900001/timeline")).andExpect(status().isMethodNotAllowed());
    mvc.perform(delete("/api/audit/archive-chain")).andExpect(status().isMethodNotAllowed());
    assertThat(rowCounts()).isEqualTo(before);
  }

  @Test
  void stagesFollowTheProcedureAndTheMainProcessIsNotCalledTheWhole() {
    // The browser walk-through: the chart listed 重大行政决策全流程 as a stage, and stages not in procedural order.
    List<StageRow> stages = statistics.statistics(YEAR, null).stages();
    assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
    assertThat(stages).extracting(StageRow::stageName).doesNotContain("重大行政决策全流程");
    assertThat(AuditStatistics.stageName("major-decision", Map.of("major-decision", "重大行政决策全流程")))
        .isEqualTo(AuditStatistics.MAIN_PROCESS_STAGE);
    assertThat(AuditStatistics.stageName("legality-review", Map.of("legality-review", "合法性审查")))
        .isEqualTo("合法性审查");
    List<Integer> steps = stages.stream().map(r -> AuditStatistics.PROCEDURE_ORDER.indexOf(r.processKey())).toList();
    assertThat(steps).doesNotContain(-1).isSorted();
  }

  @Test
  void unitOptionsCarryLowerCaseKeysOnEveryDatabase() throws Exception {
    // H2 labels native-query columns in upper case; audit.js reads code/name (the browser walk-through).
    mvc.perform(get("/api/audit/options"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.units[0].code").value("county"))
        .andExpect(jsonPath("$.units[?(@.code == 'baima')].name").value("白马镇"))
        .andExpect(jsonPath("$.units[0].CODE").doesNotExist())
        .andExpect(jsonPath("$.units[0].NAME").doesNotExist());
  }

  @Test
  void theAuditorPageAndItsScriptAreServed() throws Exception {
    String page = mvc.perform(get("/app/audit.html")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("<meta charset=\"utf-8\">", "重大行政决策审计监督", "audit.js",
        "id=\"task-actions-table\"", "id=\"task-actions-csv\"", "id=\"task-actions-xlsx\"");
    String script = mvc.perform(get("/app/audit.js")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");
    assertThat(script).contains("/task-actions?", "/task-actions/export?");
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("md_decision", "md_procedure_requirement", "md_stage_record", "md_legality_opinion",
        "md_meeting_record", "md_archive_record", "md_unit", "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_ACTINST",
        "ACT_HI_OP_LOG", "ACT_HI_VARINST", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_JOB")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("md_decision.version", jdbc.queryForObject("select coalesce(sum(version), 0) from md_decision", Long.class));
    return counts;
  }

  private List<String> numbers(String link) {
    AuditCriteria c = AuditCriteria.forYear(YEAR);
    String unit = null;
    ComplianceFlag flag = null;
    String overdueIn = null;
    for (String pair : link.split("&")) {
      String[] kv = pair.split("=");
      switch (kv[0]) {
        case "unit" -> unit = kv[1];
        case "flag" -> flag = ComplianceFlag.valueOf(kv[1]);
        case "overdueIn" -> overdueIn = kv[1];
        default -> { }
      }
    }
    AuditCriteria criteria = new AuditCriteria(unit, c.year(), null, null, null, null, null, null, flag, overdueIn);
    return search.all(criteria).stream().map(DecisionRow::decisionNo).toList();
  }

  private static UnitRow unit(Statistics s, String code) {
    return s.units().stream().filter(u -> code.equals(u.unitCode())).findFirst().orElseThrow();
  }

  private static StageRow stage(Statistics s, String key) {
    return s.stages().stream().filter(r -> key.equals(r.processKey())).findFirst().orElseThrow();
  }
}
