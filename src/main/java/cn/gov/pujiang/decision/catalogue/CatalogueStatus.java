package cn.gov.pujiang.decision.catalogue;

/** Where a unit's annual catalogue stands. Chinese labels are what users read. */
public enum CatalogueStatus {
  /** 编制中: the office adds and edits items. */
  COMPILING("编制中"),
  /** 审议中: submitted to the approving meeting (and the Party committee's consent). */
  UNDER_APPROVAL("审议中"),
  /** 已公布: only items of a published catalogue can start a decision procedure. */
  PUBLISHED("已公布");

  private final String label;

  CatalogueStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
