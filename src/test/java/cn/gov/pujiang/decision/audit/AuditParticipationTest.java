package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.audit.AuditStatistics.Ratio;
import cn.gov.pujiang.decision.audit.AuditStatistics.Statistics;
import cn.gov.pujiang.decision.audit.AuditTimeline.Timeline;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public participation for auditors (Decree 713 Art. 15, 18) on {@link AuditFixture} plus a ledger
 * written by hand: 花桥 900002 consulted 20 days (a shortened period) with three opinions — 采纳 after
 * 2 days, 不予采纳 after 4 days, 不予处理 after 1 day; 花桥 900001 consulted 30 days with one 部分采纳
 * answered after 3 days. Hand-worked: 900002 adopted 1 of 2 classified (50%), answer time (2+4+1)/3 =
 * 2.3 days; the unit's period figure 1 of 2 decisions, its adoption figure 2 of 3.
 */
@Transactional
class AuditParticipationTest extends ProcessTestSupport {

  @Autowired DataSource dataSource;
  @Autowired DecisionFacts facts;
  @Autowired AuditTimeline timelines;
  @Autowired AuditStatistics statistics;
  @Autowired ParticipationFigures figures;
  @Autowired AuditExports exports;

  @BeforeEach
  void insertFixture() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    new AuditFixture(jdbc, facts).insert();
    consultation(jdbc, "huaqiao-2019-900002", "tokenAAAAAAAAAAAAAAAAA", 20, AuditFixture.odt(2, 10, 9));
    consultation(jdbc, "huaqiao-2019-900001", "tokenBBBBBBBBBBBBBBBBB", 30, AuditFixture.odt(1, 12, 9));
    opinion(jdbc, "huaqiao-2019-900002", "GY-AAAA-AAAA-AAAA-AAAA", "ADOPTED", null, false, 2, "王五");
    opinion(jdbc, "huaqiao-2019-900002", "GY-BBBB-BBBB-BBBB-BBBB", "NOT_ADOPTED", "与上位法不符", false, 4, "赵六");
    opinion(jdbc, "huaqiao-2019-900002", "GY-CCCC-CCCC-CCCC-CCCC", null, "广告", true, 1, null);
    opinion(jdbc, "huaqiao-2019-900001", "GY-DDDD-DDDD-DDDD-DDDD", "PARTLY_ADOPTED", "部分采纳营业时间建议", false, 3, null);
  }

  private static void consultation(JdbcTemplate jdbc, String no, String token, int days, OffsetDateTime opens) {
    jdbc.update("insert into md_consultation (public_token, decision_no, unit_code, title, document_ids, other_ways,"
            + " period_days, opens_at, closes_at, opened_by) values (?, ?, 'huaqiao', '标题', '', '来信', ?, ?, ?, 'huaqiao.clerk')",
        token, no, days, opens, opens.plusDays(days));
  }

  private static void opinion(JdbcTemplate jdbc, String no, String receipt, String classification, String reason,
      boolean dismissed, int answerDays, String name) {
    OffsetDateTime received = AuditFixture.odt(2, 11, 10);
    jdbc.update("insert into md_public_opinion (decision_no, receipt_no, source, body, author_name, text_hash, received_at,"
            + " classification, reason, dismissed, answered_by, answered_at)"
            + " values (?, ?, 'ONLINE', '意见正文', ?, ?, ?, ?, ?, ?, 'huaqiao.clerk', ?)",
        no, receipt, name, receipt, received, classification, reason, dismissed, received.plusDays(answerDays));
  }

  @Test
  void timelineShowsEachOpinionsReceiptAndAnswerWithoutTheCitizensName() {
    Timeline t = timelines.timeline("huaqiao-2019-900002");

    List<TimelineEntry> opinions = t.entries().stream().filter(e -> "PUBLIC_OPINION".equals(e.kind())).toList();
    assertThat(opinions).hasSize(6);
    assertThat(opinions).extracting(TimelineEntry::title).contains("收到公众意见（网上征求意见）", "处理公众意见：采纳",
        "处理公众意见：不予采纳", "处理公众意见：不予处理");
    assertThat(opinions).filteredOn(e -> e.title().equals("处理公众意见：不予采纳")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("GY-BBBB-BBBB-BBBB-BBBB", "与上位法不符"));
    assertThat(opinions).allSatisfy(e -> assertThat(e.actor() + e.detail()).doesNotContain("王五", "赵六"));
  }

  @Test
  void perDecisionFiguresMatchTheHandWorkedAnswer() {
    List<ParticipationFigures.Row> rows = figures.rows(AuditFixture.YEAR, "huaqiao");

    assertThat(rows).extracting(ParticipationFigures.Row::decisionNo)
        .containsExactly("huaqiao-2019-900001", "huaqiao-2019-900002");
    ParticipationFigures.Row r = rows.get(1);
    assertThat(r.opinions()).isEqualTo(3);
    assertThat(r.answered()).isEqualTo(2);
    assertThat(r.adopted()).isEqualTo(1);
    assertThat(r.adoptedPercent()).isEqualTo(50.0);
    assertThat(r.periodDays()).isEqualTo(20);
    assertThat(r.periodAtLeast30()).isFalse();
    assertThat(r.averageAnswerDays()).isEqualTo(2.3);
    assertThat(figures.rows(AuditFixture.YEAR, "qianwu")).isEmpty();
  }

  @Test
  void statisticsCarryThePeriodAndAdoptionColumnsAndExportThem() {
    Statistics s = statistics.statistics(AuditFixture.YEAR, null);

    Ratio period = s.units().stream().filter(u -> "huaqiao".equals(u.unitCode())).findFirst().orElseThrow()
        .extra().get("commentPeriodAtLeast30");
    Ratio adopted = s.units().stream().filter(u -> "huaqiao".equals(u.unitCode())).findFirst().orElseThrow()
        .extra().get("opinionsAdopted");
    assertThat(period.count()).isEqualTo(1);
    assertThat(period.base()).isEqualTo(2);
    assertThat(adopted.count()).isEqualTo(2);
    assertThat(adopted.base()).isEqualTo(3);
    String csv = new String(exports.csv(exports.statistics(s)), StandardCharsets.UTF_8);
    assertThat(csv).contains("征求意见期限不少于30日", "公众意见采纳");
    String perDecision = new String(exports.csv(List.of(figures.table(AuditFixture.YEAR,
        figures.rows(AuditFixture.YEAR, "huaqiao")))), StandardCharsets.UTF_8);
    assertThat(perDecision).contains("平均答复时间(日)", "huaqiao-2019-900002", "2.3", "否");
  }
}
