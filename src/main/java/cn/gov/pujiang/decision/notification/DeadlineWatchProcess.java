package cn.gov.pujiang.decision.notification;

/** Ids of processes/deadline-watch.bpmn, spelled once. */
public final class DeadlineWatchProcess {

  public static final String KEY = "deadline-watch";

  private DeadlineWatchProcess() {}

  public static final class Elements {
    public static final String START_WATCH_CYCLE = "StartEvent_WatchCycle";
    public static final String TASK_NOTIFY_DEADLINES = "Task_NotifyDeadlines";
    public static final String END_DEADLINES_CHECKED = "EndEvent_DeadlinesChecked";

    private Elements() {}
  }

  public static final class Vars {
    /** Number of reminders this run sent. */
    public static final String REMINDERS_SENT = "remindersSent";
    /** Number of escalations this run sent. */
    public static final String ESCALATIONS_SENT = "escalationsSent";
    /** Number of provisional dates this run recomputed (their year was loaded meanwhile). */
    public static final String DATES_RECOMPUTED = "datesRecomputed";
    /** Whether this run sent the day's warning that next year's calendar is not loaded. */
    public static final String CALENDAR_WARNING_SENT = "calendarWarningSent";
    /** Task-local flag set on a user task whose due date has passed. */
    public static final String OVERDUE = "overdue";

    private Vars() {}
  }
}
