package cn.gov.pujiang.decision.meeting;

/**
 * The decision body's own judgement of the risk (Decree 713 Art. 24: 决策机关应当根据风险评估结果……作出决策), recorded
 * at its meeting. An uncontrollable risk bars adoption (Art. 24: 采取调整决策草案等措施确保风险可控).
 */
public enum RiskJudgement {
  CONTROLLABLE("风险可控"),
  CONTROLLABLE_WITH_MEASURES("采取措施后可控"),
  UNCONTROLLABLE("风险不可控");

  private final String label;

  RiskJudgement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Null when the value is not a judgement name. */
  public static RiskJudgement parse(String value) {
    for (RiskJudgement judgement : values()) {
      if (judgement.name().equals(value)) {
        return judgement;
      }
    }
    return null;
  }
}
