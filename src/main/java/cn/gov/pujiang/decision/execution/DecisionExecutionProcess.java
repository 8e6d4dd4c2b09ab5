package cn.gov.pujiang.decision.execution;

import cn.gov.pujiang.decision.engine.CommonVariables;
import java.util.List;
import java.util.Map;

/** Ids, variable names and choice values of processes/decision-execution.bpmn (决策执行与决策后评估). */
public final class DecisionExecutionProcess {

  public static final String KEY = "decision-execution";
  /** Stage code of this process's trail entries. */
  public static final String STAGE = "EXECUTION";

  private DecisionExecutionProcess() {}

  /**
   * What major-decision maps into this process (the {@code <camunda:in>} mappings of
   * CallActivity_Execution), and nothing else: {@link CommonVariables#EVERY_STAGE}; expertInstitution,
   * riskAssessorUnit and undertakingUnitName (evaluatorIndependenceCheck and the evaluator form: who
   * argued or assessed before the decision may not evaluate it, Art. 36 para. 2; null when that
   * procedure did not run or the decision started before the unit was mapped).
   * ModelConventionsTest fails when the model's mappings differ from this list or miss a variable
   * that the model's expressions, tables or forms read; docs/processes.md has the same table.
   */
  public static final List<String> INPUTS =
      CommonVariables.everyStageAnd(
          Vars.EXPERT_INSTITUTION, Vars.RISK_ASSESSOR_UNIT, Vars.UNDERTAKING_UNIT_NAME);

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ExecutionStarted";
    public static final String TASK_DESIGNATE_EXECUTION_UNIT = "Task_DesignateExecutionUnit";
    public static final String GATEWAY_REPORT_CYCLE = "Gateway_ReportCycle";
    public static final String TASK_REPORT_EXECUTION = "Task_ReportExecution";
    public static final String GATEWAY_EXECUTION_STATUS = "Gateway_ExecutionStatus";
    public static final String TIMER_NEXT_REPORT_DUE = "TimerEvent_NextReportDue";
    public static final String GATEWAY_AWAIT_NEXT_REPORT = "Gateway_AwaitNextReport";
    public static final String MESSAGE_PROBLEM_REPORTED = "MessageEvent_ProblemReported";
    public static final String BOUNDARY_PROBLEM_REPORTED_DURING_REPORT = "BoundaryEvent_ProblemReportedDuringReport";
    public static final String TASK_ASSESS_PROBLEM = "Task_AssessProblem";
    public static final String GATEWAY_PROBLEM_HANDLING = "Gateway_ProblemHandling";
    public static final String TASK_RECORD_SUSPENSION = "Task_RecordSuspension";
    public static final String TASK_DECIDE_ON_EVALUATION = "Task_DecideOnEvaluation";
    public static final String GATEWAY_EVALUATION_NEEDED = "Gateway_EvaluationNeeded";
    public static final String GATEWAY_EVALUATION_START = "Gateway_EvaluationStart";
    public static final String TASK_DESIGNATE_EVALUATOR = "Task_DesignateEvaluator";
    public static final String TASK_SUBMIT_EVALUATION_REPORT = "Task_SubmitEvaluationReport";
    public static final String TASK_DECIDE_ON_EXECUTION = "Task_DecideOnExecution";
    public static final String GATEWAY_EXECUTION_DECISION = "Gateway_ExecutionDecision";
    public static final String TASK_START_ADJUSTED_DECISION = "Task_StartAdjustedDecision";
    public static final String END_EXECUTION_COMPLETED = "EndEvent_ExecutionCompleted";
    public static final String END_ADJUSTMENT_REQUIRED = "EndEvent_AdjustmentRequired";
    public static final String END_EXECUTION_TERMINATED = "EndEvent_ExecutionTerminated";

    private Elements() {}
  }

  /** Process variable names: inputs from major-decision, form values and the output. */
  public static final class Vars {
    public static final String EXPERT_INSTITUTION = "expertInstitution";
    public static final String RISK_ASSESSOR_UNIT = "riskAssessorUnit";
    /** The undertaking unit (承办单位) named when the procedure started (major-decision, Art. 11). */
    public static final String UNDERTAKING_UNIT_NAME = "undertakingUnitName";

    public static final String EXECUTION_UNIT = "executionUnit";
    public static final String EXECUTION_REQUIREMENTS = "executionRequirements";
    public static final String EXECUTION_STATUS = "executionStatus";
    public static final String EXECUTION_REPORT = "executionReport";
    public static final String PROBLEM_HANDLING = "problemHandling";
    public static final String PROBLEM_ASSESSMENT = "problemAssessment";
    public static final String SUSPENSION_DECISION = "suspensionDecision";
    public static final String SUSPENDED_ON = "suspendedOn";
    public static final String EFFECT_BELOW_EXPECTATION = "effectBelowExpectation";
    public static final String MANY_OBJECTIONS = "manyObjections";
    public static final String EVALUATION_DEEMED_NECESSARY = "evaluationDeemedNecessary";
    /** Routing variable set by EvaluationDecisionCheck: any Art. 36 trigger holds. */
    public static final String EVALUATION_NEEDED = "evaluationNeeded";
    public static final String EVALUATOR_UNIT = "evaluatorUnit";
    public static final String PUBLIC_INPUT_SUMMARY = "publicInputSummary";
    public static final String EVALUATION_REPORT = "evaluationReport";
    public static final String EVALUATION_CONCLUSION = "evaluationConclusion";
    /** Opinions of citizens and organisations recorded so far (Art. 35 para. 2), shown when deciding on evaluation. */
    public static final String EXECUTION_OPINION_COUNT = "executionOpinionCount";
    /** The decision body's decision: one of {@link ExecutionDecision} (Art. 37). */
    public static final String EXECUTION_DECISION = "executionDecision";
    /** What the body decided (the changed content, the reasons for stopping, the adjustment ordered). */
    public static final String EXECUTION_DECISION_CONTENT = "executionDecisionContent";
    /** The body's meeting that decided: name and session, e.g. 县政府第12次常务会议. */
    public static final String DECISION_BODY_MEETING = "decisionBodyMeeting";
    /** Date of that meeting (yyyy-MM-dd), not after today. */
    public static final String DECISION_BODY_MEETING_DATE = "decisionBodyMeetingDate";

    /** Output to major-decision: one of {@link ExecutionOutcome}. */
    public static final String EXECUTION_OUTCOME = "executionOutcome";

    private Vars() {}
  }

  /** Trail events written by this process. */
  public static final class Events {
    public static final String EXECUTION_UNIT_DESIGNATED = "EXECUTION_UNIT_DESIGNATED";
    public static final String EXECUTION_REPORTED = "EXECUTION_REPORTED";
    public static final String PROBLEM_ASSESSED = "PROBLEM_ASSESSED";
    public static final String EXECUTION_SUSPENDED = "EXECUTION_SUSPENDED";
    public static final String EVALUATION_DECIDED = "EVALUATION_DECIDED";
    public static final String EVALUATOR_DESIGNATED = "EVALUATOR_DESIGNATED";
    public static final String EVALUATION_REPORTED = "EVALUATION_REPORTED";
    /** A problem reported through the API between report dates (Art. 35 para. 1). */
    public static final String PROBLEM_REPORTED = "EXECUTION_PROBLEM_REPORTED";
    /** An opinion of a citizen or organisation about the decision's execution (Art. 35 para. 2). */
    public static final String OPINION_RECORDED = "EXECUTION_OPINION_RECORDED";
    /** The decision body's decision on execution (Art. 37). */
    public static final String EXECUTION_DECIDED = "EXECUTION_DECIDED";
    /** A catalogue addition requested for the adjusted decision (Art. 37, Art. 3 para. 3). */
    public static final String MAJOR_ADJUSTMENT_REQUESTED = "MAJOR_ADJUSTMENT_REQUESTED";

    private Events() {}
  }

  /** Messages the process catches. */
  public static final class Messages {
    /** A problem reported at any time during execution (Art. 35 para. 1). */
    public static final String PROBLEM_REPORTED = "ExecutionProblemReported";

    private Messages() {}
  }

  /** 执行情况 reported by the execution unit (Arts. 34-35). */
  public enum ExecutionStatus {
    ON_TRACK("正常推进"),
    PROBLEM("发现问题或情况重大变化"),
    COMPLETED("执行完毕");

    private final String label;

    ExecutionStatus(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** How the decision organ handles a reported problem (Arts. 36-37). */
  public enum ProblemHandling {
    CONTINUE("继续执行"),
    SUSPEND("行政首长决定中止执行"),
    EVALUATE("组织决策后评估"),
    DECIDE("提请决策机关研究决定");

    private final String label;

    ProblemHandling(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Conclusion of a post-decision evaluation (Art. 36): a basis for the decision body, never a decision. */
  public enum EvaluationConclusion {
    CONTINUE("继续执行"),
    ADJUST("需要重大调整"),
    TERMINATE("停止执行");

    private final String label;

    EvaluationConclusion(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What only the decision body decides about an adopted decision in execution (Art. 37). */
  public enum ExecutionDecision {
    CONTINUE("继续执行"),
    CHANGE("修改决策后继续执行"),
    STOP("停止执行"),
    ADJUST("重大调整（重新履行法定程序）");

    private final String label;

    ExecutionDecision(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Values of the executionOutcome output. */
  public enum ExecutionOutcome {
    COMPLETED,
    ADJUSTMENT_REQUIRED,
    TERMINATED
  }

  /** The outcome each end event stands for; read by ExecutionOutcomeListener. */
  public static final Map<String, ExecutionOutcome> OUTCOME_OF_END =
      Map.of(
          Elements.END_EXECUTION_COMPLETED, ExecutionOutcome.COMPLETED,
          Elements.END_ADJUSTMENT_REQUIRED, ExecutionOutcome.ADJUSTMENT_REQUIRED,
          Elements.END_EXECUTION_TERMINATED, ExecutionOutcome.TERMINATED);

  /**
   * The answers each repeatable task's form writes; ClearPreviousAnswersListener removes them when
   * the task is created again, so that a form does not come pre-filled with the previous cycle.
   */
  public static final Map<String, List<String>> ANSWERS_OF =
      Map.of(
          Elements.TASK_REPORT_EXECUTION, List.of(Vars.EXECUTION_STATUS, Vars.EXECUTION_REPORT),
          Elements.TASK_ASSESS_PROBLEM, List.of(Vars.PROBLEM_HANDLING, Vars.PROBLEM_ASSESSMENT),
          Elements.TASK_RECORD_SUSPENSION, List.of(Vars.SUSPENSION_DECISION, Vars.SUSPENDED_ON),
          Elements.TASK_DECIDE_ON_EVALUATION,
              List.of(
                  Vars.EFFECT_BELOW_EXPECTATION,
                  Vars.MANY_OBJECTIONS,
                  Vars.EVALUATION_DEEMED_NECESSARY,
                  Vars.EVALUATION_NEEDED),
          Elements.TASK_DESIGNATE_EVALUATOR, List.of(Vars.EVALUATOR_UNIT),
          Elements.TASK_DECIDE_ON_EXECUTION,
              List.of(
                  Vars.EXECUTION_DECISION,
                  Vars.EXECUTION_DECISION_CONTENT,
                  Vars.DECISION_BODY_MEETING,
                  Vars.DECISION_BODY_MEETING_DATE),
          Elements.TASK_SUBMIT_EVALUATION_REPORT,
              List.of(Vars.PUBLIC_INPUT_SUMMARY, Vars.EVALUATION_REPORT, Vars.EVALUATION_CONCLUSION));
}
