package cn.gov.pujiang.decision.argumentation;

/** Values of argumentationMethod: the forms of expert argumentation in Decree 713 Art. 20. */
public enum ArgumentationMethod {
  ARGUMENTATION_MEETING("论证会"),
  WRITTEN_CONSULTATION("书面咨询"),
  COMMISSIONED("委托咨询论证");

  private final String label;

  ArgumentationMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The method with this code, or null when the code is missing or unknown. */
  public static ArgumentationMethod of(String code) {
    for (ArgumentationMethod method : values()) {
      if (method.name().equals(code)) {
        return method;
      }
    }
    return null;
  }
}
