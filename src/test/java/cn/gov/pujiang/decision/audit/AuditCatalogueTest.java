package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.audit.AuditStatistics.Ratio;
import cn.gov.pujiang.decision.audit.AuditStatistics.Statistics;
import cn.gov.pujiang.decision.audit.AuditStatistics.UnitRow;
import cn.gov.pujiang.decision.audit.DecisionSearch.DecisionRow;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * The catalogue in the auditor workspace, on {@link AuditFixture} plus catalogues written by hand:
 *
 * <pre>
 * huaqiao 2019, PUBLISHED:  C01 STARTED   -> H1 (ARCHIVED, ADOPTED: done)
 *                           C02 STARTED   -> H3 (PUBLICATION, open), postponed by an approved adjustment
 *                           C03 PLANNED      (no decision yet), a REJECTED postponement (not counted)
 *                           C04 WITHDRAWN    (excluded from the base)
 *                           H2 started outside the catalogue with an emergency reason
 * qianwu 2019, COMPILING:   C01 STARTED   -> Q1 (an unpublished catalogue gives no figure)
 *                           Q2 has neither item nor reason (registered before the catalogue existed)
 * </pre>
 *
 * Right answers: huaqiao completion 1 of 3, postponed 1 of 3; qianwu no figure.
 */
@Transactional
class AuditCatalogueTest extends ProcessTestSupport {

  static final int YEAR = AuditFixture.YEAR;
  static final String EMERGENCY = "汛期垃圾清运费用紧急调整，县防指通知要求立即执行";

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
    OffsetDateTime at = AuditFixture.odt(1, 5, 9);
    catalogue(9901, "huaqiao", "PUBLISHED", at);
    catalogue(9902, "qianwu", "COMPILING", at);
    item(99011, 9901, "huaqiao-2019-C01", 1, "STARTED", at);
    item(99012, 9901, "huaqiao-2019-C02", 2, "STARTED", at);
    item(99013, 9901, "huaqiao-2019-C03", 3, "PLANNED", at);
    item(99014, 9901, "huaqiao-2019-C04", 4, "WITHDRAWN", at);
    item(99021, 9902, "qianwu-2019-C01", 1, "STARTED", at);
    adjustment(9901, 99012, "POSTPONE", "APPROVED", at);
    adjustment(9901, 99013, "POSTPONE", "REJECTED", at);
    adjustment(9901, 99014, "WITHDRAW", "APPROVED", at);
    jdbc.update("update md_decision set catalogue_item_id = 99011 where id = 990001");
    jdbc.update("update md_decision set catalogue_item_id = 99012 where id = 990003");
    jdbc.update("update md_decision set catalogue_item_id = 99021 where id = 990004");
    jdbc.update("update md_decision set emergency_reason = ? where id = 990002", EMERGENCY);
  }

  private void catalogue(long id, String unit, String status, OffsetDateTime at) {
    jdbc.update("insert into md_catalogue (id, unit_code, catalogue_year, status, created_by, created_at, updated_at,"
        + " version) values (?, ?, ?, ?, 'fixture', ?, ?, 0)", id, unit, YEAR, status, at, at);
  }

  private void item(long id, long catalogue, String no, int seq, String status, OffsetDateTime at) {
    jdbc.update("insert into md_catalogue_item (id, catalogue_id, item_no, seq, title, organising_unit, legal_basis,"
            + " planned_procedures, planned_completion, status, origin, created_by, created_at, updated_at, version)"
            + " values (?, ?, ?, ?, ?, '党政综合办公室', '条例第八条', 'RISK_ASSESSMENT', ?, ?, 'PLANNED', 'fixture', ?, ?, 0)",
        id, catalogue, no, seq, "目录事项" + no, java.sql.Date.valueOf("2019-12-31"), status, at, at);
  }

  private void adjustment(long catalogue, long item, String kind, String status, OffsetDateTime at) {
    jdbc.update("insert into md_catalogue_adjustment (catalogue_id, kind, item_id, reason, new_completion, status,"
            + " requested_by, requested_at, version) values (?, ?, ?, '因上级政策调整', ?, ?, 'fixture', ?, 0)",
        catalogue, kind, item, "POSTPONE".equals(kind) ? java.sql.Date.valueOf("2020-06-30") : null, status, at);
  }

  private List<String> numbers(AuditCriteria criteria) {
    return search.search(criteria, 0, 50, "decisionNo", "asc").items().stream().map(DecisionRow::decisionNo).toList();
  }

  private static AuditCriteria catalogue(String item, Boolean outside, Integer catalogueYear) {
    // Registered in the fixture's year: other tests of the shared context leave decisions of other years.
    return new AuditCriteria(null, YEAR, null, null, null, null, null, null, null, null, item, outside, catalogueYear);
  }

  @Test
  void searchFiltersByCatalogueItemAndEmergencyStart() {
    assertThat(numbers(catalogue("huaqiao-2019-C01", null, null))).containsExactly("huaqiao-2019-900001");
    assertThat(numbers(catalogue("huaqiao-2019-C03", null, null))).isEmpty();
    assertThat(numbers(catalogue("no-such-item", null, null))).isEmpty();
    assertThat(numbers(catalogue(null, true, null))).containsExactly("huaqiao-2019-900002");
    assertThat(numbers(catalogue(null, false, null)))
        .containsExactly("huaqiao-2019-900001", "huaqiao-2019-900003", "qianwu-2019-900004");
    assertThat(numbers(catalogue(null, null, YEAR)))
        .containsExactly("huaqiao-2019-900001", "huaqiao-2019-900003", "qianwu-2019-900004");
    assertThat(numbers(catalogue(null, null, YEAR + 1))).isEmpty();
    // The statistics' link: one unit's decisions of that year's catalogue (the query reads that unit's catalogues only).
    assertThat(numbers(catalogue(null, null, YEAR).withUnit("huaqiao")))
        .containsExactly("huaqiao-2019-900001", "huaqiao-2019-900003");
    assertThat(numbers(catalogue(null, null, YEAR).withUnit("qianwu"))).containsExactly("qianwu-2019-900004");
    assertThat(numbers(catalogue(null, null, YEAR).withUnit("baima"))).isEmpty();

    List<DecisionRow> rows = search.search(AuditCriteria.forYear(YEAR), 0, 50, "decisionNo", "asc").items();
    DecisionRow h1 = rows.get(0);
    DecisionRow h2 = rows.get(1);
    DecisionRow q2 = rows.get(4);
    assertThat(h1.catalogueItem()).isEqualTo("huaqiao-2019-C01");
    assertThat(h1.emergency()).isFalse();
    assertThat(h2.emergency()).isTrue();
    assertThat(h2.emergencyReason()).isEqualTo(EMERGENCY);
    assertThat(h2.catalogueItem()).isNull();
    assertThat(q2.decisionNo()).isEqualTo("qianwu-2019-900005");
    assertThat(q2.emergency()).isFalse();
    assertThat(q2.catalogueItem()).isNull();
  }

  @Test
  void timelineAndDossierShowTheStartBasis() throws Exception {
    AuditTimeline.Timeline h2 = timelines.timeline("huaqiao-2019-900002");
    assertThat(h2.decision().emergencyReason()).isEqualTo(EMERGENCY);
    assertThat(h2.decision().catalogueItem()).isNull();
    assertThat(timelines.timeline("huaqiao-2019-900001").decision().catalogueItem()).isEqualTo("huaqiao-2019-C01");
    byte[] pdf = mvc.perform(get("/api/audit/decisions/huaqiao-2019-900002/dossier.pdf"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
          .contains("目录外紧急启动", "汛期垃圾清运费用紧急调整");
    }
  }

  @Test
  void searchApiTakesTheCatalogueParametersAndRefusesBadOnes() throws Exception {
    mvc.perform(get("/api/audit/decisions").param("year", "2019").param("outsideCatalogue", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].decisionNo").value("huaqiao-2019-900002"))
        .andExpect(jsonPath("$.items[0].emergency").value(true))
        .andExpect(jsonPath("$.items[0].emergencyReason").value(EMERGENCY));
    mvc.perform(get("/api/audit/decisions").param("year", "2019").param("catalogueItem", "huaqiao-2019-C02"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].catalogueItem").value("huaqiao-2019-C02"));
    mvc.perform(get("/api/audit/decisions").param("outsideCatalogue", "maybe"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("outsideCatalogue"));
    mvc.perform(get("/api/audit/decisions").param("catalogueYear", "明年"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("catalogueYear"));
    mvc.perform(get("/api/audit/decisions").param("catalogueItem", "x".repeat(41)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("catalogueItem"));
    String csv = new String(mvc.perform(get("/api/audit/decisions/export").param("format", "csv")
            .param("year", "2019").param("outsideCatalogue", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
        StandardCharsets.UTF_8);
    assertThat(csv).contains("目录外紧急启动").contains(EMERGENCY).contains("huaqiao-2019-900002")
        .doesNotContain("huaqiao-2019-900001");
  }

  @Test
  void catalogueCompletionPerUnitMatchesTheHandWorkedAnswerAndLinksToItsDecisions() throws Exception {
    Statistics s = statistics.statistics(YEAR, null);
    assertThat(s.extraColumns()).extracting(AuditStatistics.ExtraColumn::key)
        .contains("catalogueCompletion", "cataloguePostponed");
    UnitRow huaqiao = s.units().stream().filter(u -> u.unitCode().equals("huaqiao")).findFirst().orElseThrow();
    UnitRow qianwu = s.units().stream().filter(u -> u.unitCode().equals("qianwu")).findFirst().orElseThrow();
    Ratio completion = huaqiao.extra().get("catalogueCompletion");
    assertThat(completion.count()).isEqualTo(1);
    assertThat(completion.base()).isEqualTo(3);
    Ratio postponed = huaqiao.extra().get("cataloguePostponed");
    assertThat(postponed.count()).isEqualTo(1);
    assertThat(postponed.base()).isEqualTo(3);
    assertThat(qianwu.extra()).doesNotContainKey("catalogueCompletion");
    assertThat(statistics.statistics(YEAR + 1, null).units())
        .allSatisfy(u -> assertThat(u.extra()).doesNotContainKey("catalogueCompletion"));

    // The link behind the figure lists exactly the decisions counted as done.
    mvc.perform(get("/api/audit/decisions?" + completion.link()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].decisionNo").value("huaqiao-2019-900001"));
    mvc.perform(get("/api/audit/decisions?" + postponed.link()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2));

    String csv = new String(mvc.perform(get("/api/audit/statistics/export").param("year", "2019").param("format", "csv"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(csv).contains("目录事项完成");
  }
}
