package cn.gov.pujiang.decision.audit;

/**
 * A compliance condition an auditor can filter decisions by; every figure of the statistics is a
 * count of decisions (or their tasks) matching one of these, so each figure links to a search.
 */
public enum ComplianceFlag {
  /** 提交集体讨论（有会议记录）. */
  DISCUSSED("已提交集体讨论"),
  /** 提交集体讨论且每次会议前均经合法性审查通过. */
  DISCUSSED_AFTER_REVIEW("经合法性审查通过后提交集体讨论"),
  /** 有会议未经合法性审查通过（未审先议）. */
  SKIPPED_REVIEW("未经合法性审查通过即提交集体讨论"),
  /** 已提交集体讨论，应当履行的程序均已履行或作了特别说明. */
  PROCEDURES_COMPLETE("决策程序完整"),
  /** 已提交集体讨论，有应当履行的程序既未履行也无特别说明. */
  PROCEDURES_INCOMPLETE("决策程序不完整"),
  /** 有办理期限的任务超过期限办结或至今超期未办. */
  OVERDUE("有超期任务"),
  /** 决策机关决定缩短合法性审查时间，会议早于送审后第7个工作日召开（第二十六条“一般”）. */
  REVIEW_TIME_SHORTENED("缩短合法性审查时间后召开会议", "ART26_REVIEW_TIME_SHORTENED"),
  /** 有应当履行的程序依法定例外未履行，或事项属性经决策机关审定更正（含改版前的特别说明）. */
  PROCEDURE_WAIVED("有程序依法定例外未履行或事项属性经审定更正", "ART14_19_22_EXEMPTED"),
  /** 公平竞争审查结论已记入 md_fair_competition_review（《公平竞争审查条例》第十三条、第十四条）. */
  FAIR_COMPETITION_REVIEWED("经公平竞争审查"),
  /** 公平竞争审查认定适用第十二条例外情形，并作了第十七条说明. */
  FAIR_COMPETITION_EXCEPTION("公平竞争审查适用第十二条例外情形", "FCR17_EXCEPTION"),
  /** 已提交集体讨论，每次会议均逐人记录了与会人员的表态和发言（第三十条）. */
  INDIVIDUAL_OPINIONS_RECORDED("会议记录逐人载明表态和发言");

  private final String label;
  private final String ruleId;

  ComplianceFlag(String label) {
    this(label, null);
  }

  ComplianceFlag(String label, String ruleId) {
    this.label = label;
    this.ruleId = ruleId;
  }

  /**
   * The conformance rule whose findings this flag is (md_conformance_rule), or null: the figure and
   * its search then read that rule's check (RuleFindings), not a second definition.
   */
  public String ruleId() {
    return ruleId;
  }

  public String label() {
    return label;
  }
}
