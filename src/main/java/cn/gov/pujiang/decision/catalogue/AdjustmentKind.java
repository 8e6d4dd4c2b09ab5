package cn.gov.pujiang.decision.catalogue;

/** The three changes a unit may make to its published catalogue during the year. */
public enum AdjustmentKind {
  ADD("新增事项"),
  WITHDRAW("撤销事项"),
  POSTPONE("延期办理");

  private final String label;

  AdjustmentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
