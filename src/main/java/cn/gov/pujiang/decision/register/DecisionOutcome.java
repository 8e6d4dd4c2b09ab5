package cn.gov.pujiang.decision.register;

/** How a decision procedure ended; every outcome is archived (Decree 713 Art. 33). */
public enum DecisionOutcome {
  /** 经集体讨论决定通过并执行完毕. */
  ADOPTED("决定通过"),
  /** 决策机关决定不启动决策程序 (Art. 10). */
  NOT_INITIATED("不予启动"),
  /** 集体讨论决定不予通过 (Art. 30). */
  REJECTED("不予通过"),
  /** 承办单位撤回. */
  WITHDRAWN("撤回"),
  /** 后评估后终止执行 (Arts. 36-37). */
  TERMINATED("终止执行"),
  /** 后评估后需要重大调整，须重新履行相关法定程序 (Art. 37). */
  ADJUSTMENT_REQUIRED("需重大调整");

  private final String label;

  DecisionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
