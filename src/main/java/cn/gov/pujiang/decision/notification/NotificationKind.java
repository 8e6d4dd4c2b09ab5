package cn.gov.pujiang.decision.notification;

/** What a notification says about a task's time limit or the calendar behind it; the Chinese label is what users read. */
public enum NotificationKind {
  /** The follow-up date has come: the due date is near (期限提醒), sent to the task's candidates. */
  REMINDER("期限提醒"),
  /** The due date has passed (逾期督办), sent to the unit's leadership and the task's candidates. */
  ESCALATION("逾期督办"),
  /** A provisional due date was recomputed after its year's holiday notice was loaded (期限重算). */
  DUE_RECOMPUTED("期限重算"),
  /** Next year's holiday notice is not loaded yet (日历未载入), sent daily to the administrators. */
  CALENDAR_MISSING("日历未载入"),
  /** A read-only copy of a task for information (抄送), sent by its holder; shown under 抄送我的. */
  COPY("抄送"),
  /** The unit's leadership, the county office or the decision's clerk urges a task's holder (催办), once a day. */
  URGE("催办"),
  /** A task was handed over to its new holder (转办). */
  HANDOVER("转办"),
  /**
   * 征求意见 (ADR 0028): a task's holder asks a colleague for an opinion (sent to the colleague, on their answer task),
   * and the colleague's answer (sent to the holder, on the asked task).
   */
  CONSULT("征求意见");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
