package cn.gov.pujiang.decision.argumentation;

import cn.gov.pujiang.decision.engine.CommonVariables;
import java.util.List;

/** Ids, variable names and trail codes of processes/expert-argumentation.bpmn (专家论证). */
public final class ExpertArgumentationProcess {

  public static final String KEY = "expert-argumentation";
  /** Stage code of this process's trail entries. */
  public static final String STAGE = "EXPERT_ARGUMENTATION";

  private ExpertArgumentationProcess() {}

  /**
   * What major-decision maps into this process (the {@code <camunda:in>} mappings of
   * CallActivity_ExpertArgumentation): {@link CommonVariables#EVERY_STAGE} only; everything else it
   * reads, its own tasks enter.
   * ModelConventionsTest fails when the model's mappings differ from this list or miss a variable
   * that the model's expressions, tables or forms read; docs/processes.md has the same table.
   */
  public static final List<String> INPUTS = CommonVariables.EVERY_STAGE;

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ArgumentationStarted";
    public static final String TASK_SELECT_EXPERTS = "Task_SelectExperts";
    public static final String TASK_RECORD_EXPERT_OPINIONS = "Task_RecordExpertOpinions";
    public static final String GATEWAY_DRAFT_NEEDS_REVISION = "Gateway_DraftNeedsRevision";
    public static final String TASK_REVISE_DRAFT = "Task_ReviseDraftAfterExperts";
    public static final String GATEWAY_JOIN = "Gateway_ArgumentationJoin";
    public static final String TASK_RECORD_RESULT = "Task_RecordArgumentationResult";
    public static final String END_COMPLETED = "EndEvent_ArgumentationCompleted";

    private Elements() {}
  }

  /** Process variable names. */
  public static final class Vars {
    /** One of {@link ArgumentationMethod}. */
    public static final String ARGUMENTATION_METHOD = "argumentationMethod";
    /** Output to major-decision: 专家或专业机构名单. */
    /** Experts or institutions from outside the pool as typed; on completion the whole panel. */
    public static final String EXPERT_INSTITUTION = "expertInstitution";
    /** Numbers of the pool experts selected (专家库编号), e.g. "3、5". */
    public static final String POOL_EXPERT_IDS = "poolExpertIds";
    /** Why experts from outside the pool were selected (required when there are any). */
    public static final String OUTSIDE_EXPERTS_REASON = "outsideExpertsReason";
    public static final String EXPERTS_NO_DIRECT_INTEREST = "expertsNoDirectInterest";
    public static final String DIFFERENT_VIEWS_REPRESENTED = "differentViewsRepresented";
    public static final String DIFFERENT_VIEWS_NOTE = "differentViewsNote";

    public static final String EXPERT_OPINIONS_SIGNED = "expertOpinionsSigned";
    public static final String EXPERT_OPINION_SUMMARY = "expertOpinionSummary";
    /** Output to major-decision: 专家意见采纳情况 (Art. 29(3)). */
    public static final String EXPERT_ADOPTION_REPORT = "expertAdoptionReport";
    public static final String DRAFT_REVISION_NEEDED = "draftRevisionNeeded";

    /**
     * Named apart from major-decision's revisionSummary, a different answer (the revision after a
     * legality review): one name for both would mix them up in the decision's history, and would
     * pre-fill this form again if that variable were ever mapped in.
     */
    public static final String EXPERT_REVISION_SUMMARY = "expertRevisionSummary";

    private Vars() {}
  }

  /** Trail event codes (md_stage_record.event) under {@link #STAGE}. */
  public static final class Events {
    public static final String EXPERTS_SELECTED = "EXPERTS_SELECTED";
    public static final String EXPERT_OPINIONS_SUBMITTED = "EXPERT_OPINIONS_SUBMITTED";
    public static final String DRAFT_REVISED = "DRAFT_REVISED";
    public static final String ARGUMENTATION_COMPLETED = "ARGUMENTATION_COMPLETED";

    private Events() {}
  }
}
