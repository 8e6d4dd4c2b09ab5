package cn.gov.pujiang.decision.meeting;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Variables;

/**
 * The materials submitted for collective discussion (Decree 713 Art. 29), each with its checkbox
 * variable and the planned-procedure flag that makes it required (none: always required).
 */
public enum MeetingMaterial {
  DRAFT(Variables.MATERIAL_DRAFT_INCLUDED, "决策草案及相关材料", null),
  PUBLIC_OPINION(
      Variables.MATERIAL_PUBLIC_OPINION_INCLUDED, "社会公众提出的主要意见的研究采纳情况", Variables.PUBLIC_PARTICIPATION_PLANNED),
  EXPERT_OPINION(
      Variables.MATERIAL_EXPERT_OPINION_INCLUDED, "专家论证意见的研究采纳情况", Variables.EXPERT_ARGUMENTATION_PLANNED),
  RISK_REPORT(Variables.MATERIAL_RISK_REPORT_INCLUDED, "风险评估报告等有关材料", Variables.RISK_ASSESSMENT_PLANNED),
  FAIR_COMPETITION(
      Variables.MATERIAL_FAIR_COMPETITION_INCLUDED, "公平竞争审查情况", Variables.FAIR_COMPETITION_REVIEW_PLANNED),
  LEGALITY_OPINION(Variables.MATERIAL_LEGALITY_OPINION_INCLUDED, "合法性审查意见", null);

  private final String variable;
  private final String label;
  private final String requiredWhenPlanned;

  MeetingMaterial(String variable, String label, String requiredWhenPlanned) {
    this.variable = variable;
    this.label = label;
    this.requiredWhenPlanned = requiredWhenPlanned;
  }

  public String variable() {
    return variable;
  }

  public String label() {
    return label;
  }

  /** The planned flag that makes this material required, or null when it is always required. */
  public String requiredWhenPlanned() {
    return requiredWhenPlanned;
  }
}
