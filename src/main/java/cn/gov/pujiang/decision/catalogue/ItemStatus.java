package cn.gov.pujiang.decision.catalogue;

/** The state of one catalogue item. */
public enum ItemStatus {
  /** 计划中: listed, its decision procedure not yet started. */
  PLANNED("计划中"),
  /** 已启动: its major-decision procedure exists (md_decision.catalogue_item_id). */
  STARTED("已启动"),
  /** 已撤销: taken out of the catalogue by an approved adjustment. */
  WITHDRAWN("已撤销");

  private final String label;

  ItemStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
