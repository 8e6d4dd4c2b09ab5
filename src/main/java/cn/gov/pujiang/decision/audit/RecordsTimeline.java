package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.lifecycle.ExemptionGround;
import cn.gov.pujiang.decision.lifecycle.Procedure;
import cn.gov.pujiang.decision.meeting.MeetingOutcome;
import cn.gov.pujiang.decision.meeting.MemberOpinion;
import cn.gov.pujiang.decision.meeting.ParticipantRole;
import cn.gov.pujiang.decision.meeting.RiskJudgement;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.review.LegalityOutcome;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The application's records of a decision: the trail (md_stage_record; an administrator's
 * intervention through the engine's APIs is marked INTERVENTION), every legality review
 * round with its opinion, returns (退回) and re-submissions, meeting records, and the procedure plan
 * with exemption reasons (特别说明).
 */
@Component
@Order(2)
class RecordsTimeline implements TimelineSource {

  /** Trail events that send work back. */
  private static final Set<String> RETURNS =
      Set.of("SUBMISSION_RETURNED", "ARCHIVE_RETURNED", "INITIATION_REFUSED");

  /** Task actions (taskaction/TaskActions, ADR 0022) and their markers in audit.js. */
  private static final java.util.Map<String, String> TASK_ACTIONS = java.util.Map.of(
      "TASK_COPIED", "COPY", "TASK_URGED", "URGE", "TASK_HANDED_OVER", "HANDOVER", "TASK_TAKEN_BACK", "TAKE_BACK",
      "TASK_CONSULTED", "CONSULT", "TASK_CONSULTATION_ANSWERED", "CONSULT", "TASK_CONSULTATION_WITHDRAWN", "CONSULT");

  /**
   * Trail events another source already tells, with more detail: a review submitted and its opinion are the
   * round in md_legality_opinion, an exemption is the plan's row in md_procedure_requirement. Shown
   * once (the browser walk-through: 进入阶段, 审查结论 and 特别说明 were doubled).
   */
  static final Set<String> TOLD_ELSEWHERE = Set.of("REVIEW_SUBMITTED", "LEGALITY_OPINION_ISSUED", "PROCEDURE_EXEMPTED");

  /**
   * A stage entered through a call activity is a process of its own, which the engine history already
   * shows (进入阶段); a stage entered at a user task of the main process (草案拟定 at 拟定决策草案) has no
   * such entry and keeps its trail line.
   */
  private static boolean told(String event, String activityId) {
    return "STAGE_ENTERED".equals(event) && activityId != null && activityId.startsWith("CallActivity_");
  }

  /**
   * A procedure with no stage or task of its own (docs/processes.md, "Not plannable"): the timeline
   * says where they are done, so that a planned one followed directly by the next stage does not read as
   * skipped (the browser walk-through: 听取相关群体代表意见 planned, then 合法性审查, and no task of its own).
   */
  static final java.util.Map<String, String> CARRIED_OUT_WITHIN = java.util.Map.of(
      "GROUP_CONSULTATION", "无单独任务，在“公众参与”阶段的“选择公众参与方式”中记录与相关群体代表的沟通协商");

  private final JdbcTemplate jdbc;

  RecordsTimeline(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<TimelineEntry> entries(DecisionRef decision) {
    List<TimelineEntry> entries = new ArrayList<>();
    jdbc.query(
        "select stage, event, summary, actor, recorded_at, activity_id from md_stage_record where decision_id = ?"
            + " order by recorded_at, id",
        rs -> {
          String event = rs.getString(2);
          if (TOLD_ELSEWHERE.contains(event) || told(event, rs.getString(6))) {
            return;
          }
          String marker = StageRecords.ADMIN_INTERVENTION.equals(event) ? "INTERVENTION"
              : RETURNS.contains(event) ? "RETURN"
              : "PROCEDURE_EXEMPTED".equals(event) || event.startsWith("FACT_CHANGE_") ? "EXEMPTION"
              : event.endsWith("_OVERDUE") ? "OVERDUE"
              : TASK_ACTIONS.getOrDefault(event, null);
          entries.add(TimelineEntry.simple(time(rs.getTimestamp(5)), "RECORD", Labels.trailStage(rs.getString(1)),
              rs.getString(3) == null ? event : rs.getString(3), rs.getString(4), null, marker));
        },
        decision.id());
    jdbc.query(
        "select round_no, submitted_at, submitted_by, outcome, opinion, legal_risks, recheck_required, adviser_opinion,"
            + " guidance_opinion, reviewer, issued_at from md_legality_opinion where decision_id = ? order by round_no",
        rs -> {
          int round = rs.getInt(1);
          entries.add(TimelineEntry.simple(time(rs.getTimestamp(2)), "OPINION", "合法性审查",
              "第" + round + "轮送审" + (round > 1 ? "（重新送审）" : ""), rs.getString(3), null,
              round > 1 ? "RESUBMISSION" : null));
          if (rs.getTimestamp(11) != null) {
            String outcome = rs.getString(4);
            LegalityOutcome parsed = LegalityOutcome.parse(outcome);
            StringBuilder detail = new StringBuilder();
            append(detail, "审查意见", rs.getString(5));
            append(detail, "法律风险", rs.getString(6));
            if (Boolean.TRUE.equals(rs.getObject(7, Boolean.class))) {
              detail.append("须修改后再次送审；");
            }
            append(detail, "法律顾问意见", rs.getString(8));
            append(detail, "县级指导意见", rs.getString(9));
            entries.add(TimelineEntry.simple(time(rs.getTimestamp(11)), "OPINION", "合法性审查",
                "第" + round + "轮审查结论：" + (parsed == null ? outcome : parsed.label()), rs.getString(10),
                detail.toString(), parsed == LegalityOutcome.RETURNED_INCOMPLETE ? "RETURN" : null));
          }
        },
        decision.id());
    jdbc.query(
        "select meeting_type, meeting_date, members_in_favour, members_against, members_abstaining, head_decision,"
            + " outcome, deviation_reason, recorded_by, recorded_at, id, risk_judgement, risk_measures"
            + " from md_meeting_record where decision_id = ? order by recorded_at, id",
        rs -> {
          MeetingOutcome outcome = MeetingOutcome.parse(rs.getString(7));
          StringBuilder detail = new StringBuilder();
          detail.append("会议日期").append(rs.getDate(2).toLocalDate()).append("；");
          String speeches = speeches(rs.getLong(11));
          if (speeches.isEmpty()) {
            detail.append("赞成").append(rs.getInt(3)).append("人，反对").append(rs.getInt(4)).append("人，弃权")
                .append(rs.getInt(5)).append("人（逐人意见见会议纪要）；");
          } else {
            detail.append("会议组成人员同意").append(rs.getInt(3)).append("人，不同意").append(rs.getInt(4))
                .append("人，保留").append(rs.getInt(5)).append("人；发言顺序：").append(speeches);
          }
          append(detail, "行政首长决定", rs.getString(6));
          append(detail, "与多数意见不一致的理由", rs.getString(8));
          String judgement = rs.getString(12);
          if (judgement != null) {
            append(detail, "决策机关风险判断", Labels.of(RiskJudgement.class, judgement, RiskJudgement::label));
            append(detail, "风险防控措施", rs.getString(13));
          }
          entries.add(TimelineEntry.simple(time(rs.getTimestamp(10)), "MEETING", "集体讨论决定",
              "会议决定：" + (outcome == null ? rs.getString(7) : outcome.label()), rs.getString(9),
              detail.toString(), outcome == MeetingOutcome.REVISE ? "RETURN" : null));
        },
        decision.id());
    jdbc.query(
        "select id, main_issues, undertaker_view, undertaker_reasons, recorded_by, recorded_at from md_dispute_statement"
            + " where decision_id = ? order by recorded_at, id",
        rs -> {
          StringBuilder detail = new StringBuilder();
          append(detail, "争议的主要问题", rs.getString(2));
          jdbc.query("select unit_name, view_text from md_dispute_unit_view where dispute_statement_id = ?"
                  + " order by position",
              unit -> {
                append(detail, unit.getString(1) + "的意见", unit.getString(2));
              },
              rs.getLong(1));
          append(detail, "决策承办单位的意见", rs.getString(3));
          append(detail, "理由和依据", rs.getString(4));
          entries.add(TimelineEntry.simple(time(rs.getTimestamp(6)), "MEETING", "集体讨论决定",
              "争议问题说明（随集体讨论材料报送，第十三条）", rs.getString(5), detail.toString(), null));
        },
        decision.id());
    jdbc.query(
        "select procedure_code, required, planned, legal_basis, exemption_reason, decided_by, decided_at, exemption_ground"
            + " from md_procedure_requirement where decision_id = ? order by id",
        rs -> {
          boolean required = rs.getBoolean(2);
          boolean planned = rs.getBoolean(3);
          if (!required && !planned) {
            return;
          }
          String label = Labels.of(Procedure.class, rs.getString(1), Procedure::label);
          String title = label + (required ? "：依规应当履行" : "：依规不要求") + (planned ? "，计划履行" : "，不履行");
          String reason = rs.getString(5);
          StringBuilder detail = new StringBuilder();
          append(detail, "依据", rs.getString(4));
          String ground = rs.getString(8);
          if (ground != null) {
            ExemptionGround g = ExemptionGround.valueOf(ground);
            append(detail, "法定例外", g.label() + "（" + g.basis() + "）");
            append(detail, g.evidenceLabel(), reason);
          } else {
            append(detail, "特别说明", reason);
          }
          String where = CARRIED_OUT_WITHIN.get(rs.getString(1));
          if (planned && where != null) {
            append(detail, "办理方式", where);
          }
          entries.add(TimelineEntry.simple(time(rs.getTimestamp(7)), "PROCEDURE", "程序确定", title,
              rs.getString(6), detail.toString(), required && !planned ? "EXEMPTION" : null));
        },
        decision.id());
    return entries;
  }

  /**
   * Each speaker of one meeting in the order they spoke (Decree 713 Art. 30), with role, who presided, their own
   * opinion and their words as recorded: a dissent reads as it was said (Art. 38 ¶3). Empty for records made before
   * V19, which kept the opinions as one free text.
   */
  private String speeches(long meetingRecordId) {
    StringBuilder out = new StringBuilder();
    jdbc.query(
        "select speaking_order, name, position, role, presided, opinion, statement from md_meeting_participant"
            + " where meeting_record_id = ? order by speaking_order",
        rs -> {
          out.append(rs.getInt(1) + 1).append(". ").append(rs.getString(2)).append("（");
          if (rs.getString(3) != null) {
            out.append(rs.getString(3)).append("，");
          }
          out.append(Labels.of(ParticipantRole.class, rs.getString(4), ParticipantRole::label));
          if (rs.getBoolean(5)) {
            out.append("，主持会议");
          }
          out.append("）");
          if (rs.getString(6) != null) {
            out.append(Labels.of(MemberOpinion.class, rs.getString(6), MemberOpinion::label));
          }
          if (rs.getString(7) != null) {
            out.append("：“").append(rs.getString(7)).append("”");
          }
          out.append("；");
        },
        meetingRecordId);
    return out.toString();
  }

  /**
   * Adds "label：value；", without the value's own closing full stop: "……理由。；" read as a stray join
   * (the browser walk-through).
   */
  static void append(StringBuilder detail, String label, String value) {
    if (value != null && !value.isBlank()) {
      detail.append(label).append("：").append(value.strip().replaceAll("[。；;.\\s]+$", "")).append("；");
    }
  }

  private static OffsetDateTime time(Timestamp ts) {
    return Durations.of(ts);
  }
}
