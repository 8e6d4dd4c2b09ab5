package cn.gov.pujiang.decision.lifecycle;

/**
 * The conditional procedures that the required-procedures DMN can demand. Those with a planned flag
 * are chosen by the organising unit; leaving out a required one is allowed only under its lawful
 * exception ({@link #lawfulException()}, with evidence), and not at all where the law has none
 * (expert argumentation, Art. 19). The others are carried out inside a stage whenever required.
 */
public enum Procedure {
  PUBLIC_PARTICIPATION("公众参与", "publicParticipation", true, ExemptionGround.NOT_DISCLOSED),
  GROUP_CONSULTATION("听取相关群体代表意见", "groupConsultation", false, null),
  HEARING("听证", "hearing", true, ExemptionGround.NOT_DISCLOSED),
  EXPERT_ARGUMENTATION("专家论证", "expertArgumentation", true, null),
  RISK_ASSESSMENT("风险评估", "riskAssessment", true, ExemptionGround.ALREADY_ASSESSED),
  FAIR_COMPETITION_REVIEW("公平竞争审查", "fairCompetitionReview", true, ExemptionGround.FCR_EXCEPTION),
  NPC_REPORT("向人大常委会报告", "npcReport", false, null);

  private final String label;
  private final String variablePrefix;
  private final boolean plannable;
  private final ExemptionGround lawfulException;

  Procedure(String label, String variablePrefix, boolean plannable, ExemptionGround lawfulException) {
    this.label = label;
    this.variablePrefix = variablePrefix;
    this.plannable = plannable;
    this.lawfulException = lawfulException;
  }

  /** The only ground on which the procedure may be left out once required, or null: none. */
  public ExemptionGround lawfulException() {
    return lawfulException;
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

  /**
   * e.g. publicParticipationExemptionReason: the evidence of the lawful exception when a required
   * procedure is not planned (before the legal review of the models: any 特别说明).
   */
  public String exemptionVariable() {
    return variablePrefix + "ExemptionReason";
  }

  /**
   * e.g. publicParticipationBasis: the rule's stated basis for requiring the procedure, kept from the one
   * evaluation of required-procedures.dmn so that the plan does not evaluate the table again.
   */
  public String basisVariable() {
    return variablePrefix + "Basis";
  }
}
