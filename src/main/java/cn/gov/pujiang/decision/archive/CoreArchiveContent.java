package cn.gov.pujiang.decision.archive;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The parts every seal of scheme 1 covers: the decision's register entry, its procedure plan with
 * exemption reasons, every legality review round, every meeting record and its trail up to the
 * sealing moment. Read with plain SQL so that sealing and verifying read exactly the same columns.
 *
 * <p>Engine history (ACT_HI_*) is deliberately not covered: it is removed after its retention time
 * (ADR 0002) and the chain must stay verifiable for the archive's whole retention period.
 */
@Configuration(proxyBeanMethods = false)
class CoreArchiveContent {

  @Bean
  ArchiveContentPart decisionPart(JdbcTemplate jdbc) {
    return part(1, jdbc,
        "select decision_no, title, unit_code, proposer_type, created_by, created_at from md_decision where id = ?",
        "decision", false);
  }

  @Bean
  ArchiveContentPart procedurePart(JdbcTemplate jdbc) {
    return part(2, jdbc,
        "select id, procedure_code, required, planned, legal_basis, exemption_reason, decided_by, decided_at"
            + " from md_procedure_requirement where decision_id = ? order by id",
        "procedure", false);
  }

  @Bean
  ArchiveContentPart legalityPart(JdbcTemplate jdbc) {
    return part(3, jdbc,
        "select id, round_no, submitted_at, submitted_by, outcome, opinion, legal_risks, recheck_required,"
            + " adviser_opinion, guidance_opinion, reviewer, issued_at"
            + " from md_legality_opinion where decision_id = ? order by id",
        "legality", false);
  }

  @Bean
  ArchiveContentPart meetingPart(JdbcTemplate jdbc) {
    return part(4, jdbc,
        "select id, meeting_type, meeting_date, attendees, member_opinions, members_in_favour, members_against,"
            + " members_abstaining, head_spoke_last, head_decision, outcome, deviation_reason, minutes,"
            + " recorded_by, recorded_at from md_meeting_record where decision_id = ? order by id",
        "meeting", false);
  }

  @Bean
  ArchiveContentPart trailPart(JdbcTemplate jdbc) {
    return part(5, jdbc,
        "select id, stage, event, summary, actor, activity_id, recorded_at"
            + " from md_stage_record where decision_id = ? and id <= ? order by id",
        "trail", true);
  }

  private static ArchiveContentPart part(int order, JdbcTemplate jdbc, String sql, String kind, boolean bounded) {
    return new ArchiveContentPart() {
      @Override
      public int since() {
        return 1;
      }

      @Override
      public int order() {
        return order;
      }

      @Override
      public void write(long decisionId, long sealedTrailId, CanonicalText out) {
        Object[] args = bounded ? new Object[] {decisionId, sealedTrailId} : new Object[] {decisionId};
        jdbc.query(sql, rs -> {
          int n = rs.getMetaData().getColumnCount();
          Object[] values = new Object[n];
          for (int i = 0; i < n; i++) {
            Object value = rs.getObject(i + 1);
            values[i] = value instanceof java.time.temporal.Temporal || value instanceof java.util.Date
                ? rs.getTimestamp(i + 1) : value;
            if (value instanceof java.sql.Date || value instanceof java.time.LocalDate) {
              values[i] = rs.getDate(i + 1).toLocalDate();
            }
          }
          out.line(kind, values);
        }, args);
      }
    };
  }
}
