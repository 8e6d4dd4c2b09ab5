package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.engine.Variables.flag;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The materials submitted for collective discussion (Decree 713 Art. 29), each with its checkbox
 * variable and the flags any of which makes it required (none: always required).
 */
public enum MeetingMaterial {
  DRAFT(Vars.MATERIAL_DRAFT_INCLUDED, "决策草案及相关材料"),
  PUBLIC_OPINION(
      Vars.MATERIAL_PUBLIC_OPINION_INCLUDED, "社会公众提出的主要意见的研究采纳情况", Vars.PUBLIC_PARTICIPATION_PLANNED),
  EXPERT_OPINION(
      Vars.MATERIAL_EXPERT_OPINION_INCLUDED, "专家论证意见的研究采纳情况", Vars.EXPERT_ARGUMENTATION_PLANNED),
  RISK_REPORT(Vars.MATERIAL_RISK_REPORT_INCLUDED, "风险评估报告等有关材料", Vars.RISK_ASSESSMENT_PLANNED),
  /**
   * For a measure touching market actors the fair-competition information is required whether the review was carried
   * out or lawfully waived (the complete record; FCR Regulation Arts. 12, 13, 17; Decree 713 Art. 29).
   */
  FAIR_COMPETITION(Vars.MATERIAL_FAIR_COMPETITION_INCLUDED, "公平竞争审查情况（已审查的附审查结论；依法不审查的附说明）",
      Vars.FAIR_COMPETITION_REVIEW_PLANNED, Vars.INVOLVES_MARKET_ACTORS),
  LEGALITY_OPINION(Vars.MATERIAL_LEGALITY_OPINION_INCLUDED, "合法性审查意见");

  private final String variable;
  private final String label;
  private final List<String> requiredWhen;

  MeetingMaterial(String variable, String label, String... requiredWhen) {
    this.variable = variable;
    this.label = label;
    this.requiredWhen = List.of(requiredWhen);
  }

  public String variable() {
    return variable;
  }

  public String label() {
    return label;
  }

  /** The flags any of which makes this material required; empty when it is always required. */
  public List<String> requiredWhen() {
    return requiredWhen;
  }

  /** Whether the decision in scope must include this material. */
  public boolean requiredIn(VariableScope scope) {
    return requiredWhen.isEmpty() || requiredWhen.stream().anyMatch(name -> flag(scope, name));
  }
}
