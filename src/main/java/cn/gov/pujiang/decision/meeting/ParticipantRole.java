package cn.gov.pujiang.decision.meeting;

/** The part a person plays at the decision body's meeting (Decree 713 Art. 30). */
public enum ParticipantRole {
  /** 行政首长: speaks last and decides. */
  HEAD("行政首长"),
  /** 会议组成人员: states an opinion; the majority is counted among them. */
  MEMBER("会议组成人员"),
  /** 列席人员: may speak, states no opinion that counts. */
  OBSERVER("列席人员");

  private final String label;

  ParticipantRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Null when the value is not a role name. */
  public static ParticipantRole parse(String value) {
    for (ParticipantRole role : values()) {
      if (role.name().equals(value)) {
        return role;
      }
    }
    return null;
  }
}
