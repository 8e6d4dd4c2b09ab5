package cn.gov.pujiang.decision.participation;

import cn.gov.pujiang.decision.engine.CommonVariables;
import java.util.List;

/** Ids, variable names and trail codes of processes/public-participation.bpmn (公众参与). */
public final class PublicParticipationProcess {

  public static final String KEY = "public-participation";
  /** Stage code of this process's trail entries. */
  public static final String STAGE = "PUBLIC_PARTICIPATION";

  private PublicParticipationProcess() {}

  /**
   * What major-decision maps into this process (the {@code <camunda:in>} mappings of
   * CallActivity_PublicParticipation), and nothing else: {@link CommonVariables#EVERY_STAGE};
   * hearingPlanned (participationDefaultsListener pre-ticks the hearing, participationMethodsCheck
   * insists on it, the form explains it) and groupConsultationRequired (participationMethodsCheck,
   * the form's group-consultation field).
   * ModelConventionsTest fails when the model's mappings differ from this list or miss a variable
   * that the model's expressions, tables or forms read; docs/processes.md has the same table.
   */
  public static final List<String> INPUTS =
      CommonVariables.everyStageAnd(Vars.HEARING_PLANNED, Vars.GROUP_CONSULTATION_REQUIRED);

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ParticipationStarted";
    public static final String TASK_CHOOSE_METHODS = "Task_ChooseParticipationMethods";
    public static final String GATEWAY_METHODS_FORK = "Gateway_ParticipationMethodsFork";
    public static final String TASK_PUBLISH_COMMENT_NOTICE = "Task_PublishCommentNotice";
    public static final String TIMER_COMMENT_PERIOD_ENDS = "TimerEvent_CommentPeriodEnds";
    public static final String TASK_COLLECT_PUBLIC_COMMENTS = "Task_CollectPublicComments";
    public static final String TASK_PREPARE_HEARING = "Task_PrepareHearing";
    public static final String TASK_HOLD_HEARING = "Task_HoldHearing";
    public static final String TASK_RECORD_OTHER_CONSULTATIONS = "Task_RecordOtherConsultations";
    public static final String GATEWAY_METHODS_JOIN = "Gateway_ParticipationMethodsJoin";
    public static final String TASK_CONSOLIDATE_OPINIONS = "Task_ConsolidateOpinions";
    public static final String TASK_RECORD_RESULT = "Task_RecordParticipationResult";
    public static final String END_COMPLETED = "EndEvent_ParticipationCompleted";

    private Elements() {}
  }

  /** Process variable names. */
  public static final class Vars {
    /** Inputs from major-decision. */
    public static final String HEARING_PLANNED = "hearingPlanned";
    public static final String GROUP_CONSULTATION_REQUIRED = "groupConsultationRequired";

    public static final String OPEN_COMMENT_CHOSEN = "openCommentChosen";
    public static final String HEARING_CHOSEN = "hearingChosen";
    public static final String OTHER_METHODS_CHOSEN = "otherMethodsChosen";
    public static final String OTHER_METHODS_DESCRIPTION = "otherMethodsDescription";
    public static final String GROUP_CONSULTATION_NOTE = "groupConsultationNote";
    public static final String COMMENT_PERIOD_DAYS = "commentPeriodDays";
    public static final String SHORTEN_REASON = "shortenReason";
    /** Output to major-decision and routing of the hearing branch. */
    public static final String HEARING_HELD = "hearingHeld";

    public static final String NOTICE_CHANNEL = "noticeChannel";
    public static final String NOTICE_PUBLISHED_ON = "noticePublishedOn";
    public static final String COMMENTS_RECEIVED_COUNT = "commentsReceivedCount";

    public static final String HEARING_DATE = "hearingDate";
    /** Art. 16 (the complete record): where, and when and where the draft with the time and place was published. */
    public static final String HEARING_PLACE = "hearingPlace";
    public static final String HEARING_NOTICE_PUBLISHED_ON = "hearingNoticePublishedOn";
    public static final String HEARING_NOTICE_CHANNEL = "hearingNoticeChannel";
    /** Art. 16: the participant list as published. */
    public static final String PARTICIPANT_LIST = "participantList";
    public static final String PARTICIPANT_SELECTION_METHOD = "participantSelectionMethod";
    public static final String PARTICIPANT_LIST_PUBLISHED = "participantListPublished";
    public static final String MATERIALS_DELIVERED_ON = "materialsDeliveredOn";
    public static final String HEARING_RECORD_SIGNED = "hearingRecordSigned";
    public static final String HEARING_SUMMARY = "hearingSummary";

    public static final String CONSULTATION_SUMMARY = "consultationSummary";

    /** Output to major-decision: 主要意见及采纳情况 (Art. 29(2)). */
    public static final String PUBLIC_OPINION_ADOPTION_REPORT = "publicOpinionAdoptionReport";
    public static final String DRAFT_REVISED_AFTER_PARTICIPATION = "draftRevisedAfterParticipation";

    private Vars() {}
  }

  /** Trail event codes (md_stage_record.event) under {@link #STAGE}. */
  public static final class Events {
    public static final String METHODS_CHOSEN = "METHODS_CHOSEN";
    public static final String COMMENT_NOTICE_PUBLISHED = "COMMENT_NOTICE_PUBLISHED";
    public static final String HEARING_HELD = "HEARING_HELD";
    public static final String PARTICIPATION_COMPLETED = "PARTICIPATION_COMPLETED";

    private Events() {}
  }
}
