package cn.gov.pujiang.decision.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.audit.AuditTimeline;
import cn.gov.pujiang.decision.meeting.DisputeStatement.UnitView;
import cn.gov.pujiang.decision.participation.Hearings;
import cn.gov.pujiang.decision.participation.Hearings.Hearing;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.review.IssuedOpinion;
import cn.gov.pujiang.decision.review.LegalityOpinions;
import cn.gov.pujiang.decision.review.LegalityOutcome;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * The complete record's new tables (V19, V19_1, V19_2) on PostgreSQL: a meeting record with its speakers in order, a dispute
 * statement with each unit's view, a hearing; written through the application's services and read back, and the
 * auditor's timeline reads them (the H2 tests drive the same services through the processes).
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class Issue22RecordsIT extends ProcessTestSupport {

  @Autowired MeetingRecords meetings;
  @Autowired DisputeStatements disputes;
  @Autowired Hearings hearings;
  @Autowired AuditTimeline timelines;
  @Autowired LegalityOpinions opinions;

  @Test
  void meetingSpeakersDisputeStatementAndHearingAreStoredAndReadBackOnPostgresql() {
    Decision decision = registerDecision(TOWN, "农贸市场改造提升方案（PostgreSQL）");
    String no = decision.getDecisionNo();
    // Reviewed first, as the gate requires: other ITs on the same database count meetings without a passed review.
    int round = opinions.openRound(no, ACTING_USER, null).getRoundNo();
    opinions.close(no, round, new IssuedOpinion(LegalityOutcome.LAWFUL, "审查意见", null, false, "法律顾问意见", null,
        "baima.reviewer"));
    MeetingSpeeches speeches = new MeetingSpeeches(List.of(
        new MeetingParticipant("委员乙", "副镇长", ParticipantRole.MEMBER, false, MemberOpinion.AGREE, "同意"),
        new MeetingParticipant("委员丙", "副镇长", ParticipantRole.MEMBER, false, MemberOpinion.DISAGREE, "不同意，时机不成熟"),
        new MeetingParticipant("委员丁", "党委委员", ParticipantRole.MEMBER, false, MemberOpinion.RESERVE, "保留"),
        new MeetingParticipant("首长甲", "镇长", ParticipantRole.HEAD, true, MemberOpinion.AGREE, "同意实施")));

    meetings.record(no, new MeetingResult(MeetingType.TOWN_EXECUTIVE, LocalDate.of(2026, 3, 11), speeches, "同意实施",
        MeetingOutcome.ADOPTED, "事关安全，须尽快实施", RiskJudgement.CONTROLLABLE_WITH_MEASURES, "设置临时过渡市场",
        "会议纪要", "baima.office"), null);
    disputes.record(no, "临时过渡市场选址", List.of(new UnitView("县自然资源和规划局", "不同意选址"),
        new UnitView("县市场监管局", "建议另选址")), "维持原选址", "经核实不占基本农田", "baima.clerk", null);
    hearings.record(no, new Hearing(LocalDate.of(2026, 3, 20), "白马镇人民政府三楼会议室", LocalDate.of(2026, 3, 2),
        "白马镇人民政府网站", "自愿报名、随机抽取", "经营户代表张某、居民代表王某", LocalDate.of(2026, 3, 10), "多数支持",
        "baima.clerk"), null);

    assertThat(meetings.forDecision(no)).singleElement().satisfies(r -> {
      assertThat(r.getParticipants()).extracting(MeetingParticipant::getName, MeetingParticipant::getOpinion)
          .containsExactly(tuple("委员乙", MemberOpinion.AGREE), tuple("委员丙", MemberOpinion.DISAGREE),
              tuple("委员丁", MemberOpinion.RESERVE), tuple("首长甲", MemberOpinion.AGREE));
      assertThat(r.getMembersInFavour()).isEqualTo(1);
      assertThat(r.getMembersAgainst()).isEqualTo(1);
      assertThat(r.getMembersAbstaining()).isEqualTo(1);
      assertThat(r.isHeadSpokeLast()).isTrue();
      assertThat(r.getRiskJudgement()).isEqualTo(RiskJudgement.CONTROLLABLE_WITH_MEASURES);
    });
    assertThat(disputes.forDecision(no)).singleElement()
        .satisfies(d -> assertThat(d.getUnitViews()).extracting(UnitView::getUnit)
            .containsExactly("县自然资源和规划局", "县市场监管局"));
    assertThat(hearings.forDecision(no)).singleElement()
        .satisfies(h -> assertThat(h.noticePublishedOn()).isEqualTo(LocalDate.of(2026, 3, 2)));
    assertThat(timelines.timeline(no).entries()).extracting(e -> e.detail() == null ? "" : e.detail())
        .anySatisfy(d -> assertThat(d).contains("2. 委员丙（副镇长，会议组成人员）不同意：“不同意，时机不成熟”"))
        .anySatisfy(d -> assertThat(d).contains("县自然资源和规划局的意见：不同意选址"));
  }
}
