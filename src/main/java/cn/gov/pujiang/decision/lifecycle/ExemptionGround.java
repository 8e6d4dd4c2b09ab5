package cn.gov.pujiang.decision.lifecycle;

/**
 * The lawful exceptions under which a procedure that the required-procedures DMN made applicable may
 * be left out, each with the evidence the clerk must give (the legal review of the models). There is no other
 * waiver: a clerk who thinks a fact the table used is wrong asks the decision organ's leadership to
 * correct it (Task_DecideFactChange), and the table is evaluated again.
 */
public enum ExemptionGround {
  /** Decree 713 Art. 14 ¶1: "依法不予公开的决策事项除外". */
  NOT_DISCLOSED("依法不予公开的决策事项", "依法不予公开的法律依据", "《重大行政决策程序暂行条例》第十四条"),
  /** Decree 713 Art. 22 ¶2: "已对有关风险进行评价、评估的，不作重复评估". */
  ALREADY_ASSESSED("已对有关风险进行评价、评估", "已有风险评估的名称、文号或出具单位", "《重大行政决策程序暂行条例》第二十二条第二款"),
  /** Fair Competition Review Regulation Art. 12, with the explanation its Art. 17 requires. */
  FCR_EXCEPTION("符合《公平竞争审查条例》第十二条规定的例外情形", "适用例外情形的说明（《公平竞争审查条例》第十七条）",
      "《公平竞争审查条例》第十二条、第十七条");

  private final String label;
  private final String evidenceLabel;
  private final String basis;

  ExemptionGround(String label, String evidenceLabel, String basis) {
    this.label = label;
    this.evidenceLabel = evidenceLabel;
    this.basis = basis;
  }

  public String label() {
    return label;
  }

  /** What the clerk writes as evidence (the form field's label). */
  public String evidenceLabel() {
    return evidenceLabel;
  }

  public String basis() {
    return basis;
  }
}
