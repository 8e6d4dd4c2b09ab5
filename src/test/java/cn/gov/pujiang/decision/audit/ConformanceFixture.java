package cn.gov.pujiang.decision.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * History loaded from elsewhere: decisions of 花桥乡 (huaqiao) in 2018 written with plain SQL
 * past the models' gates, the way a migration from another system or a database repair could leave them.
 * Each starts from {@link #compliant}, a decision that satisfies every rule (started from an item of the unit's
 * catalogue published before, initiated with an undertaking unit, drafted with an explanation, reviewed LAWFUL after hearing the legal adviser, meeting materials submitted, meeting more than 7 working days after
 * submission with the head speaking last, reported to the Party committee, published within 20 working days, its
 * decision-making records archived 13 days later), and breaks exactly one rule.
 */
final class ConformanceFixture {

  static final int YEAR = 2018;
  static final String UNIT = "huaqiao";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final JdbcTemplate jdbc;
  private long nextId = 980000;
  private Long catalogueId;

  ConformanceFixture(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static OffsetDateTime odt(int month, int day, int hour) {
    return LocalDateTime.of(YEAR, month, day, hour, 0).atZone(ZONE).toOffsetDateTime();
  }

  static Timestamp at(int month, int day, int hour) {
    return Timestamp.from(odt(month, day, hour).toInstant());
  }

  /** Builds a decision; the options say which parts of the compliant history to leave out or change. */
  final class Builder {
    final long id = ++nextId;
    final String no = UNIT + "-" + YEAR + "-" + id;
    final String pi = "pi-c" + id;
    OffsetDateTime opinionIssued = odt(3, 5, 9);
    LocalDate meetingDay = LocalDate.of(YEAR, 3, 20);
    boolean headSpokeLast = true;
    int favour = 7;
    int against = 0;
    boolean partyReport = true;
    LocalDate publishedOn = LocalDate.of(YEAR, 3, 28);
    OffsetDateTime archivedAt = odt(4, 10, 9);
    boolean inCatalogue = true;
    String adviserOpinion = "法律顾问意见：权限、程序、内容均合法";
    boolean materials = true;
    boolean initiated = true;
    boolean drafted = true;
    boolean explained = true;

    /** Arts. 10-12: no initiation decision, no completed draft, or a draft without its explanation. */
    Builder withoutInitiation() {
      initiated = false;
      return this;
    }

    Builder withoutDraft() {
      drafted = false;
      return this;
    }

    Builder withoutDraftExplanation() {
      explained = false;
      return this;
    }

    Builder opinionIssued(OffsetDateTime at) {
      opinionIssued = at;
      return this;
    }

    Builder meetingOn(int month, int day) {
      meetingDay = LocalDate.of(YEAR, month, day);
      return this;
    }

    Builder headNotLast() {
      headSpokeLast = false;
      return this;
    }

    Builder votes(int favour, int against) {
      this.favour = favour;
      this.against = against;
      return this;
    }

    Builder noPartyReport() {
      partyReport = false;
      return this;
    }

    Builder publishedOn(LocalDate day) {
      publishedOn = day;
      return this;
    }

    Builder archivedAt(OffsetDateTime at) {
      archivedAt = at;
      return this;
    }

    Builder notInCatalogue() {
      inCatalogue = false;
      return this;
    }

    Builder noAdviserOpinion() {
      adviserOpinion = null;
      return this;
    }

    Builder noMaterials() {
      materials = false;
      return this;
    }

    Builder insert() {
      Long itemId = inCatalogue ? catalogueItem() : null;
      jdbc.update("insert into md_decision (id, decision_no, title, unit_code, proposer_type, status, outcome,"
              + " process_instance_id, created_by, created_at, updated_at, version)"
              + " values (?, ?, ?, ?, 'DEPARTMENT', ?, ?, ?, ?, ?, ?, 0)",
          id, no, "合规检查样例" + id, UNIT, archivedAt == null ? "PUBLICATION" : "ARCHIVED",
          archivedAt == null ? null : "ADOPTED", pi, UNIT + ".clerk", odt(1, 10, 9), odt(1, 10, 9));
      jdbc.update("update md_decision set catalogue_item_id = ? where id = ?", itemId, id);
      procinst(pi, "major-decision", pi, null, at(1, 10, 9), null, "ACTIVE");
      if (initiated) {
        trail("INITIATION_APPROVED", "决定启动决策程序，承办单位：乡政府办公室", odt(1, 15, 9));
      }
      if (drafted) {
        trail("DRAFT_COMPLETED", "完成决策草案拟定", odt(2, 1, 9));
      }
      if (explained) {
        variable("draftExplanation", "起草说明：背景、依据和主要内容");
      }
      jdbc.update("insert into md_legality_opinion (decision_id, round_no, submitted_at, submitted_by, outcome, opinion,"
              + " recheck_required, reviewer, issued_at, adviser_opinion) values (?, 1, ?, 'clerk', 'LAWFUL', '合法', false,"
              + " 'reviewer', ?, ?)",
          id, odt(3, 1, 9), opinionIssued, adviserOpinion);
      OffsetDateTime meetingAt = meetingDay.atTime(15, 0).atZone(ZONE).toOffsetDateTime();
      if (materials) {
        trail("MEETING_MATERIALS_SUBMITTED", materialsSummary, meetingAt.minusDays(1));
      }
      jdbc.update("insert into md_meeting_record (decision_id, meeting_type, meeting_date, attendees, member_opinions,"
              + " members_in_favour, members_against, members_abstaining, head_spoke_last, head_decision, outcome,"
              + " minutes, recorded_by, recorded_at) values (?, 'TOWN_EXECUTIVE', ?, '乡长等7人', '各抒己见', ?, ?, 0, ?,"
              + " '同意', 'ADOPTED', '会议纪要', 'secretary', ?)",
          id, meetingDay, favour, against, headSpokeLast, meetingAt);
      if (partyReport) {
        trail("PARTY_COMMITTEE_REPORTED", "已向乡党委请示报告，同意出台", meetingAt.plusDays(2));
      }
      if (publishedOn != null) {
        OffsetDateTime recorded = publishedOn.atTime(16, 0).atZone(ZONE).toOffsetDateTime();
        trail("PUBLISHED", "已公布", recorded);
        jdbc.update("insert into md_publication_channel (decision_id, channel, published_on, reference, document_number,"
            + " recorded_by, recorded_at) values (?, 'PORTAL', ?, 'https://www.pj.gov.cn/x', '浦花政〔2018〕1号',"
            + " 'office', ?)", id, publishedOn, recorded);
      }
      if (archivedAt != null) {
        jdbc.update("insert into md_archive_record (decision_id, outcome, status, entry_count, compiled_at, archive_no,"
            + " retention, archived_by, archived_at) values (?, 'ADOPTED', 'ARCHIVED', 10, ?, ?, 'PERMANENT', 'office', ?)",
            id, archivedAt, "WS-" + id, archivedAt);
      }
      return this;
    }

    String materialsSummary = "报送集体讨论材料：决策草案及其说明、合法性审查意见";

    Builder materials(String summary) {
      materialsSummary = summary;
      return this;
    }

    /** An item of huaqiao's 2018 catalogue, published on 2018-01-05 (before the decisions are registered). */
    private long catalogueItem() {
      if (catalogueId == null) {
        catalogueId = jdbc.query("select id from md_catalogue where unit_code = ? and catalogue_year = ?",
            (rs, i) -> rs.getLong(1), UNIT, YEAR).stream().findFirst().orElse(null);
        if (catalogueId == null) {
          jdbc.update("insert into md_catalogue (unit_code, catalogue_year, status, published_at, created_at, updated_at)"
              + " values (?, ?, 'PUBLISHED', ?, ?, ?)", UNIT, YEAR, odt(1, 5, 9), odt(1, 2, 9), odt(1, 5, 9));
          catalogueId = jdbc.queryForObject("select id from md_catalogue where unit_code = ? and catalogue_year = ?",
              Long.class, UNIT, YEAR);
        }
      }
      jdbc.update("insert into md_catalogue_item (catalogue_id, item_no, seq, title, organising_unit, legal_basis,"
              + " planned_procedures, planned_completion, status, origin, created_at, updated_at)"
              + " values (?, ?, ?, ?, '乡政府办公室', '条例', '', ?, 'STARTED', 'ANNUAL', ?, ?)",
          catalogueId, "C-" + id, (int) id, "目录事项" + id, LocalDate.of(YEAR, 12, 31), odt(1, 2, 9), odt(1, 2, 9));
      return jdbc.queryForObject("select id from md_catalogue_item where item_no = ?", Long.class, "C-" + id);
    }

    /** A root-process variable as the engine's history keeps it (its last value). */
    void variable(String name, Object value) {
      boolean bool = value instanceof Boolean;
      jdbc.update("insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
              + " EXECUTION_ID_, NAME_, VAR_TYPE_, TEXT_, LONG_, STATE_, CREATE_TIME_) values (?, 'major-decision',"
              + " 'major-decision:1:fixture', ?, ?, ?, ?, ?, ?, ?, 'CREATED', ?)",
          pi + "-v-" + name, pi, pi, pi, name, bool ? "boolean" : "string", bool ? null : value,
          bool ? ((Boolean) value ? 1L : 0L) : null, at(1, 10, 9));
    }

    long meetingId() {
      return jdbc.queryForObject("select max(id) from md_meeting_record where decision_id = ?", Long.class, id);
    }

    long trail(String event, String summary, OffsetDateTime at) {
      return trail(event, summary, UNIT + ".clerk", at);
    }

    long trail(String event, String summary, String actor, OffsetDateTime at) {
      jdbc.update("insert into md_stage_record (decision_id, stage, event, summary, actor, recorded_at)"
          + " values (?, 'STAGE', ?, ?, ?, ?)", id, event, summary, actor, at);
      return jdbc.queryForObject("select max(id) from md_stage_record where decision_id = ?", Long.class, id);
    }

    void procedure(String code, boolean planned, String exemptionReason) {
      jdbc.update("insert into md_procedure_requirement (decision_id, procedure_code, required, planned, legal_basis,"
              + " exemption_reason, decided_by, decided_at) values (?, ?, true, ?, '条例', ?, 'clerk', ?)",
          id, code, planned, exemptionReason, odt(2, 1, 9));
    }

    /** Open public comment: notice task ended, collection task started n days later. */
    void commentPeriod(int days, String shortenReason) {
      String sub = pi + "-pp";
      procinst(sub, "public-participation", pi, pi, at(1, 20, 9), at(3, 1, 9), "COMPLETED");
      Timestamp noticeEnd = at(1, 25, 10);
      Timestamp collectStart = Timestamp.from(noticeEnd.toInstant().plusSeconds(days * 86_400L));
      activity(sub + "-n", sub, "Task_PublishCommentNotice", "userTask", at(1, 22, 9), noticeEnd);
      activity(sub + "-c", sub, "Task_CollectPublicComments", "userTask", collectStart, null);
      if (shortenReason != null) {
        jdbc.update("insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
                + " EXECUTION_ID_, NAME_, VAR_TYPE_, TEXT_, STATE_, CREATE_TIME_) values (?, 'public-participation',"
                + " 'public-participation:1:fixture', ?, ?, ?, 'shortenReason', 'string', ?, 'CREATED', ?)",
            sub + "-v", pi, sub, sub, shortenReason, at(1, 21, 9));
      }
    }

    void executionTerminatedByDeletion() {
      jdbc.update("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_,"
              + " SUPER_PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_, STATE_, DELETE_REASON_)"
              + " values (?, ?, 'decision-execution', 'decision-execution:1:fixture', ?, ?, ?, ?, 'EXTERNALLY_TERMINATED', ?)",
          pi + "-ex", pi + "-ex", at(4, 1, 9), at(6, 1, 9), pi, pi, "管理员删除");
    }

    /** Execution ended at 停止执行, with or without the decision body's Task_DecideOnExecution before it. */
    void executionStopped(boolean byTheDecisionBody) {
      String ex = pi + "-ex";
      procinst(ex, "decision-execution", pi, pi, at(4, 1, 9), at(6, 1, 9), "COMPLETED");
      if (byTheDecisionBody) {
        activity(ex + "-decide", ex, "Task_DecideOnExecution", "userTask", at(5, 20, 9), at(5, 28, 9));
      }
      activity(ex + "-end", ex, "EndEvent_ExecutionTerminated", "noneEndEvent", at(6, 1, 9), at(6, 1, 9));
    }

    void procinst(String procId, String key, String root, String superId, Timestamp start, Timestamp end, String state) {
      jdbc.update("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_,"
              + " SUPER_PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_, STATE_) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          procId, procId, key, key + ":1:fixture", start, end, superId, root, state);
    }

    void activity(String actId, String procId, String activity, String type, Timestamp start, Timestamp end) {
      jdbc.update("insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
              + " EXECUTION_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, ACT_INST_STATE_, SEQUENCE_COUNTER_)"
              + " values (?, 'public-participation', 'public-participation:1:fixture', ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)",
          actId, pi, procId, procId, activity, activity, type, start, end);
    }
  }

  Builder decision() {
    return new Builder();
  }

  Builder compliant() {
    return new Builder().insert();
  }
}
