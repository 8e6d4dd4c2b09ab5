package cn.gov.pujiang.decision.review;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess;
import cn.gov.pujiang.decision.engine.CommonVariables;
import java.util.List;

/** Ids and variable names of processes/legality-review.bpmn (合法性审查) and its routing table. */
public final class LegalityReviewProcess {

  public static final String KEY = "legality-review";
  /** DMN processes/reviewer-routing.dmn: which group reviews a unit's decisions. */
  public static final String ROUTING_DECISION = "reviewer-routing";

  private LegalityReviewProcess() {}

  /**
   * What major-decision maps into this process (the {@code <camunda:in>} mappings of
   * CallActivity_LegalityReview), and nothing else: {@link CommonVariables#EVERY_STAGE} (decisionUnit
   * also routes the reviewer in reviewer-routing.dmn); draftedBy (legalityOpinionCheck: nobody who
   * wrote the draft may review it); the draft and the submission that the reviewers' forms show:
   * draftSummary, draftExplanation, legalBasis, procedureStatement, requiredProceduresSummary and
   * procedureExemptionsSummary.
   * ModelConventionsTest fails when the model's mappings differ from this list or miss a variable
   * that the model's expressions, tables or forms read; docs/processes.md has the same table.
   */
  public static final List<String> INPUTS =
      CommonVariables.everyStageAnd(Vars.DRAFTED_BY, MajorDecisionProcess.Vars.DRAFT_SUMMARY, MajorDecisionProcess.Vars.DRAFT_EXPLANATION, MajorDecisionProcess.Vars.LEGAL_BASIS,
          MajorDecisionProcess.Vars.PROCEDURE_STATEMENT, MajorDecisionProcess.Vars.REQUIRED_PROCEDURES_SUMMARY, MajorDecisionProcess.Vars.PROCEDURE_EXEMPTIONS_SUMMARY);

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_SubmissionReceived";
    public static final String TASK_REGISTER_SUBMISSION = "Task_RegisterSubmission";
    public static final String TASK_ROUTE_REVIEWER = "Task_RouteReviewer";
    public static final String TASK_ROUTE_JUDICIAL_OFFICE = "Task_RouteJudicialOffice";
    public static final String GATEWAY_JUDICIAL_OFFICE_OPINION = "Gateway_JudicialOfficeOpinion";
    public static final String TASK_PROVIDE_JUDICIAL_OFFICE_OPINION = "Task_ProvideJudicialOfficeOpinion";
    public static final String GATEWAY_JUDICIAL_OFFICE_JOIN = "Gateway_JudicialOfficeJoin";
    public static final String TASK_CHECK_COMPLETENESS = "Task_CheckCompleteness";
    public static final String GATEWAY_SUBMISSION_COMPLETE = "Gateway_SubmissionComplete";
    public static final String TASK_RECORD_RETURN = "Task_RecordReturn";
    public static final String END_RETURNED = "EndEvent_ReturnedForCompletion";
    public static final String GATEWAY_COUNTY_GUIDANCE_NEEDED = "Gateway_CountyGuidanceNeeded";
    public static final String TASK_PROVIDE_COUNTY_GUIDANCE = "Task_ProvideCountyGuidance";
    public static final String GATEWAY_GUIDANCE_JOIN = "Gateway_GuidanceJoin";
    public static final String TASK_PROVIDE_LEGAL_ADVISER_OPINION = "Task_ProvideLegalAdviserOpinion";
    public static final String TASK_ISSUE_LEGALITY_OPINION = "Task_IssueLegalityOpinion";
    public static final String BOUNDARY_REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";
    public static final String TASK_RECORD_REVIEW_OVERDUE = "Task_RecordReviewOverdue";
    public static final String END_OVERDUE_RECORDED = "EndEvent_OverdueRecorded";
    public static final String TASK_RECORD_LEGALITY_OPINION = "Task_RecordLegalityOpinion";
    public static final String END_OPINION_ISSUED = "EndEvent_OpinionIssued";

    private Elements() {}
  }

  /** Process variable names. */
  public static final class Vars {
    /** Input: user id of the drafter (major-decision), for separation of duties. */
    public static final String DRAFTED_BY = "draftedBy";
    /** The user whose action started this review (camunda:initiator of the start event). */
    public static final String REVIEW_SUBMITTED_BY = "reviewSubmittedBy";
    /** Output: ISO date (yyyy-MM-dd) of this submission. */
    public static final String REVIEW_SUBMITTED_ON = "reviewSubmittedOn";
    /** Round number of this submission in md_legality_opinion. */
    public static final String REVIEW_ROUND = "legalityReviewRound";
    /** Candidate group of the reviewers, from the reviewer-routing DMN. */
    public static final String LEGALITY_REVIEW_GROUP = "legalityReviewGroup";
    public static final String SUBMISSION_COMPLETE = "submissionComplete";
    public static final String COMPLETENESS_OPINION = "completenessOpinion";
    public static final String COMPLETENESS_CHECKED_BY = "completenessCheckedBy";
    public static final String COUNTY_GUIDANCE_NEEDED = "countyGuidanceNeeded";
    public static final String COUNTY_GUIDANCE_OPINION = "countyGuidanceOpinion";
    public static final String LEGAL_ADVISER_OPINION = "legalAdviserOpinion";
    /** The town's 司法所 candidate group from town-review-participants; null where it takes no part. */
    public static final String JUDICIAL_OFFICE_GROUP = "judicialOfficeGroup";
    public static final String JUDICIAL_OFFICE_OPINION = "judicialOfficeOpinion";
    /** Output: a {@link LegalityOutcome} name. */
    public static final String LEGALITY_OUTCOME = "legalityOutcome";
    /** Output: the review opinion, or the reason for returning the submission. */
    public static final String LEGALITY_OPINION = "legalityOpinion";
    public static final String LEGAL_RISKS = "legalRisks";
    /** Output: boolean, true only for LAWFUL_WITH_CHANGES that must be submitted again. */
    public static final String LEGALITY_RECHECK_REQUIRED = "legalityRecheckRequired";
    public static final String LEGALITY_REVIEWER = "legalityReviewer";

    private Vars() {}
  }

  /** Values of submissionComplete. */
  public static final class Values {
    public static final String COMPLETE = "COMPLETE";
    public static final String INCOMPLETE = "INCOMPLETE";

    private Values() {}
  }
}
