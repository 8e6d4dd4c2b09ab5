package cn.gov.pujiang.decision.lifecycle;

/**
 * The conditional procedures that the required-procedures DMN can demand. Those with a planned flag
 * are chosen by the organising unit, and leaving out a required one needs a recorded reason
 * (特别说明); the others are carried out inside a stage whenever required.
 */
public enum Procedure {
  PUBLIC_PARTICIPATION("公众参与", "publicParticipation", true),
  GROUP_CONSULTATION("听取相关群体代表意见", "groupConsultation", false),
  HEARING("听证", "hearing", true),
  EXPERT_ARGUMENTATION("专家论证", "expertArgumentation", true),
  RISK_ASSESSMENT("风险评估", "riskAssessment", true),
  FAIR_COMPETITION_REVIEW("公平竞争审查", "fairCompetitionReview", true),
  NPC_REPORT("向人大常委会报告", "npcReport", false);

  private final String label;
  private final String variablePrefix;
  private final boolean plannable;

  Procedure(String label, String variablePrefix, boolean plannable) {
    this.label = label;
    this.variablePrefix = variablePrefix;
    this.plannable = plannable;
  }

  public String label() {
    return label;
  }

  public boolean plannable() {
    return plannable;
  }

  /** e.g. publicParticipationRequired: what the rules demand. */
  public String requiredVariable() {
    return variablePrefix + "Required";
  }

  /** e.g. publicParticipationPlanned: what the organising unit will carry out. */
  public String plannedVariable() {
    return variablePrefix + "Planned";
  }

  /** e.g. publicParticipationExemptionReason: 特别说明 when a required procedure is not planned. */
  public String exemptionVariable() {
    return variablePrefix + "ExemptionReason";
  }
}
