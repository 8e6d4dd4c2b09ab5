package cn.gov.pujiang.decision.lifecycle;

import cn.gov.pujiang.decision.register.DecisionStatus;
import java.util.Map;

/** Ids and variable names of processes/major-decision.bpmn (重大行政决策全流程). */
public final class MajorDecisionProcess {

  public static final String KEY = "major-decision";
  public static final String PROCEDURES_DECISION = "required-procedures";

  private MajorDecisionProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_DecisionProposed";
    public static final String TASK_REGISTER_DECISION = "Task_RegisterDecision";
    public static final String TASK_STUDY_PROPOSAL = "Task_StudyProposal";
    public static final String TASK_DECIDE_INITIATION = "Task_DecideInitiation";
    public static final String GATEWAY_INITIATION = "Gateway_InitiationDecision";
    public static final String TASK_DRAFT_DECISION = "Task_DraftDecision";
    public static final String TASK_DETERMINE_PROCEDURES = "Task_DetermineProcedures";
    public static final String TASK_CONFIRM_PROCEDURES = "Task_ConfirmProcedures";
    public static final String TASK_RECORD_PROCEDURE_PLAN = "Task_RecordProcedurePlan";
    public static final String GATEWAY_FACT_CHANGE_REQUESTED = "Gateway_FactChangeRequested";
    public static final String TASK_DECIDE_FACT_CHANGE = "Task_DecideFactChange";
    public static final String GATEWAY_FACT_CHANGE_CONFIRMED = "Gateway_FactChangeConfirmed";
    public static final String GATEWAY_PROCEDURES_FORK = "Gateway_ProceduresFork";
    public static final String GATEWAY_PROCEDURES_JOIN = "Gateway_ProceduresJoin";
    public static final String CALL_PUBLIC_PARTICIPATION = "CallActivity_PublicParticipation";
    public static final String CALL_EXPERT_ARGUMENTATION = "CallActivity_ExpertArgumentation";
    public static final String CALL_RISK_ASSESSMENT = "CallActivity_RiskAssessment";
    /** DMN fair-competition-routing: the drafter alone (Art. 13) or with the market regulator (Art. 14). */
    public static final String TASK_ROUTE_FAIR_COMPETITION = "Task_RouteFairCompetitionReview";
    /** The drafter's own review (FCR Regulation Art. 13) or 初审 (Art. 14). */
    public static final String TASK_DRAFTER_FAIR_COMPETITION = "Task_DrafterFairCompetitionReview";
    public static final String GATEWAY_MARKET_REGULATOR_REVIEW = "Gateway_MarketRegulatorReview";
    /** The county market-regulation department's review together with the drafter (Art. 14). */
    public static final String TASK_REVIEW_FAIR_COMPETITION = "Task_ReviewFairCompetition";
    public static final String GATEWAY_FAIR_COMPETITION = "Gateway_FairCompetitionPassed";
    public static final String TASK_ADJUST_FOR_FAIR_COMPETITION = "Task_AdjustDraftForFairCompetition";
    public static final String TASK_SUBMIT_FOR_REVIEW = "Task_SubmitForLegalityReview";
    public static final String CALL_LEGALITY_REVIEW = "CallActivity_LegalityReview";
    public static final String GATEWAY_LEGALITY_OUTCOME = "Gateway_LegalityOutcome";
    public static final String TASK_AMEND_PER_OPINION = "Task_AmendDraftPerOpinion";
    public static final String TASK_REVISE_DRAFT = "Task_ReviseDraft";
    public static final String GATEWAY_REVISION_DECISION = "Gateway_RevisionDecision";
    public static final String CALL_COLLECTIVE_DISCUSSION = "CallActivity_CollectiveDiscussion";
    public static final String GATEWAY_MEETING_OUTCOME = "Gateway_MeetingOutcome";
    public static final String CALL_PUBLICATION = "CallActivity_Publication";
    public static final String CALL_EXECUTION = "CallActivity_Execution";
    public static final String CALL_ARCHIVING = "CallActivity_Archiving";
    /** Archives the decision-making records when the decision is published (Art. 33, ADR 0025). */
    public static final String CALL_ARCHIVE_DECISION_RECORDS = "CallActivity_ArchiveDecisionRecords";
    /** Adds the execution and evaluation records to the same file after execution (ADR 0025). */
    public static final String CALL_ARCHIVE_SUPPLEMENT = "CallActivity_ArchiveSupplement";
    public static final String END_ARCHIVED = "EndEvent_DecisionArchived";

    public static final String FLOW_NOT_STARTED = "SequenceFlow_InitiationRejected";
    public static final String FLOW_FACT_CHANGE_REQUESTED = "SequenceFlow_FactChangeRequested";
    public static final String FLOW_FACT_CHANGE_CONFIRMED = "SequenceFlow_FactChangeConfirmed";
    public static final String FLOW_FACT_CHANGE_REFUSED = "SequenceFlow_FactChangeRefused";
    public static final String FLOW_NO_CONDITIONAL_PROCEDURES = "SequenceFlow_NoConditionalProcedures";
    public static final String FLOW_LEGALITY_PASSED = "SequenceFlow_LegalityPassed";
    public static final String FLOW_LEGALITY_PASSED_WITH_CHANGES = "SequenceFlow_LegalityPassedWithChanges";
    public static final String FLOW_LEGALITY_RETURNED = "SequenceFlow_LegalityReturned";
    public static final String FLOW_WITHDRAWN = "SequenceFlow_Withdrawn";
    public static final String FLOW_RECONSULT = "SequenceFlow_Reconsult";
    public static final String FLOW_RESUBMIT = "SequenceFlow_Resubmit";
    public static final String FLOW_MEETING_ADOPTED = "SequenceFlow_MeetingAdopted";
    public static final String FLOW_MEETING_REJECTED = "SequenceFlow_MeetingRejected";
    public static final String FLOW_MEETING_REVISE = "SequenceFlow_MeetingRevise";

    private Elements() {}
  }

  /** Process variable names. */
  public static final class Vars {
    public static final String PROPOSER_TYPE = "proposerType";
    public static final String PROPOSER_NAME = "proposerName";
    public static final String PROPOSAL_SUMMARY = "proposalSummary";
    public static final String STUDY_CONCLUSION = "studyConclusion";
    public static final String INITIATION_OPINION = "initiationOpinion";
    public static final String UNDERTAKING_UNIT_NAME = "undertakingUnitName";
    public static final String DRAFT_SUMMARY = "draftSummary";
    public static final String DRAFT_EXPLANATION = "draftExplanation";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String COST_BENEFIT_ANALYSIS = "costBenefitAnalysis";
    public static final String ALTERNATIVE_OPTIONS = "alternativeOptions";
    public static final String FAIR_COMPETITION_OPINION = "fairCompetitionOpinion";
    public static final String FAIR_COMPETITION_ADJUSTMENT = "fairCompetitionAdjustment";
    public static final String AMENDMENT_SUMMARY = "amendmentSummary";
    public static final String INITIATION_DECISION = "initiationDecision";
    public static final String CO_UNIT_NAMES = "coUnitNames";
    public static final String INTER_UNIT_CONSULTATION = "interUnitConsultation";
    public static final String DRAFTED_BY = "draftedBy";
    public static final String REQUIRED_PROCEDURES_SUMMARY = "requiredProceduresSummary";
    public static final String PROCEDURE_EXEMPTIONS_SUMMARY = "procedureExemptionsSummary";
    /** Who confirmed the procedure plan: read by the asynchronous Task_RecordProcedurePlan, which runs as no user. */
    public static final String PROCEDURES_CONFIRMED_BY = "proceduresConfirmedBy";
    /**
     * A clerk's request to correct one matter attribute (a DMN fact) instead of confirming the plan:
     * the attribute, its corrected value ("true"/"false") and why; who asked (written by the listener).
     */
    public static final String FACT_CHANGE_REQUESTED = "factChangeRequested";
    public static final String FACT_CHANGE_ATTRIBUTE = "factChangeAttribute";
    public static final String FACT_CHANGE_VALUE = "factChangeValue";
    public static final String FACT_CHANGE_REASON = "factChangeReason";
    public static final String FACT_CHANGE_REQUESTED_BY = "factChangeRequestedBy";
    /** The decision organ's leadership: CONFIRM or REFUSE, with its opinion. */
    public static final String FACT_CHANGE_DECISION = "factChangeDecision";
    public static final String FACT_CHANGE_OPINION = "factChangeOpinion";
    /** Every confirmed correction so far, for the reviewer's and the meeting's forms. */
    public static final String FACT_CHANGES_SUMMARY = "factChangesSummary";
    public static final String FAIR_COMPETITION_RESULT = "fairCompetitionResult";
    /** How affected businesses and trade associations were heard (FCR Regulation Art. 16). */
    public static final String FAIR_COMPETITION_STAKEHOLDERS = "fairCompetitionStakeholdersHeard";
    /** For the conclusion EXCEPTION: the explanation Art. 17 requires of an Art. 12 exception. */
    public static final String FAIR_COMPETITION_EXCEPTION_REASON = "fairCompetitionExceptionReason";
    /** Output of fair-competition-routing.dmn: DRAFTER or DRAFTER_AND_MARKET_REGULATOR. */
    public static final String FAIR_COMPETITION_ROUTE = "fairCompetitionRoute";
    public static final String PROCEDURE_STATEMENT = "procedureStatement";
    public static final String REVIEW_MATERIALS_CONFIRMED = "reviewMaterialsConfirmed";
    public static final String LEGALITY_OUTCOME = "legalityOutcome";
    public static final String LEGALITY_RECHECK_REQUIRED = "legalityRecheckRequired";
    public static final String LEGALITY_OPINION = "legalityOpinion";
    public static final String LEGAL_RISKS = "legalRisks";
    public static final String REVIEW_SUBMITTED_ON = "reviewSubmittedOn";
    public static final String REVISION_DECISION = "revisionDecision";
    public static final String REVISION_SUMMARY = "revisionSummary";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String MEETING_OUTCOME = "meetingOutcome";
    public static final String EXECUTION_OUTCOME = "executionOutcome";
    public static final String DECISION_OUTCOME = "decisionOutcome";

    private Vars() {}
  }

  /** Matter attributes recorded at the start; the inputs of the required-procedures DMN. */
  public static final class Attributes {
    public static final String NON_PUBLIC = "nonPublic";
    public static final String SPECIFIC_GROUP_AFFECTED = "specificGroupAffected";
    public static final String DIRECTLY_AFFECTS_RIGHTS = "directlyAffectsRights";
    public static final String MAJOR_DISAGREEMENT = "majorDisagreement";
    public static final String MAJOR_INTEREST_READJUSTMENT = "majorInterestReadjustment";
    public static final String OTHER_LAW_REQUIRES_HEARING = "otherLawRequiresHearing";
    public static final String SPECIALISED_TECHNICAL = "specialisedTechnical";
    public static final String MAY_AFFECT_STABILITY = "mayAffectStability";
    public static final String ALREADY_RISK_ASSESSED = "alreadyRiskAssessed";
    public static final String INVOLVES_MARKET_ACTORS = "involvesMarketActors";
    public static final String NPC_REPORT_MATTER = "npcReportMatter";
    public static final String PUBLIC_CONCERN_HIGH = "publicConcernHigh";

    public static final String[] ALL = {
      NON_PUBLIC, SPECIFIC_GROUP_AFFECTED, DIRECTLY_AFFECTS_RIGHTS, MAJOR_DISAGREEMENT,
      MAJOR_INTEREST_READJUSTMENT, OTHER_LAW_REQUIRES_HEARING, SPECIALISED_TECHNICAL,
      MAY_AFFECT_STABILITY, ALREADY_RISK_ASSESSED, INVOLVES_MARKET_ACTORS, NPC_REPORT_MATTER,
      PUBLIC_CONCERN_HIGH
    };

    /** Chinese names, as on the start form. */
    public static final Map<String, String> LABELS = Map.ofEntries(
        Map.entry(NON_PUBLIC, "依法不予公开的决策事项"),
        Map.entry(SPECIFIC_GROUP_AFFECTED, "涉及特定群体利益"),
        Map.entry(DIRECTLY_AFFECTS_RIGHTS, "直接涉及公民、法人、其他组织切身利益"),
        Map.entry(MAJOR_DISAGREEMENT, "存在重大意见分歧"),
        Map.entry(MAJOR_INTEREST_READJUSTMENT, "涉及利益关系重大调整"),
        Map.entry(OTHER_LAW_REQUIRES_HEARING, "其他法律、法规、规章规定应当听证"),
        Map.entry(SPECIALISED_TECHNICAL, "专业性、技术性较强"),
        Map.entry(MAY_AFFECT_STABILITY, "实施后可能对社会稳定、公共安全等方面造成不利影响"),
        Map.entry(ALREADY_RISK_ASSESSED, "已按有关规定进行过风险评估"),
        Map.entry(INVOLVES_MARKET_ACTORS, "涉及市场主体经济活动"),
        Map.entry(NPC_REPORT_MATTER, "须向人大常委会报告的事项"),
        Map.entry(PUBLIC_CONCERN_HIGH, "社会公众普遍关心或专业性、技术性较强，公布时需要解读"));

    private Attributes() {}
  }

  /** Values of the enumerations that gateways route on. */
  public static final class Values {
    public static final String START = "START";
    public static final String NOT_START = "NOT_START";
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";
    /** Fair-competition review: an Art. 12 exception, explained (FCR Regulation Art. 17). */
    public static final String EXCEPTION = "EXCEPTION";
    public static final String ROUTE_DRAFTER_AND_MARKET_REGULATOR = "DRAFTER_AND_MARKET_REGULATOR";
    public static final String LAWFUL = "LAWFUL";
    public static final String LAWFUL_WITH_CHANGES = "LAWFUL_WITH_CHANGES";
    public static final String UNLAWFUL = "UNLAWFUL";
    public static final String EXPLORATORY_RISK_DISCLOSED = "EXPLORATORY_RISK_DISCLOSED";
    public static final String RETURNED_INCOMPLETE = "RETURNED_INCOMPLETE";
    public static final String RESUBMIT = "RESUBMIT";
    public static final String RECONSULT = "RECONSULT";
    public static final String WITHDRAW = "WITHDRAW";
    public static final String ADOPTED = "ADOPTED";
    public static final String REJECTED = "REJECTED";
    public static final String REVISE = "REVISE";
    public static final String CONFIRM = "CONFIRM";
    public static final String REFUSE = "REFUSE";

    private Values() {}
  }

  /** Which stage a decision enters when the process reaches an element (start listener). */
  public static final Map<String, DecisionStatus> STAGE_OF =
      Map.ofEntries(
          Map.entry(Elements.TASK_DRAFT_DECISION, DecisionStatus.DRAFTING),
          Map.entry(Elements.TASK_CONFIRM_PROCEDURES, DecisionStatus.PROCEDURES),
          Map.entry(Elements.TASK_SUBMIT_FOR_REVIEW, DecisionStatus.LEGALITY_REVIEW),
          Map.entry(Elements.CALL_LEGALITY_REVIEW, DecisionStatus.LEGALITY_REVIEW),
          Map.entry(Elements.TASK_REVISE_DRAFT, DecisionStatus.DRAFTING),
          Map.entry(Elements.CALL_COLLECTIVE_DISCUSSION, DecisionStatus.COLLECTIVE_DISCUSSION),
          Map.entry(Elements.CALL_PUBLICATION, DecisionStatus.PUBLICATION),
          // archived at publication: the decision stays in publication until execution starts
          Map.entry(Elements.CALL_ARCHIVE_DECISION_RECORDS, DecisionStatus.PUBLICATION),
          Map.entry(Elements.CALL_EXECUTION, DecisionStatus.EXECUTION),
          Map.entry(Elements.CALL_ARCHIVE_SUPPLEMENT, DecisionStatus.ARCHIVING),
          Map.entry(Elements.CALL_ARCHIVING, DecisionStatus.ARCHIVING));
}
