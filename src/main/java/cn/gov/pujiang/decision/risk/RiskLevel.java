package cn.gov.pujiang.decision.risk;

/**
 * Values of riskLevel. Decree 713 defines no levels; these are the three of NDRC 发改投资〔2012〕2492号
 * Art. 4. The risk-controllability DMN maps them to "controllable".
 */
public enum RiskLevel {
  LOW("低"),
  MEDIUM("中"),
  HIGH("高");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The level with this code, or null when the code is missing or unknown. */
  public static RiskLevel of(String code) {
    for (RiskLevel level : values()) {
      if (level.name().equals(code)) {
        return level;
      }
    }
    return null;
  }
}
