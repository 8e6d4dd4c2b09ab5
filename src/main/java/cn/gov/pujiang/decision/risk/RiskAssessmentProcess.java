package cn.gov.pujiang.decision.risk;

import cn.gov.pujiang.decision.engine.CommonVariables;
import java.util.List;

/** Ids, variable names and trail codes of processes/risk-assessment.bpmn (风险评估). */
public final class RiskAssessmentProcess {

  public static final String KEY = "risk-assessment";
  /** DMN decision of Task_AssessRiskControllability (processes/risk-controllability.dmn). */
  public static final String CONTROLLABILITY_DECISION = "risk-controllability";
  /** Stage code of this process's trail entries. */
  public static final String STAGE = "RISK_ASSESSMENT";

  private RiskAssessmentProcess() {}

  /**
   * What major-decision maps into this process (the {@code <camunda:in>} mappings of
   * CallActivity_RiskAssessment): {@link CommonVariables#EVERY_STAGE} only; everything else it reads,
   * the controllability table's inputs included, its own tasks enter.
   * ModelConventionsTest fails when the model's mappings differ from this list or miss a variable
   * that the model's expressions, tables or forms read; docs/processes.md has the same table.
   */
  public static final List<String> INPUTS = CommonVariables.EVERY_STAGE;

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_RiskAssessmentStarted";
    public static final String TASK_ORGANISE_ASSESSMENT = "Task_OrganiseRiskAssessment";
    public static final String TASK_SUBMIT_REPORT = "Task_SubmitRiskReport";
    public static final String TASK_ASSESS_CONTROLLABILITY = "Task_AssessRiskControllability";
    public static final String GATEWAY_RISK_CONTROLLABLE = "Gateway_RiskControllable";
    public static final String TASK_ADJUST_DRAFT = "Task_AdjustDraftForRisk";
    public static final String TASK_RECORD_RESULT = "Task_RecordRiskAssessmentResult";
    public static final String END_RISK_CONTROLLABLE = "EndEvent_RiskControllable";

    private Elements() {}
  }

  /** Process variable names. */
  public static final class Vars {
    /** One of {@link AssessorType}. */
    public static final String ASSESSOR_TYPE = "assessorType";
    /** Output to major-decision: 评估单位名称. */
    public static final String RISK_ASSESSOR_UNIT = "riskAssessorUnit";
    public static final String DEPARTMENTS_HEARD = "departmentsHeard";

    public static final String RISK_POINTS = "riskPoints";
    public static final String PREVENTION_MEASURES = "preventionMeasures";
    public static final String CONTINGENCY_PLAN = "contingencyPlan";
    /** One of {@link RiskLevel}; input of the DMN and output to major-decision. */
    public static final String RISK_LEVEL = "riskLevel";
    /** Input of the DMN. */
    public static final String MITIGATION_IN_PLACE = "mitigationInPlace";
    /** Result of the DMN; Gateway_RiskControllable routes on it. */
    public static final String RISK_CONTROLLABLE = "riskControllable";

    public static final String RISK_ADJUSTMENT_MEASURES = "riskAdjustmentMeasures";
    /**
     * Output to major-decision, and from there to collective-discussion: the assessment's conclusion in one
     * sentence (assessor, level, risk points, measures), which the meeting materials show (Decree 713 Art. 24).
     */
    public static final String RISK_ASSESSMENT_CONCLUSION = "riskAssessmentConclusion";

    private Vars() {}
  }

  /** Trail event codes (md_stage_record.event) under {@link #STAGE}. */
  public static final class Events {
    public static final String ASSESSMENT_ORGANISED = "ASSESSMENT_ORGANISED";
    public static final String RISK_REPORT_SUBMITTED = "RISK_REPORT_SUBMITTED";
    public static final String DRAFT_ADJUSTED_FOR_RISK = "DRAFT_ADJUSTED_FOR_RISK";
    public static final String RISK_ASSESSMENT_COMPLETED = "RISK_ASSESSMENT_COMPLETED";

    private Events() {}
  }
}
