package cn.gov.pujiang.decision.meeting;

/**
 * The meeting at which a decision organ discusses a draft. County government: 常务会议 or 全体会议
 * (Decree 713 Art. 30; Organic Law of Local People's Congresses and Governments Art. 78). Towns:
 * the forum is not fixed by a stored source; Pujiang practice is 乡镇长办公会议 or 党政联席会议.
 */
public enum MeetingType {
  EXECUTIVE("常务会议", true),
  PLENARY("全体会议", true),
  TOWN_EXECUTIVE("乡镇长办公会议", false),
  TOWN_JOINT("党政联席会议", false);

  private final String label;
  private final boolean county;

  MeetingType(String label, boolean county) {
    this.label = label;
    this.county = county;
  }

  public String label() {
    return label;
  }

  /** Whether this is a meeting of the county government (otherwise of a town). */
  public boolean isCounty() {
    return county;
  }

  /** Null when the value is not a meeting type name. */
  public static MeetingType parse(String value) {
    for (MeetingType type : values()) {
      if (type.name().equals(value)) {
        return type;
      }
    }
    return null;
  }
}
