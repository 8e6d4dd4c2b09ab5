package cn.gov.pujiang.decision.audit;

/**
 * The compliance rules as SQL conditions on a decision aliased {@code d}. Plain SQL that H2 and
 * PostgreSQL both run.
 *
 * <p>The rules over the history and the records ({@link #DISCUSSED}, {@link #SKIPPED_REVIEW},
 * {@link #MISSING_PROCEDURE}, {@link #overdue}) are the definitions: {@link DecisionFacts} evaluates
 * them once per decision into the read model. Search, drill-down and statistics read the read model
 * through {@link #condition} and {@link #overdueIn}, so a figure and the list behind it cannot
 * disagree; {@link #historyCondition} answers the same from the history directly (to check the read
 * model, and for the benchmark's comparison).
 */
final class ComplianceSql {

  private ComplianceSql() {}

  static final String DISCUSSED = "exists (select 1 from md_meeting_record m where m.decision_id = d.id)";

  /**
   * A meeting not preceded by a passed legality review: the last round submitted before the meeting
   * must have been issued before it with an outcome that allows discussion (Decree 713 Art. 25;
   * the same rule as LegalityGateListener and the query in docs/guide-auditor.md).
   */
  static final String SKIPPED_REVIEW =
      "exists (select 1 from md_meeting_record m where m.decision_id = d.id and not exists ("
          + " select 1 from md_legality_opinion o where o.decision_id = m.decision_id"
          + " and o.issued_at is not null and o.issued_at <= m.recorded_at"
          + " and o.round_no = (select max(o2.round_no) from md_legality_opinion o2"
          + "   where o2.decision_id = m.decision_id and o2.submitted_at <= m.recorded_at)"
          + " and (o.outcome in ('LAWFUL', 'EXPLORATORY_RISK_DISCLOSED')"
          + "   or (o.outcome = 'LAWFUL_WITH_CHANGES' and o.recheck_required = false))))";

  /**
   * A required procedure that was neither carried out (its completion entry in the trail) nor
   * exempted with a recorded reason (特别说明).
   */
  static final String MISSING_PROCEDURE =
      "exists (select 1 from md_procedure_requirement r where r.decision_id = d.id and r.required = true"
          + " and not (r.planned = false and r.exemption_reason is not null and trim(r.exemption_reason) <> '')"
          + " and not exists (select 1 from md_stage_record s where s.decision_id = d.id and s.event ="
          + "   case r.procedure_code"
          + "     when 'PUBLIC_PARTICIPATION' then 'PARTICIPATION_COMPLETED'"
          + "     when 'GROUP_CONSULTATION' then 'PARTICIPATION_COMPLETED'"
          + "     when 'HEARING' then 'HEARING_HELD'"
          + "     when 'EXPERT_ARGUMENTATION' then 'ARGUMENTATION_COMPLETED'"
          + "     when 'RISK_ASSESSMENT' then 'RISK_ASSESSMENT_COMPLETED'"
          + "     when 'FAIR_COMPETITION_REVIEW' then 'FAIR_COMPETITION_REVIEWED'"
          + "     when 'NPC_REPORT' then 'NPC_REPORTED'"
          + "   end))";

  /**
   * The decision organ scheduled the meeting sooner than the Art. 26 review time, with a recorded
   * reason (meetingScheduleCheck's trail entry). Read from the trail directly (index on
   * decision_id, event): lawful, but an auditor should see each case.
   */
  static final String REVIEW_TIME_SHORTENED =
      "exists (select 1 from md_stage_record s where s.decision_id = d.id and s.event = 'REVIEW_TIME_SHORTENED')";

  /**
   * A procedure the rules required was left out under a lawful exception (or, before the legal review of the models, with a
   * free-text 特别说明), or the decision organ corrected a matter attribute the rules read: each
   * case is lawful only with its evidence, so the auditor is shown every one (trail entries
   * PROCEDURE_EXEMPTED, FACT_CHANGE_CONFIRMED).
   */
  static final String PROCEDURE_WAIVED =
      "exists (select 1 from md_stage_record s where s.decision_id = d.id"
          + " and s.event in ('PROCEDURE_EXEMPTED', 'FACT_CHANGE_CONFIRMED'))";

  /**
   * A fair-competition review step recorded in the application's table (FCR Regulation Arts. 13, 14;
   * the legal review of the models). Reviews completed before that table existed are in the trail only and are not
   * counted here.
   */
  static final String FAIR_COMPETITION_REVIEWED =
      "exists (select 1 from md_fair_competition_review v where v.decision_id = d.id)";

  /**
   * A review that found effects excluding or restricting competition but let the measure go out under
   * an Art. 12 exception, with the explanation Art. 17 requires: lawful, but an auditor sees each.
   */
  static final String FAIR_COMPETITION_EXCEPTION =
      "exists (select 1 from md_fair_competition_review v where v.decision_id = d.id and v.conclusion = 'EXCEPTION')";

  /**
   * Discussed, and every meeting on the decision recorded each participant's own opinion and words in speaking order
   * (md_meeting_participant, Decree 713 Art. 30; the complete record). Meetings recorded before V19 kept one free text.
   */
  static final String INDIVIDUAL_OPINIONS_RECORDED = DISCUSSED
      + " and not exists (select 1 from md_meeting_record m where m.decision_id = d.id"
      + " and not exists (select 1 from md_meeting_participant p where p.meeting_record_id = m.id))";

  /** When the decision was published (or its non-publication recorded): the trail's last such entry (Art. 31). */
  static final String PUBLISHED_AT = "(select max(s.recorded_at) from md_stage_record s where s.decision_id = d.id"
      + " and s.event in ('PUBLISHED', 'NOT_PUBLISHED'))";

  /** When the decision's archive record was closed (Art. 33), null while it is not. */
  static final String ARCHIVED_AT =
      "(select a.archived_at from md_archive_record a where a.decision_id = d.id and a.status = 'ARCHIVED')";

  /**
   * A task with a time limit (due date, from the engine history) that was completed after it, or is
   * still open past it at {@code :now}. {@code stageCondition} narrows it to one stage process.
   */
  static String overdue(String stageCondition) {
    return "exists (select 1 from ACT_HI_TASKINST t where t.ROOT_PROC_INST_ID_ = d.process_instance_id"
        + " and t.DUE_DATE_ is not null"
        + " and (t.END_TIME_ > t.DUE_DATE_ or (t.END_TIME_ is null and t.DELETE_REASON_ is null and t.DUE_DATE_ < :now))"
        + stageCondition + ")";
  }

  /** A condition on the decision's row of md_audit_decision. */
  private static String fact(String condition) {
    return "exists (select 1 from md_audit_decision f where f.decision_id = d.id and " + condition + ")";
  }

  /** Open past its due date at {@code :now}, or ended after it; {@code stage}: one stage process. */
  private static String factOverdue(boolean stage) {
    return "(exists (select 1 from " + (stage ? "md_audit_stage s where s.decision_id = d.id"
            + " and s.process_key = :overdueIn and s.late_tasks > 0)"
            : "md_audit_decision s where s.decision_id = d.id and s.late_tasks > 0)")
        + " or exists (select 1 from md_audit_open_task o where o.decision_id = d.id and o.due_date < :now"
        + (stage ? " and o.process_key = :overdueIn" : "") + "))";
  }

  /** The flag read from the read model (search, drill-down, result rows). */
  static String condition(ComplianceFlag flag) {
    return switch (flag) {
      case DISCUSSED -> fact("f.discussed = true");
      case DISCUSSED_AFTER_REVIEW -> fact("f.discussed = true and f.skipped_review = false");
      case SKIPPED_REVIEW -> fact("f.skipped_review = true");
      case PROCEDURES_COMPLETE -> fact("f.discussed = true and f.procedures_missing = false");
      case PROCEDURES_INCOMPLETE -> fact("f.discussed = true and f.procedures_missing = true");
      case OVERDUE -> factOverdue(false);
      case REVIEW_TIME_SHORTENED -> REVIEW_TIME_SHORTENED;
      case PROCEDURE_WAIVED -> PROCEDURE_WAIVED;
      case FAIR_COMPETITION_REVIEWED -> FAIR_COMPETITION_REVIEWED;
      case FAIR_COMPETITION_EXCEPTION -> FAIR_COMPETITION_EXCEPTION;
      case INDIVIDUAL_OPINIONS_RECORDED -> fact("f.opinions_recorded = true");
    };
  }

  /** A task of the stage process {@code :overdueIn} overdue, from the read model. */
  static String overdueIn() {
    return factOverdue(true);
  }

  /** The flag computed from the history and the records directly. */
  static String historyCondition(ComplianceFlag flag) {
    return switch (flag) {
      case DISCUSSED -> DISCUSSED;
      case DISCUSSED_AFTER_REVIEW -> DISCUSSED + " and not " + SKIPPED_REVIEW;
      case SKIPPED_REVIEW -> SKIPPED_REVIEW;
      case PROCEDURES_COMPLETE -> DISCUSSED + " and not " + MISSING_PROCEDURE;
      case PROCEDURES_INCOMPLETE -> DISCUSSED + " and " + MISSING_PROCEDURE;
      case OVERDUE -> overdue("");
      case REVIEW_TIME_SHORTENED -> REVIEW_TIME_SHORTENED;
      case PROCEDURE_WAIVED -> PROCEDURE_WAIVED;
      case FAIR_COMPETITION_REVIEWED -> FAIR_COMPETITION_REVIEWED;
      case FAIR_COMPETITION_EXCEPTION -> FAIR_COMPETITION_EXCEPTION;
      case INDIVIDUAL_OPINIONS_RECORDED -> INDIVIDUAL_OPINIONS_RECORDED;
    };
  }
}
