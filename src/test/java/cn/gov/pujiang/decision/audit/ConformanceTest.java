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
  @Autowired AuditStatistics statistics;
  @Autowired DecisionSearch search;

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
        "ART37_EXECUTION_CHANGE", "ADMIN_INTERVENTION", "ADMIN_INTERVENTION_UNEXPLAINED",
        "ART3_CATALOGUE", "ART3_OUTSIDE_CATALOGUE_EMERGENCY", "ART13_DISPUTE_STATEMENT", "ART16_HEARING_NOTICE",
        "ART20_EXPERT_INDEPENDENCE", "ART21_EXPERT_SELECTION_RECORD", "ART24_RISK_JUDGEMENT",
        "ART24_RISK_JUDGEMENT_MISSING", "FCR18_REVIEW_BEFORE_ISSUE", "ART29_MEETING_MATERIALS",
        "ART36_EVALUATOR_INDEPENDENCE", "FCR17_EXCEPTION", "ART17_HEARING_RECORD",
        "ART28_LEGAL_ADVISER", "ART10_12_INITIATION_AND_DRAFT", "ART19_EXPERT_OPINIONS", "ART23_RISK_REPORT",
        "ART32_INTERPRETATION", "ART34_35_EXECUTION");
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
    done.trail("RISK_REPORT_SUBMITTED", "风险评估报告：风险等级低", ConformanceFixture.odt(2, 15, 9));
    done.trail("RISK_ASSESSMENT_COMPLETED", "风险评估完成", ConformanceFixture.odt(2, 20, 9));
    // Art. 24: the body judged the assessed risk at the meeting (ART24_RISK_JUDGEMENT_MISSING otherwise).
    jdbc.update("update md_meeting_record set risk_judgement = 'CONTROLLABLE' where decision_id = ?", done.id);
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
  void art28ReviewOpinionIssuedWithoutTheLegalAdvisersOpinionIsFound() {
    fixture.compliant();
    Builder bad = fixture.decision().noAdviserOpinion().insert();
    Builder returned = fixture.compliant();
    jdbc.update("insert into md_legality_opinion (decision_id, round_no, submitted_at, submitted_by, outcome, opinion,"
        + " recheck_required, reviewer, issued_at) values (?, 0, ?, 'clerk', 'RETURNED_INCOMPLETE', '材料不全', false,"
        + " 'reviewer', ?)", returned.id, ConformanceFixture.odt(2, 20, 9), ConformanceFixture.odt(2, 22, 9));
    assertThat(found(runYear())).containsOnlyKeys("ART28_LEGAL_ADVISER")
        .containsEntry("ART28_LEGAL_ADVISER", new TreeSet<>(List.of(bad.no)));
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
    Builder suspended = fixture.compliant();
    executionUnit(suspended);
    suspended.trail("EXECUTION_SUSPENDED", "乡长决定中止执行", leader, ConformanceFixture.odt(5, 1, 9));
    Builder deleted = fixture.compliant();
    deleted.executionTerminatedByDeletion();
    Builder outsider = fixture.compliant();
    executionUnit(outsider);
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

  private static void executionUnit(Builder b) {
    b.trail("EXECUTION_UNIT_DESIGNATED", "明确执行单位：乡政府办公室", ConformanceFixture.odt(4, 2, 9));
  }

  @Test
  void art10To12ReviewOrMeetingWithoutInitiationDraftOrExplanationIsFound() {
    fixture.compliant();
    Builder notInitiated = fixture.decision().withoutInitiation().insert();
    Builder notDrafted = fixture.decision().withoutDraft().insert();
    Builder unexplained = fixture.decision().withoutDraftExplanation().insert();
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART10_12_INITIATION_AND_DRAFT");
    assertThat(found.get("ART10_12_INITIATION_AND_DRAFT"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(notInitiated.no, notDrafted.no, unexplained.no)));
    assertThat(runs.violations(runYear().id(), "ART10_12_INITIATION_AND_DRAFT", null, false))
        .filteredOn(v -> v.decisionNo().equals(unexplained.no)).singleElement()
        .satisfies(v -> assertThat(v.found()).contains("报送合法性审查").contains("没有草案的起草说明")
            .doesNotContain("承办单位"));
  }

  @Test
  void art19And23StagesEndedWithoutTheExpertOpinionsOrTheRiskReportAreFound() {
    Builder argued = fixture.compliant();
    selected(argued, null, "浙江省市场建设研究院", "专家库中无农贸市场建设专业机构");
    argued.trail("ARGUMENTATION_COMPLETED", "专家论证完成", ConformanceFixture.odt(2, 25, 9));
    Builder arguedWithoutOpinions = fixture.compliant();
    jdbc.update("insert into md_expert_participation (decision_id, outside_name, outside_reason, selected_at)"
        + " values (?, '某研究院', '库中无此专业', ?)", arguedWithoutOpinions.id, ConformanceFixture.odt(2, 10, 9));
    arguedWithoutOpinions.trail("ARGUMENTATION_COMPLETED", "专家论证完成", ConformanceFixture.odt(2, 25, 9));
    meetingRisk(fixture.compliant(), "CONTROLLABLE", null);
    Builder assessedWithoutReport = fixture.compliant();
    assessedWithoutReport.trail("RISK_ASSESSMENT_COMPLETED", "风险评估完成", ConformanceFixture.odt(2, 20, 9));
    jdbc.update("update md_meeting_record set risk_judgement = 'CONTROLLABLE' where decision_id = ?",
        assessedWithoutReport.id);
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART19_EXPERT_OPINIONS", "ART23_RISK_REPORT");
    assertThat(found.get("ART19_EXPERT_OPINIONS")).containsExactly(arguedWithoutOpinions.no);
    assertThat(found.get("ART23_RISK_REPORT")).containsExactly(assessedWithoutReport.no);
  }

  @Test
  void art32PublishedWithoutTheInterpretationTheMatterRequiresIsFound() {
    Builder interpreted = fixture.compliant();
    interpreted.variable("publicConcernHigh", true);
    interpreted.trail("INTERPRETED", "以书面解读方式解读决策", ConformanceFixture.odt(3, 28, 17));
    fixture.compliant().variable("publicConcernHigh", false);
    Builder concern = fixture.compliant();
    concern.variable("publicConcernHigh", true);
    Builder technical = fixture.compliant();
    technical.variable("specialisedTechnical", true);
    fixture.decision().publishedOn(null).archivedAt(null).insert().variable("specialisedTechnical", true);
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART32_INTERPRETATION", "GIS26_PUBLICATION_TIME");
    assertThat(found.get("ART32_INTERPRETATION"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(concern.no, technical.no)));
  }

  @Test
  void art34And35ExecutionWithoutAUnitOrEndedWithoutAReportIsFound() {
    Builder good = fixture.compliant();
    executionUnit(good);
    good.trail("EXECUTION_REPORTED", "执行情况报告：已完成", ConformanceFixture.odt(6, 1, 9));
    good.trail("EVALUATION_DECIDED", "不开展后评估", ConformanceFixture.odt(6, 2, 9));
    Builder withoutUnit = fixture.compliant();
    withoutUnit.trail("EXECUTION_REPORTED", "执行情况报告：进展顺利", ConformanceFixture.odt(6, 1, 9));
    Builder withoutReport = fixture.compliant();
    executionUnit(withoutReport);
    withoutReport.trail("EVALUATION_DECIDED", "不开展后评估", ConformanceFixture.odt(6, 2, 9));
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART34_35_EXECUTION");
    assertThat(found.get("ART34_35_EXECUTION"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(withoutUnit.no, withoutReport.no)));
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
  void art3DecisionStartedWithoutAPublishedCatalogueItemIsFoundAndTheOldEmergencyStartsAreShown() {
    fixture.compliant();
    Builder outside = fixture.decision().notInCatalogue().insert();
    Builder emergency = fixture.decision().notInCatalogue().insert();
    jdbc.update("update md_decision set emergency_reason = '防汛抢险急需' where id = ?", emergency.id);
    Builder unpublished = fixture.compliant();
    jdbc.update("insert into md_catalogue (unit_code, catalogue_year, status, created_at, updated_at)"
        + " values ('huaqiao', 2019, 'DRAFT', ?, ?)", ConformanceFixture.odt(1, 2, 9), ConformanceFixture.odt(1, 2, 9));
    jdbc.update("update md_catalogue_item set catalogue_id = (select id from md_catalogue where unit_code = 'huaqiao'"
        + " and catalogue_year = 2019) where id = (select catalogue_item_id from md_decision where id = ?)", unpublished.id);
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART3_CATALOGUE", "ART3_OUTSIDE_CATALOGUE_EMERGENCY");
    assertThat(found.get("ART3_CATALOGUE")).containsExactlyElementsOf(new TreeSet<>(List.of(outside.no, unpublished.no)));
    assertThat(found.get("ART3_OUTSIDE_CATALOGUE_EMERGENCY")).containsExactly(emergency.no);
  }

  @Test
  void art13DisputeNotStatedToTheDecisionBodyAndCoUnitsNotConsultedAreFound() {
    Builder stated = fixture.compliant();
    stated.variable("unitsDisagreed", true);
    jdbc.update("insert into md_dispute_statement (decision_id, main_issues, undertaker_view, undertaker_reasons,"
        + " recorded_at) values (?, '摊位费标准', '按成本定价', '物价局核定', ?)", stated.id, ConformanceFixture.odt(3, 19, 9));
    Builder consulted = fixture.compliant();
    consulted.variable("coUnitNames", "乡财政所");
    consulted.variable("interUnitConsultation", "已征求乡财政所意见，无异议");
    Builder unstated = fixture.compliant();
    unstated.variable("unitsDisagreed", true);
    Builder notConsulted = fixture.compliant();
    notConsulted.variable("coUnitNames", "乡财政所");
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART13_DISPUTE_STATEMENT");
    assertThat(found.get("ART13_DISPUTE_STATEMENT"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(unstated.no, notConsulted.no)));
  }

  private void hearing(Builder b, LocalDate held, LocalDate noticed, LocalDate materials) {
    hearingRecord(b, held);
    hearingWithoutRecord(b, held, noticed, materials);
  }

  /** The signed hearing record (Art. 17) in the dossier, uploaded on the day of the hearing. */
  private void hearingRecord(Builder b, LocalDate held) {
    jdbc.update("insert into md_document (decision_no, kind, version, file_name, content_type, size_bytes, sha256,"
        + " uploaded_by, uploaded_at) values (?, 'HEARING_RECORD', 1, '听证笔录.pdf', 'application/pdf', 100, ?,"
        + " 'huaqiao.clerk', ?)", b.no, "0".repeat(64), held.atTime(16, 0).atZone(ConformanceFixture.ZONE).toOffsetDateTime());
  }

  private void hearingWithoutRecord(Builder b, LocalDate held, LocalDate noticed, LocalDate materials) {
    jdbc.update("insert into md_hearing (decision_id, hearing_date, place, notice_published_on, notice_channel,"
        + " selection_method, participant_list, materials_delivered_on, summary, recorded_at)"
        + " values (?, ?, '乡政府会议室', ?, '乡政府网站', '自愿报名、随机选取', '张三、李四', ?, '听证纪要', ?)",
        b.id, held, noticed, materials, held.atTime(17, 0).atZone(ConformanceFixture.ZONE).toOffsetDateTime());
  }

  @Test
  void art16And17HearingNotAnnouncedBeforehandMaterialsLessThanSevenDaysBeforeOrWithoutSignedRecordAreFound() {
    Builder good = fixture.compliant();
    hearing(good, LocalDate.of(2018, 2, 20), LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 13));
    Builder lateMaterials = fixture.compliant();
    hearing(lateMaterials, LocalDate.of(2018, 2, 20), LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 15));
    Builder notAnnounced = fixture.compliant();
    hearing(notAnnounced, LocalDate.of(2018, 2, 20), LocalDate.of(2018, 2, 20), LocalDate.of(2018, 2, 10));
    Builder unsigned = fixture.compliant();
    hearingWithoutRecord(unsigned, LocalDate.of(2018, 2, 20), LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 13));
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART16_HEARING_NOTICE", "ART17_HEARING_RECORD");
    assertThat(found.get("ART16_HEARING_NOTICE"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(lateMaterials.no, notAnnounced.no)));
    assertThat(found.get("ART17_HEARING_RECORD")).containsExactly(unsigned.no);
    assertThat(runs.violations(runYear().id(), "ART16_HEARING_NOTICE", null, false))
        .extracting(Violation::found).anySatisfy(f -> assertThat(f).contains("距听证仅5日"));
  }

  private long expert(String name, String conflicts) {
    jdbc.update("insert into md_expert (name, field, organisation, declared_conflicts, status, added_by, added_at)"
        + " values (?, '市场建设', '某大学', ?, 'ACTIVE', 'admin', ?)", name, conflicts, ConformanceFixture.odt(1, 1, 9));
    return jdbc.queryForObject("select max(id) from md_expert where name = ?", Long.class, name);
  }

  private void selected(Builder b, Long expertId, String outsideName, String outsideReason) {
    jdbc.update("insert into md_expert_participation (decision_id, expert_id, outside_name, outside_reason, selected_at)"
        + " values (?, ?, ?, ?, ?)", b.id, expertId, outsideName, outsideReason, ConformanceFixture.odt(2, 10, 9));
    b.trail("EXPERT_OPINIONS_SUBMITTED", "专家论证意见已提交", ConformanceFixture.odt(2, 20, 9));
  }

  @Test
  void art20And21ConflictedOrRemovedExpertsAndArgumentationWithoutASelectionRecordAreFound() {
    long neutral = expert("王中立", "某房地产公司");
    long conflicted = expert("赵有关", "合规检查样例");
    long removed = expert("钱除名", null);
    jdbc.update("insert into md_expert_sanction (expert_id, kind, reason, recorded_by, recorded_at)"
        + " values (?, 'REMOVED', '论证意见弄虚作假', 'admin', ?)", removed, ConformanceFixture.odt(1, 20, 9));
    Builder fromPool = fixture.compliant();
    selected(fromPool, neutral, null, null);
    Builder outside = fixture.compliant();
    selected(outside, null, "浙江省市场建设研究院", "专家库中无农贸市场建设专业机构");
    Builder withConflict = fixture.compliant();
    selected(withConflict, conflicted, null, null);
    Builder withRemoved = fixture.compliant();
    selected(withRemoved, removed, null, null);
    Builder noRecord = fixture.compliant();
    noRecord.trail("EXPERT_OPINIONS_SUBMITTED", "专家论证意见已提交", ConformanceFixture.odt(2, 20, 9));
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART20_EXPERT_INDEPENDENCE", "ART21_EXPERT_SELECTION_RECORD");
    assertThat(found.get("ART20_EXPERT_INDEPENDENCE"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(withConflict.no, withRemoved.no)));
    assertThat(found.get("ART21_EXPERT_SELECTION_RECORD")).containsExactly(noRecord.no);
  }

  private void meetingRisk(Builder b, String judgement, String measures) {
    b.trail("RISK_REPORT_SUBMITTED", "风险评估报告：风险等级低", ConformanceFixture.odt(2, 15, 9));
    b.trail("RISK_ASSESSMENT_COMPLETED", "风险评估完成", ConformanceFixture.odt(2, 20, 9));
    jdbc.update("update md_meeting_record set risk_judgement = ?, risk_measures = ? where decision_id = ?",
        judgement, measures, b.id);
  }

  @Test
  void art24AdoptionWithAnUncontrollableOrUnrecordedRiskJudgementIsFound() {
    meetingRisk(fixture.compliant(), "CONTROLLABLE", null);
    meetingRisk(fixture.compliant(), "CONTROLLABLE_WITH_MEASURES", "设置临时过渡市场");
    Builder uncontrollable = fixture.compliant();
    meetingRisk(uncontrollable, "UNCONTROLLABLE", null);
    Builder noMeasures = fixture.compliant();
    meetingRisk(noMeasures, "CONTROLLABLE_WITH_MEASURES", " ");
    Builder noJudgement = fixture.compliant();
    meetingRisk(noJudgement, null, null);
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART24_RISK_JUDGEMENT", "ART24_RISK_JUDGEMENT_MISSING");
    assertThat(found.get("ART24_RISK_JUDGEMENT"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(uncontrollable.no, noMeasures.no)));
    assertThat(found.get("ART24_RISK_JUDGEMENT_MISSING")).containsExactly(noJudgement.no);
  }

  private void review(Builder b, String conclusion, String exceptionReason, int month, int day) {
    jdbc.update("insert into md_fair_competition_review (decision_id, review_step, reviewer_unit, conclusion, reviewed_on,"
        + " opinion, stakeholders_heard, exception_reason, recorded_at) values (?, 'DRAFTER', 'huaqiao', ?, ?,"
        + " '审查意见', '座谈会', ?, ?)", b.id, conclusion, LocalDate.of(2018, month, day), exceptionReason,
        ConformanceFixture.odt(month, day, 9));
  }

  @Test
  void fcrAMeasureOnMarketActorsIssuedWithoutAPassingReviewIsFoundAndItsMaterialsMustCarryTheReview() {
    String withFcr = "报送集体讨论材料：决策草案及其说明、合法性审查意见、公平竞争审查情况（已审查的附审查结论；依法不审查的附说明）";
    Builder passed = fixture.decision().materials(withFcr).insert();
    passed.variable("involvesMarketActors", true);
    review(passed, "PASS", null, 2, 10);
    Builder exception = fixture.decision().materials(withFcr).insert();
    exception.variable("involvesMarketActors", true);
    review(exception, "EXCEPTION", "为维护国家安全（第十二条第一项）", 2, 10);
    Builder notMarket = fixture.compliant();
    notMarket.variable("involvesMarketActors", false);
    Builder unreviewed = fixture.decision().materials(withFcr).insert();
    unreviewed.variable("involvesMarketActors", true);
    Builder failedLast = fixture.decision().materials(withFcr).insert();
    failedLast.procedure("FAIR_COMPETITION_REVIEW", true, null);
    review(failedLast, "PASS", null, 2, 10);
    review(failedLast, "FAIL", null, 2, 20);
    Builder unexplainedException = fixture.decision().materials(withFcr).insert();
    unexplainedException.variable("involvesMarketActors", true);
    review(unexplainedException, "EXCEPTION", " ", 2, 10);
    Builder materialsWithoutFcr = fixture.compliant();
    materialsWithoutFcr.variable("involvesMarketActors", true);
    review(materialsWithoutFcr, "PASS", null, 2, 10);
    Builder noMaterials = fixture.decision().noMaterials().insert();
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("FCR18_REVIEW_BEFORE_ISSUE", "ART29_MEETING_MATERIALS",
        "ART14_19_22_PROCEDURES", "FCR17_EXCEPTION");
    assertThat(found.get("FCR17_EXCEPTION")).as("every exception, explained or not, is shown")
        .containsExactlyElementsOf(new TreeSet<>(List.of(exception.no, unexplainedException.no)));
    assertThat(found.get("FCR18_REVIEW_BEFORE_ISSUE"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(unreviewed.no, failedLast.no, unexplainedException.no)));
    assertThat(found.get("ART29_MEETING_MATERIALS"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(materialsWithoutFcr.no, noMaterials.no)));
    assertThat(found.get("ART14_19_22_PROCEDURES")).as("no FAIR_COMPETITION_REVIEWED trail entry")
        .containsExactly(failedLast.no);
  }

  @Test
  void art36EvaluatorWhoArguedOrAssessedBeforeTheDecisionIsFoundByNormalisedName() {
    Builder independent = fixture.compliant();
    independent.variable("riskAssessorUnit", "金华某社会稳定风险评估中心");
    independent.variable("evaluatorUnit", "浙江某大学公共管理学院");
    Builder assessor = fixture.compliant();
    assessor.variable("riskAssessorUnit", "金华某社会稳定风险评估中心");
    assessor.variable("evaluatorUnit", "金华某社会稳定 风险评估中心。");
    Builder undertaker = fixture.compliant();
    undertaker.variable("undertakingUnitName", "花桥乡经济发展办公室");
    undertaker.variable("evaluatorUnit", "花桥乡经济发展办公室");
    Map<String, TreeSet<String>> found = found(runYear());
    assertThat(found).containsOnlyKeys("ART36_EVALUATOR_INDEPENDENCE");
    assertThat(found.get("ART36_EVALUATOR_INDEPENDENCE"))
        .containsExactlyElementsOf(new TreeSet<>(List.of(assessor.no, undertaker.no)));
    assertThat(runs.violations(runYear().id(), "ART36_EVALUATOR_INDEPENDENCE", null, false))
        .extracting(Violation::found).anySatisfy(f -> assertThat(f).contains("风险评估单位"));
  }

  /**
   * The statistics' 提示 rates (shortened review time, procedures left out under an exception, fair-competition
   * exceptions) and the lists behind them are what the rules find, read from md_conformance_rule: a change to a
   * rule's row changes the figure and its list with the next query, and switching the rule off falls back to the
   * written-out definition (ComplianceSql), which says the same.
   */
  @Test
  void theStatisticsRatesAndTheirListsAreTheRulesFindings() {
    fixture.compliant();
    Builder shortened = fixture.decision().meetingOn(3, 6).insert();
    shortened.trail("REVIEW_TIME_SHORTENED", "乡长决定缩短审查时间：防汛工程急需", ConformanceFixture.odt(3, 5, 10));
    Builder exempted = fixture.compliant();
    exempted.procedure("RISK_ASSESSMENT", false, "已于2017年评估（浦风评〔2017〕3号）");
    exempted.trail("PROCEDURE_EXEMPTED", "风险评估依法定例外不予开展：已有评估", ConformanceFixture.odt(2, 1, 9));
    Builder exception = fixture.compliant();
    jdbc.update("insert into md_fair_competition_review (decision_id, review_step, reviewer_unit, conclusion, reviewed_on,"
        + " opinion, stakeholders_heard, exception_reason, recorded_at) values (?, 'DRAFTER', 'huaqiao', 'EXCEPTION', ?,"
        + " '审查意见', '座谈会', '为维护国家安全', ?)", exception.id, LocalDate.of(2018, 2, 10), ConformanceFixture.odt(2, 10, 9));
    Map<String, TreeSet<String>> found = found(runYear());
    Map<String, String> ruleOf = Map.of("reviewTimeShortened", "ART26_REVIEW_TIME_SHORTENED",
        "procedureWaived", "ART14_19_22_EXEMPTED", "fairCompetitionException", "FCR17_EXCEPTION");
    Map<String, ComplianceFlag> flagOf = Map.of("reviewTimeShortened", ComplianceFlag.REVIEW_TIME_SHORTENED,
        "procedureWaived", ComplianceFlag.PROCEDURE_WAIVED, "fairCompetitionException", ComplianceFlag.FAIR_COMPETITION_EXCEPTION);
    for (String column : ruleOf.keySet()) {
      assertThat(found.get(ruleOf.get(column))).as(column).hasSize(1);
      assertThat(figure(column)).as(column).isEqualTo(1);
      assertThat(listed(flagOf.get(column))).as(column).containsExactlyElementsOf(found.get(ruleOf.get(column)));
    }

    // The rule's row is the definition: narrowed, the figure and the list follow; switched off, the written-out
    // condition answers the same as the rule did.
    jdbc.update("update md_conformance_rule set check_sql = replace(check_sql, '{scope}', '{scope} and 1 = 0')"
        + " where rule_id = 'FCR17_EXCEPTION'");
    assertThat(figure("fairCompetitionException")).isZero();
    assertThat(listed(ComplianceFlag.FAIR_COMPETITION_EXCEPTION)).isEmpty();
    jdbc.update("update md_conformance_rule set enabled = false where rule_id = 'FCR17_EXCEPTION'");
    assertThat(figure("fairCompetitionException")).isEqualTo(1);
    assertThat(listed(ComplianceFlag.FAIR_COMPETITION_EXCEPTION)).containsExactly(exception.no);
  }

  private long figure(String column) {
    return statistics.statistics(ConformanceFixture.YEAR, ConformanceFixture.UNIT).units().get(0).extra().get(column).count();
  }

  private List<String> listed(ComplianceFlag flag) {
    return search.all(new AuditCriteria(ConformanceFixture.UNIT, ConformanceFixture.YEAR, null, null, null, null, null,
        null, flag, null)).stream().map(DecisionSearch.DecisionRow::decisionNo).sorted().toList();
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
