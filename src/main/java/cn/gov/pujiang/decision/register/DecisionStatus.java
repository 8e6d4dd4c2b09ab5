package cn.gov.pujiang.decision.register;

/** The stage a decision is in (决策所处阶段). Chinese labels are what users read. */
public enum DecisionStatus {
  INITIATION("决策启动"),
  DRAFTING("草案拟定"),
  PROCEDURES("公众参与、专家论证、风险评估"),
  LEGALITY_REVIEW("合法性审查"),
  COLLECTIVE_DISCUSSION("集体讨论决定"),
  PUBLICATION("决策公布"),
  EXECUTION("决策执行与后评估"),
  ARCHIVING("归档"),
  ARCHIVED("已归档");

  private final String label;

  DecisionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
