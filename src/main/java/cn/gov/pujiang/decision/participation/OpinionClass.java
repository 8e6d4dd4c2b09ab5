package cn.gov.pujiang.decision.participation;

/** How an opinion was answered in the ledger (意见台账, Decree 713 Art. 18). */
public enum OpinionClass {
  ADOPTED("采纳"),
  PARTLY_ADOPTED("部分采纳"),
  NOT_ADOPTED("不予采纳"),
  OUT_OF_SCOPE("不属于本决策事项");

  private final String label;

  OpinionClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Every class but 采纳 must say why (the rule; Art. 18 asks for reasoned study). */
  public boolean reasonRequired() {
    return this != ADOPTED;
  }
}
