package cn.gov.pujiang.decision.meeting;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess;
import cn.gov.pujiang.decision.engine.CommonVariables;
import java.util.List;

/** Ids and variable names of processes/collective-discussion.bpmn (集体讨论决定). */
public final class CollectiveDiscussionProcess {

  public static final String KEY = "collective-discussion";

  private CollectiveDiscussionProcess() {}

  /**
   * What major-decision maps into this process (the {@code <camunda:in>} mappings of
   * CallActivity_CollectiveDiscussion), and nothing else: {@link CommonVariables#EVERY_STAGE}
   * (decisionUnit also decides the meeting types in meetingScheduleCheck); the four planned flags
   * (meetingMaterialsCheck requires the material of each procedure carried out);
   * npcReportRequired (Gateway_NpcReportRequired); reviewSubmittedOn (meetingScheduleCheck's
   * Art. 26 date, shown on the schedule form); legalityOutcome, legalityOpinion and legalRisks (the
   * materials form shows the opinion the meeting rests on); procedureExemptionsSummary (the materials
   * form shows every lawful exception and every corrected matter attribute, the legal review of the models);
   * riskAssessmentConclusion (the materials and record forms show the assessment's conclusion, Art. 24);
   * involvesMarketActors (meetingMaterialsCheck requires the fair-competition information, planned or waived).
   * ModelConventionsTest fails when the model's mappings differ from this list or miss a variable
   * that the model's expressions, tables or forms read; docs/processes.md has the same table.
   */
  public static final List<String> INPUTS =
      CommonVariables.everyStageAnd(Vars.PUBLIC_PARTICIPATION_PLANNED, Vars.EXPERT_ARGUMENTATION_PLANNED,
          Vars.RISK_ASSESSMENT_PLANNED, Vars.FAIR_COMPETITION_REVIEW_PLANNED, Vars.NPC_REPORT_REQUIRED,
          Vars.REVIEW_SUBMITTED_ON, MajorDecisionProcess.Vars.LEGALITY_OUTCOME, MajorDecisionProcess.Vars.LEGALITY_OPINION, MajorDecisionProcess.Vars.LEGAL_RISKS,
          MajorDecisionProcess.Vars.PROCEDURE_EXEMPTIONS_SUMMARY, Vars.RISK_ASSESSMENT_CONCLUSION, Vars.INVOLVES_MARKET_ACTORS);

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_DiscussionRequested";
    public static final String TASK_SUBMIT_MEETING_MATERIALS = "Task_SubmitMeetingMaterials";
    public static final String TASK_SCHEDULE_MEETING = "Task_ScheduleMeeting";
    public static final String TASK_RECORD_MEETING = "Task_RecordMeeting";
    public static final String TASK_RECORD_MEETING_RESULT = "Task_RecordMeetingResult";
    public static final String GATEWAY_MEETING_OUTCOME = "Gateway_MeetingOutcome";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_SENT_BACK_FOR_REVISION = "EndEvent_SentBackForRevision";
    public static final String TASK_REPORT_TO_PARTY_COMMITTEE = "Task_ReportToPartyCommittee";
    public static final String GATEWAY_PARTY_COMMITTEE_REPLY = "Gateway_PartyCommitteeReply";
    public static final String GATEWAY_NPC_REPORT_REQUIRED = "Gateway_NpcReportRequired";
    public static final String TASK_REPORT_TO_PEOPLES_CONGRESS = "Task_ReportToPeoplesCongress";
    public static final String GATEWAY_NPC_DECISION_REQUIRED = "Gateway_NpcDecisionRequired";
    public static final String TASK_RECORD_PEOPLES_CONGRESS_DECISION = "Task_RecordPeoplesCongressDecision";
    public static final String GATEWAY_NPC_DECISION = "Gateway_NpcDecision";
    public static final String GATEWAY_NPC_REPORT_JOIN = "Gateway_NpcReportJoin";
    public static final String FLOW_PARTY_COMMITTEE_AGREED = "SequenceFlow_ToNpcReportRequired";
    public static final String FLOW_PARTY_COMMITTEE_NOT_AGREED = "SequenceFlow_PartyCommitteeNotAgreed";
    public static final String FLOW_NPC_NOT_APPROVED = "SequenceFlow_NpcNotApproved";
    public static final String END_ADOPTED = "EndEvent_Adopted";

    private Elements() {}
  }

  /** The Party committee's answer to the report before issue (Decree 713 Art. 31: 请示报告). */
  public enum PartyCommitteeResponse {
    AGREED("同意出台"),
    CHANGES_REQUESTED("提出修改意见"),
    REFUSED("不同意出台");

    private final String label;

    PartyCommitteeResponse(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Trail events written by this process that other features read. */
  public static final class Events {
    /** The meeting was scheduled sooner than the Art. 26 review time, by the decision organ's decision. */
    public static final String REVIEW_TIME_SHORTENED = "REVIEW_TIME_SHORTENED";

    private Events() {}
  }

  /** Process variable names. */
  public static final class Vars {
    /** Inputs from major-decision: which procedures were carried out, and the Art. 26 window. */
    public static final String PUBLIC_PARTICIPATION_PLANNED = "publicParticipationPlanned";
    public static final String EXPERT_ARGUMENTATION_PLANNED = "expertArgumentationPlanned";
    public static final String RISK_ASSESSMENT_PLANNED = "riskAssessmentPlanned";
    public static final String FAIR_COMPETITION_REVIEW_PLANNED = "fairCompetitionReviewPlanned";
    public static final String NPC_REPORT_REQUIRED = "npcReportRequired";
    public static final String REVIEW_SUBMITTED_ON = "reviewSubmittedOn";
    /**
     * Input from major-decision (a start-form attribute): the measure touches market actors, so the fair-competition
     * information is part of the materials whether the review was carried out or waived (the complete record).
     */
    public static final String INVOLVES_MARKET_ACTORS = "involvesMarketActors";

    /** Art. 29 checklist (checkboxes). */
    public static final String MATERIAL_DRAFT_INCLUDED = "materialDraftIncluded";
    public static final String MATERIAL_PUBLIC_OPINION_INCLUDED = "materialPublicOpinionIncluded";
    public static final String MATERIAL_EXPERT_OPINION_INCLUDED = "materialExpertOpinionIncluded";
    public static final String MATERIAL_RISK_REPORT_INCLUDED = "materialRiskReportIncluded";
    public static final String MATERIAL_FAIR_COMPETITION_INCLUDED = "materialFairCompetitionIncluded";
    public static final String MATERIAL_LEGALITY_OPINION_INCLUDED = "materialLegalityOpinionIncluded";

    /**
     * Art. 13 dispute statement (materials form): the units concerned could not agree; the main issues, each unit's
     * view (a list of unit and view, {@link MeetingMaterialsCheck}), the undertaking unit's view and its reasons.
     */
    public static final String UNITS_DISAGREED = "unitsDisagreed";
    public static final String DISPUTE_MAIN_ISSUES = "disputeMainIssues";
    public static final String DISPUTE_UNIT_VIEWS = "disputeUnitViews";
    public static final String UNDERTAKER_VIEW = "undertakerView";
    public static final String UNDERTAKER_REASONS = "undertakerReasons";

    /** A {@link MeetingType} name. */
    public static final String MEETING_TYPE = "meetingType";
    /** yyyy-MM-dd. */
    public static final String MEETING_DATE = "meetingDate";
    /**
     * The decision organ holds the meeting sooner than the Art. 26 review time ("一般不少于7个工作日"):
     * its reason and who decided it (schedule form).
     */
    public static final String REVIEW_TIME_SHORTENED = "reviewTimeShortened";
    public static final String REVIEW_TIME_SHORTENING_REASON = "reviewTimeShorteningReason";
    public static final String REVIEW_TIME_SHORTENED_BY = "reviewTimeShortenedBy";

    /**
     * Art. 30 meeting record: the participants in speaking order, each with role, whether they presided, opinion
     * and words (a list, {@link MeetingSpeeches}); the counts and "the head spoke last" are derived from it.
     */
    public static final String MEETING_PARTICIPANTS = "meetingParticipants";
    public static final String HEAD_DECISION = "headDecision";
    /** Art. 24: the decision body's own judgement of the risk ({@link RiskJudgement} name) and the measures. */
    public static final String RISK_JUDGEMENT = "riskJudgement";
    public static final String RISK_MEASURES = "riskMeasures";
    /**
     * Input from major-decision (output of risk-assessment): the assessment's conclusion, shown with the meeting
     * materials and on the record form (Art. 24). Absent for decisions without a risk assessment and for those
     * assessed before it was carried.
     */
    public static final String RISK_ASSESSMENT_CONCLUSION = "riskAssessmentConclusion";
    /** Output: a {@link MeetingOutcome} name. */
    public static final String MEETING_OUTCOME = "meetingOutcome";
    public static final String DEVIATION_REASON = "deviationReason";
    public static final String MEETING_MINUTES = "meetingMinutes";
    public static final String MEETING_RECORDED_BY = "meetingRecordedBy";

    /** Art. 31 and the people's congress report. */
    public static final String PARTY_COMMITTEE_REPORTED_ON = "partyCommitteeReportedOn";
    public static final String PARTY_COMMITTEE_REPLY = "partyCommitteeReply";
    public static final String NPC_REPORTED_ON = "npcReportedOn";
    public static final String NPC_REPLY = "npcReply";
    /** A {@link PartyCommitteeResponse} name: whether the Party committee agreed (Art. 31). */
    public static final String PARTY_COMMITTEE_RESPONSE = "partyCommitteeResponse";
    /** The matter is one the standing committee decides (Art. 8), not only receives a report on. */
    public static final String NPC_DECISION_REQUIRED = "npcDecisionRequired";
    /** The standing committee's decision: APPROVED or NOT_APPROVED, its date and its resolution. */
    public static final String NPC_DECISION = "npcDecision";
    public static final String NPC_DECISION_ON = "npcDecisionOn";
    public static final String NPC_RESOLUTION = "npcResolution";

    /**
     * Outputs, yyyy-MM-dd: the date of the meeting that adopted the decision (when the decision is
     * made, 形成), and the date of the last report made before issue (Party committee, people's
     * congress). Publication may not be dated before either.
     */
    public static final String DECISION_DATE = "decisionDate";
    public static final String PRE_ISSUE_REPORTED_ON = "preIssueReportedOn";

    /**
     * What one meeting and the reports after it record; cleared when another meeting is scheduled after a
     * deferral or after the Party committee or the people's congress sent the decision back.
     */
    static final String[] MEETING_RECORD = {
      MEETING_PARTICIPANTS, HEAD_DECISION, RISK_JUDGEMENT, RISK_MEASURES, MEETING_OUTCOME, DEVIATION_REASON, MEETING_MINUTES, MEETING_RECORDED_BY,
      DECISION_DATE, PRE_ISSUE_REPORTED_ON, PARTY_COMMITTEE_REPORTED_ON, PARTY_COMMITTEE_REPLY, PARTY_COMMITTEE_RESPONSE,
      NPC_REPORTED_ON, NPC_REPLY, NPC_DECISION_REQUIRED, NPC_DECISION, NPC_DECISION_ON, NPC_RESOLUTION
    };

    private Vars() {}
  }
}
