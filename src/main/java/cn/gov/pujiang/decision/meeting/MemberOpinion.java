package cn.gov.pujiang.decision.meeting;

/** A participant's own opinion on the draft (Decree 713 Art. 30; Art. 38 ¶3 for those who dissented). */
public enum MemberOpinion {
  AGREE("同意"),
  DISAGREE("不同意"),
  RESERVE("保留");

  private final String label;

  MemberOpinion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Null when the value is not an opinion name. */
  public static MemberOpinion parse(String value) {
    for (MemberOpinion opinion : values()) {
      if (opinion.name().equals(value)) {
        return opinion;
      }
    }
    return null;
  }
}
