package cn.gov.pujiang.decision.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_NotifyDeadlines} of deadline-watch: runs {@link DeadlineWatch#check()} and writes
 * {@code remindersSent} and {@code escalationsSent} so each run can be read in Cockpit.
 */
@Component("notifyDeadlinesDelegate")
public class NotifyDeadlinesDelegate implements JavaDelegate {

  private final DeadlineWatch watch;

  public NotifyDeadlinesDelegate(DeadlineWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeadlineWatch.Result result = watch.check();
    execution.setVariable(DeadlineWatchProcess.Variables.REMINDERS_SENT, result.remindersSent());
    execution.setVariable(DeadlineWatchProcess.Variables.ESCALATIONS_SENT, result.escalationsSent());
  }
}
