package cn.gov.pujiang.decision.risk;

/** Values of assessorType: who carries out the risk assessment (Decree 713 Arts. 22-23). */
public enum AssessorType {
  IN_HOUSE("承办单位自行评估"),
  DESIGNATED_UNIT("负责风险评估工作的其他单位评估"),
  THIRD_PARTY("委托第三方评估");

  private final String label;

  AssessorType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The type with this code, or null when the code is missing or unknown. */
  public static AssessorType of(String code) {
    for (AssessorType type : values()) {
      if (type.name().equals(code)) {
        return type;
      }
    }
    return null;
  }
}
