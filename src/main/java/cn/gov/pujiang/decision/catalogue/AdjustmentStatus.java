package cn.gov.pujiang.decision.catalogue;

public enum AdjustmentStatus {
  PENDING("待审批"),
  APPROVED("已批准"),
  REJECTED("未批准");

  private final String label;

  AdjustmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
