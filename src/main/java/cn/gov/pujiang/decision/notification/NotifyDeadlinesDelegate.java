package cn.gov.pujiang.decision.notification;

import cn.gov.pujiang.decision.engine.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_NotifyDeadlines} of deadline-watch: runs {@link DeadlineWatch#check()}, recomputes
 * provisional dates whose year has been loaded meanwhile (on this or the other node,
 * {@link ProvisionalDueDates}) and sends the daily calendar warning ({@link CalendarWarning}). Writes
 * {@code remindersSent}, {@code escalationsSent}, {@code datesRecomputed} and
 * {@code calendarWarningSent} so each run can be read in Cockpit.
 */
@Component("notifyDeadlinesDelegate")
public class NotifyDeadlinesDelegate implements JavaDelegate {

  private final DeadlineWatch watch;
  private final ProvisionalDueDates provisionalDueDates;
  private final CalendarWarning calendarWarning;

  public NotifyDeadlinesDelegate(DeadlineWatch watch, ProvisionalDueDates provisionalDueDates,
      CalendarWarning calendarWarning) {
    this.watch = watch;
    this.provisionalDueDates = provisionalDueDates;
    this.calendarWarning = calendarWarning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeadlineWatch.Result result = watch.check();
    boolean warned = calendarWarning.warnOncePerDay();
    int recomputed = provisionalDueDates.recomputeLoaded(Actors.SYSTEM).size();
    execution.setVariable(DeadlineWatchProcess.Vars.REMINDERS_SENT, result.remindersSent());
    execution.setVariable(DeadlineWatchProcess.Vars.ESCALATIONS_SENT, result.escalationsSent());
    execution.setVariable(DeadlineWatchProcess.Vars.DATES_RECOMPUTED, recomputed);
    execution.setVariable(DeadlineWatchProcess.Vars.CALENDAR_WARNING_SENT, warned);
  }
}
