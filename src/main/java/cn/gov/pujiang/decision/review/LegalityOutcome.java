package cn.gov.pujiang.decision.review;

/** Result of a review round (合法性审查结论), Decree 713 Arts. 25-28. */
public enum LegalityOutcome {
  LAWFUL("合法"),
  LAWFUL_WITH_CHANGES("修改后合法"),
  UNLAWFUL("不合法"),
  /** 探索性改革事项，明示法律风险后可提交讨论 (Art. 25 para. 2). */
  EXPLORATORY_RISK_DISCLOSED("探索性改革事项，明示法律风险"),
  /** 送审材料不全，退回补充 (Art. 26); not an opinion on the merits. */
  RETURNED_INCOMPLETE("材料不全，退回补充");

  private final String label;

  LegalityOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The outcomes a reviewer may choose in the opinion (the return is decided at the completeness check). */
  public boolean isOpinion() {
    return this != RETURNED_INCOMPLETE;
  }

  /** Null when the value is not an outcome name. */
  public static LegalityOutcome parse(String value) {
    for (LegalityOutcome outcome : values()) {
      if (outcome.name().equals(value)) {
        return outcome;
      }
    }
    return null;
  }
}
