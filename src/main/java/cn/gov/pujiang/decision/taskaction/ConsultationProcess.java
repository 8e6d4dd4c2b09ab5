package cn.gov.pujiang.decision.taskaction;

/** Ids and variable names of processes/task-consultation.bpmn (征求意见, ADR 0028). */
public final class ConsultationProcess {

  public static final String KEY = "task-consultation";

  private ConsultationProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ConsultationRequested";
    public static final String TASK_GIVE_OPINION = "Task_GiveOpinion";
    public static final String END_OPINION_GIVEN = "EndEvent_OpinionGiven";

    private Elements() {}
  }

  /**
   * Variables the application sets when it starts an instance (besides decisionNo, decisionTitle,
   * decisionUnit) and the one the colleague's form submits.
   */
  public static final class Vars {
    /** md_task_consultation.id of this request. */
    public static final String CONSULTATION_ID = "consultationId";
    /** The colleague asked (the task's assignee). */
    public static final String CONSULTEE = "consultee";
    /** The role group of the decision's unit through which the colleague was asked (the task's candidate group). */
    public static final String CONSULTEE_GROUP = "consulteeGroup";
    /** Name of the task the opinion is asked on (read-only on the form). */
    public static final String CONSULTED_TASK_NAME = "consultedTaskName";
    /** Who asked, as a name (read-only on the form). */
    public static final String ASKED_BY = "consultationAskedBy";
    /** What the opinion is asked on (read-only on the form). */
    public static final String QUESTION = "consultationQuestion";
    /** The colleague's opinion (required). */
    public static final String OPINION = "consultationOpinion";

    private Vars() {}
  }
}
