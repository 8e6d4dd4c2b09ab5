package cn.gov.pujiang.decision.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small hand-built history of 2019 whose right answers are known (written out in
 * {@code AuditStatisticsTest}): five decisions of 花桥乡 (huaqiao) and 前吴乡 (qianwu), their
 * application records and engine history rows, inserted with plain SQL.
 *
 * <pre>
 * H1 huaqiao  discussed after a LAWFUL review; risk assessment required, planned and completed;
 *             legality review task done on time
 * H2 huaqiao  discussed WITHOUT any legality review (skipped, must be counted and shown); risk
 *             assessment required, not planned, exempted with a reason; publication task overdue
 * H3 huaqiao  round 1 returned as incomplete, round 2 LAWFUL, then discussed; expert argumentation
 *             required and planned but never completed (incomplete procedures)
 * Q1 qianwu   still in legality review, its review task open and past its due date
 * Q2 qianwu   discussed before its only review opinion was issued (skipped review)
 * </pre>
 */
final class AuditFixture {

  static final int YEAR = 2019;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static final List<Long> DECISION_IDS = List.of(990001L, 990002L, 990003L, 990004L, 990005L);

  private final JdbcTemplate jdbc;
  private final DecisionFacts facts;

  AuditFixture(JdbcTemplate jdbc, DecisionFacts facts) {
    this.jdbc = jdbc;
    this.facts = facts;
  }

  static Timestamp at(int month, int day, int hour) {
    return Timestamp.from(LocalDateTime.of(YEAR, month, day, hour, 0).atZone(ZONE).toInstant());
  }

  static OffsetDateTime odt(int month, int day, int hour) {
    return LocalDateTime.of(YEAR, month, day, hour, 0).atZone(ZONE).toOffsetDateTime();
  }

  void insert() {
    decision(990001, "pi-h1", "huaqiao-2019-900001", "花桥乡农贸市场改造提升方案", "huaqiao", "ARCHIVED", "ADOPTED", odt(1, 10, 9));
    decision(990002, "pi-h2", "huaqiao-2019-900002", "花桥乡垃圾分类收费办法", "huaqiao", "EXECUTION", null, odt(2, 1, 9));
    decision(990003, "pi-h3", "huaqiao-2019-900003", "花桥乡美丽乡村建设规划", "huaqiao", "PUBLICATION", null, odt(3, 1, 9));
    decision(990004, "pi-q1", "qianwu-2019-900004", "前吴乡集镇停车管理办法", "qianwu", "LEGALITY_REVIEW", null, odt(4, 1, 9));
    decision(990005, "pi-q2", "qianwu-2019-900005", "前吴乡农村饮用水提升工程", "qianwu", "PUBLICATION", null, odt(5, 1, 9));

    // H1: risk assessment required, planned, completed; LAWFUL review; meeting afterwards.
    procedure(990001, "RISK_ASSESSMENT", true, true, null, odt(1, 12, 9));
    trail(990001, "RISK_ASSESSMENT", "RISK_ASSESSMENT_COMPLETED", "风险评估完成", "huaqiao.clerk", odt(2, 1, 9));
    opinion(990001, 1, odt(2, 2, 9), "LAWFUL", false, odt(2, 6, 9));
    meeting(990001, "ADOPTED", odt(2, 20, 15));
    procinst("pi-h1", "major-decision", "pi-h1", null, at(1, 10, 9), at(6, 1, 9));
    procinst("pi-h1-review", "legality-review", "pi-h1", "pi-h1", at(2, 2, 9), at(2, 6, 9));
    task("t-h1-review", "legality-review", "pi-h1-review", "pi-h1", "Task_IssueLegalityOpinion", "出具合法性审查意见书",
        "huaqiao.reviewer", at(2, 2, 9), at(2, 6, 9), at(2, 11, 17));

    // H2: no review at all before the meeting; risk assessment exempted with a reason.
    procedure(990002, "RISK_ASSESSMENT", true, false, "已于2018年对同类收费开展风险评估，情况未变化", odt(2, 3, 9));
    trail(990002, "PROCEDURES", "PROCEDURE_EXEMPTED", "不开展风险评估，特别说明：已于2018年评估", "huaqiao.clerk", odt(2, 3, 9));
    meeting(990002, "ADOPTED", odt(3, 1, 15));
    procinst("pi-h2", "major-decision", "pi-h2", null, at(2, 1, 9), null);
    procinst("pi-h2-pub", "decision-publication", "pi-h2", "pi-h2", at(3, 2, 9), at(4, 5, 9));
    task("t-h2-pub", "decision-publication", "pi-h2-pub", "pi-h2", "Task_PublishDecision", "公布决策",
        "huaqiao.secretary", at(3, 2, 9), at(4, 5, 9), at(4, 1, 17));

    // H3: returned as incomplete, resubmitted, LAWFUL; expert argumentation planned but not done.
    procedure(990003, "EXPERT_ARGUMENTATION", true, true, null, odt(3, 3, 9));
    opinion(990003, 1, odt(3, 5, 9), "RETURNED_INCOMPLETE", null, odt(3, 6, 9));
    trail(990003, "LEGALITY_REVIEW", "SUBMISSION_RETURNED", "送审材料不全，退回补充：缺少专家论证报告", "huaqiao.reviewer", odt(3, 6, 9));
    opinion(990003, 2, odt(3, 10, 9), "LAWFUL", false, odt(3, 14, 9));
    meeting(990003, "ADOPTED", odt(3, 28, 15));
    procinst("pi-h3", "major-decision", "pi-h3", null, at(3, 1, 9), null);
    procinst("pi-h3-review2", "legality-review", "pi-h3", "pi-h3", at(3, 10, 9), at(3, 14, 9));
    task("t-h3-review", "legality-review", "pi-h3-review2", "pi-h3", "Task_IssueLegalityOpinion", "出具合法性审查意见书",
        null, at(3, 10, 9), at(3, 14, 9), at(3, 19, 17));
    opLog("op-h3", "pi-h3", "t-h3-review", "huaqiao.reviewer", at(3, 14, 9));

    // Q1: open review task long past its due date.
    opinion(990004, 1, odt(4, 10, 9), null, null, null);
    procinst("pi-q1", "major-decision", "pi-q1", null, at(4, 1, 9), null);
    procinst("pi-q1-review", "legality-review", "pi-q1", "pi-q1", at(4, 10, 9), null);
    task("t-q1-review", "legality-review", "pi-q1-review", "pi-q1", "Task_IssueLegalityOpinion", "出具合法性审查意见书",
        null, at(4, 10, 9), null, at(4, 19, 17));

    // Q2: meeting recorded before the opinion was issued.
    opinion(990005, 1, odt(5, 5, 9), "LAWFUL", false, odt(5, 20, 9));
    meeting(990005, "ADOPTED", odt(5, 15, 15));
    procinst("pi-q2", "major-decision", "pi-q2", null, at(5, 1, 9), null);

    // Rows written with plain SQL, past the application's services and engine: their read-model facts
    // are computed the way the boot backfill computes them for decisions that have none.
    facts.refresh(DECISION_IDS);
  }

  /**
   * The complete record's facts on top of {@link #insert}: H1 published 1 March and archived 19 days later, H2
   * published 5 April and archived 57 days later (late against the default 30 days), H3 published but not yet
   * archived; H1's meeting names its participants. Written past the services like the rest, then refreshed.
   */
  void publishArchiveAndRecordParticipants() {
    trail(990001, "PUBLICATION", "PUBLISHED", "决策已公布", "huaqiao.secretary", odt(3, 1, 9));
    trail(990002, "PUBLICATION", "PUBLISHED", "决策已公布", "huaqiao.secretary", odt(4, 5, 9));
    trail(990003, "PUBLICATION", "NOT_PUBLISHED", "依法不予公开", "huaqiao.secretary", odt(4, 8, 9));
    archived(990001, odt(3, 20, 9));
    archived(990002, odt(6, 1, 9));
    long meeting = jdbc.queryForObject("select id from md_meeting_record where decision_id = 990001", Long.class);
    jdbc.update("insert into md_meeting_participant (meeting_record_id, speaking_order, name, role, presided, opinion)"
        + " values (?, 0, '张乡长', 'HEAD', true, 'AGREE')", meeting);
    facts.refresh(DECISION_IDS);
  }

  private void archived(long decision, OffsetDateTime at) {
    jdbc.update("insert into md_archive_record (decision_id, outcome, status, entry_count, compiled_at, archive_no,"
        + " retention, archived_by, archived_at) values (?, 'ADOPTED', 'ARCHIVED', 3, ?, ?, 'PERMANENT', 'office', ?)",
        decision, at, "PJ-" + decision, at);
  }

  private void decision(long id, String pi, String no, String title, String unit, String status, String outcome, OffsetDateTime at) {
    jdbc.update("insert into md_decision (id, decision_no, title, unit_code, proposer_type, status, outcome,"
            + " process_instance_id, created_by, created_at, updated_at, version)"
            + " values (?, ?, ?, ?, 'DEPARTMENT', ?, ?, ?, ?, ?, ?, 0)",
        id, no, title, unit, status, outcome, pi, unit + ".clerk", at, at);
  }

  private void procedure(long decision, String code, boolean required, boolean planned, String reason, OffsetDateTime at) {
    jdbc.update("insert into md_procedure_requirement (decision_id, procedure_code, required, planned, legal_basis,"
            + " exemption_reason, decided_by, decided_at) values (?, ?, ?, ?, '条例第二十二条', ?, 'clerk', ?)",
        decision, code, required, planned, reason, at);
  }

  private void trail(long decision, String stage, String event, String summary, String actor, OffsetDateTime at) {
    jdbc.update("insert into md_stage_record (decision_id, stage, event, summary, actor, recorded_at)"
        + " values (?, ?, ?, ?, ?, ?)", decision, stage, event, summary, actor, at);
  }

  private void opinion(long decision, int round, OffsetDateTime submitted, String outcome, Boolean recheck,
      OffsetDateTime issued) {
    jdbc.update("insert into md_legality_opinion (decision_id, round_no, submitted_at, submitted_by, outcome, opinion,"
            + " recheck_required, reviewer, issued_at) values (?, ?, ?, 'clerk', ?, ?, ?, ?, ?)",
        decision, round, submitted, outcome, outcome == null ? null : "审查意见第" + round + "轮", recheck,
        outcome == null ? null : "reviewer", issued);
  }

  private void meeting(long decision, String outcome, OffsetDateTime at) {
    jdbc.update("insert into md_meeting_record (decision_id, meeting_type, meeting_date, attendees, member_opinions,"
            + " members_in_favour, members_against, members_abstaining, head_spoke_last, head_decision, outcome,"
            + " minutes, recorded_by, recorded_at) values (?, 'TOWN_EXECUTIVE', ?, '乡长等7人', '均同意', 7, 0, 0, true,"
            + " '同意', ?, '会议纪要', 'secretary', ?)",
        decision, at.toLocalDate(), outcome, at);
  }

  private void procinst(String id, String key, String root, String superId, Timestamp start, Timestamp end) {
    jdbc.update("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,"
            + " END_TIME_, DURATION_, SUPER_PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_, STATE_)"
            + " values (?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, id, key, key + ":1:fixture", start, end, end == null ? null : end.getTime() - start.getTime(), superId, root,
        end == null ? "ACTIVE" : "COMPLETED");
  }

  private void task(String id, String key, String pi, String root, String taskKey, String name, String assignee,
      Timestamp start, Timestamp end, Timestamp due) {
    jdbc.update("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
            + " PROC_INST_ID_, EXECUTION_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_,"
            + " PRIORITY_, DUE_DATE_, TASK_STATE_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 50, ?, ?)",
        id, taskKey, key, key + ":1:fixture", root, pi, pi, name, assignee, start, end,
        end == null ? null : end.getTime() - start.getTime(), end == null ? null : "completed", due,
        end == null ? "Created" : "Completed");
  }

  private void opLog(String id, String root, String task, String user, Timestamp at) {
    jdbc.update("insert into ACT_HI_OP_LOG (ID_, ROOT_PROC_INST_ID_, TASK_ID_, USER_ID_, TIMESTAMP_, OPERATION_TYPE_,"
        + " ENTITY_TYPE_, CATEGORY_) values (?, ?, ?, ?, ?, 'Complete', 'Task', 'TaskWorker')", id, root, task, user, at);
  }
}
