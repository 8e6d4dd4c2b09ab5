package cn.gov.pujiang.decision.meeting;

/** What the decision organ decided at the meeting (Decree 713 Art. 30). */
public enum MeetingOutcome {
  ADOPTED("通过"),
  REJECTED("不予通过"),
  /** 修改后再次提交: the draft goes back to the organising unit. */
  REVISE("修改后再次提交"),
  /** 暂缓，另行安排会议: another meeting is scheduled. */
  DEFERRED("暂缓，另行安排会议");

  private final String label;

  MeetingOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Null when the value is not an outcome name. */
  public static MeetingOutcome parse(String value) {
    for (MeetingOutcome outcome : values()) {
      if (outcome.name().equals(value)) {
        return outcome;
      }
    }
    return null;
  }
}
