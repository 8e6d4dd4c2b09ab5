package cn.gov.pujiang.decision.notification;

import cn.gov.pujiang.decision.calendar.CalendarYearsLoaded;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.DueDateVariables;
import cn.gov.pujiang.decision.engine.DueDates;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProvisionalDates;
import cn.gov.pujiang.decision.engine.WorkingDayCalendar;
import cn.gov.pujiang.decision.record.StageRecords;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the provisional dates ({@link ProvisionalDates}) once a year they reached is loaded:
 * the open task's due date and follow-up date and the timer of the same process instance that
 * still carry the provisional value are moved to the exactly counted date. Each change is written
 * to the decision's trail (old and new date) and the task's handlers are told in their inbox (and by
 * e-mail). A date somebody already changed by hand is left alone. Each provisional date is handled
 * in a transaction of its own; whatever is left (a failure, or a year loaded on the other node) is
 * picked up by the next run of deadline-watch, which calls {@link #recomputeLoaded} too.
 */
@Service
public class ProvisionalDueDates implements CalendarYearsLoaded {

  public static final String STAGE = "TIME_LIMITS";
  public static final String EVENT = "DUE_DATE_RECOMPUTED";

  private static final Logger log = LoggerFactory.getLogger(ProvisionalDueDates.class);
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ProvisionalDates provisionalDates;
  private final DueDates dueDates;
  private final WorkingDayCalendar calendar;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final StageRecords records;
  private final Notifier notifier;
  private final DeadlineWatch watch;
  private final DueDateVariables variables;
  private final TransactionTemplate transaction;

  ProvisionalDueDates(ProvisionalDates provisionalDates, DueDates dueDates, WorkingDayCalendar calendar,
      TaskService taskService, ManagementService managementService, StageRecords records, Notifier notifier,
      DeadlineWatch watch, DueDateVariables variables, PlatformTransactionManager transactionManager) {
    this.provisionalDates = provisionalDates;
    this.dueDates = dueDates;
    this.calendar = calendar;
    this.taskService = taskService;
    this.managementService = managementService;
    this.records = records;
    this.notifier = notifier;
    this.watch = watch;
    this.variables = variables;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** One date moved. */
  public record Change(String decisionNo, String what, Date from, Date to) {}

  @Override
  public int yearsLoaded(String actor) {
    return recomputeLoaded(actor).size();
  }

  /** Recomputes every provisional date one of whose years is now loaded; {@code actor} goes into the trail. */
  public List<Change> recomputeLoaded(String actor) {
    List<Change> changes = new ArrayList<>();
    for (ProvisionalDates.Row row : provisionalDates.all()) {
      if (row.missingYears().stream().noneMatch(calendar::isLoaded)) {
        continue;
      }
      if (TransactionSynchronizationManager.isActualTransactionActive()) {
        // Inside deadline-watch's job: part of its transaction; a failure fails (and retries) that job, whose
        // reminders and escalations have already committed on their own (NotificationService).
        changes.addAll(recompute(row, actor));
        continue;
      }
      try {
        changes.addAll(transaction.execute(status -> recompute(row, actor)));
      } catch (RuntimeException e) {
        log.warn("Provisional date {} of process instance {} not recomputed now; deadline-watch retries: {}",
            row.id(), row.processInstanceId(), e.toString());
      }
    }
    return changes;
  }

  private List<Change> recompute(ProvisionalDates.Row row, String actor) {
    DueDates.Counted counted = dueDates.countAs(row.kind(), row.start(), row.workingDays());
    Date exact = DueDates.instantOf(row.kind(), counted.day());
    List<Change> changes = new ArrayList<>();
    boolean carried = false;
    for (Task task : taskService.createTaskQuery().processInstanceId(row.processInstanceId()).active().list()) {
      boolean due = row.kind() == ProvisionalDates.Kind.WORKING_DAYS && row.dueAt().equals(task.getDueDate());
      boolean followUp = row.kind() == ProvisionalDates.Kind.REMINDER && row.dueAt().equals(task.getFollowUpDate());
      if (!due && !followUp) {
        continue;
      }
      carried = true;
      if (exact.equals(row.dueAt())) {
        variables.refresh(taskService, task);
        continue;
      }
      if (due) {
        task.setDueDate(exact);
      } else {
        task.setFollowUpDate(exact);
      }
      taskService.saveTask(task);
      variables.refresh(taskService, taskService.createTaskQuery().taskId(task.getId()).singleResult());
      String what = (due ? "任务“" + task.getName() + "”的办理期限" : "任务“" + task.getName() + "”的期限提醒日期");
      changes.add(trail(row, actor, what, exact, counted));
      if (due) {
        tell(task, row, exact, counted);
      }
    }
    if (row.kind() == ProvisionalDates.Kind.WORKING_DAYS) {
      for (Job timer : managementService.createJobQuery().processInstanceId(row.processInstanceId()).timers().list()) {
        if (!row.dueAt().equals(timer.getDuedate())) {
          continue;
        }
        carried = true;
        if (!exact.equals(row.dueAt())) {
          managementService.setJobDuedate(timer.getId(), exact);
          changes.add(trail(row, actor, "期限届满定时器", exact, counted));
        }
      }
    }
    if (carried && counted.provisional()) {
      provisionalDates.update(row.id(), exact, counted.provisionalYears());
    } else {
      provisionalDates.delete(row.id());
    }
    return changes;
  }

  private Change trail(ProvisionalDates.Row row, String actor, String what, Date exact, DueDates.Counted counted) {
    Change change = new Change(row.businessKey(), what, row.dueAt(), exact);
    String summary = "载入" + row.missingYears().stream().filter(calendar::isLoaded).map(String::valueOf)
        .collect(Collectors.joining("、")) + "年节假日安排后，" + what + "由 " + format(row.dueAt()) + "（暂定）重算为 "
        + format(exact) + (counted.provisional() ? "（仍为暂定：" + DueDates.reason(counted.provisionalYears()) + "）" : "")
        + "（自 " + row.start() + " 起 " + row.workingDays() + " 个工作日）";
    if (row.businessKey() == null) {
      log.warn("Recomputed date of process instance {} has no business key: no trail entry", row.processInstanceId());
    } else {
      records.record(row.businessKey(), row.processInstanceId(), row.activityId(), actor, STAGE, EVENT, summary);
    }
    log.info("{} of {}: {} -> {}", what, row.processInstanceId(), row.dueAt(), exact);
    return change;
  }

  private void tell(Task task, ProvisionalDates.Row row, Date exact, DueDates.Counted counted) {
    Map<String, Object> decision = watch.decisionOf(task);
    String label = dueDates.label(exact).text();
    String title = NotificationKind.DUE_RECOMPUTED.label() + "：" + task.getName();
    String body = "决策事项“" + decision.get(CommonVariables.DECISION_TITLE) + "”（"
        + decision.get(CommonVariables.DECISION_NO) + "）的待办任务“" + task.getName() + "”的办理期限原为暂定的 "
        + format(row.dueAt()) + "。节假日安排载入后，期限已按工作日重新计算为 " + format(exact) + "，即 " + label + "。";
    String key = task.getId() + ":" + format(exact).substring(0, 10);
    notifier.notifyOnce(new Notice(key, NotificationKind.DUE_RECOMPUTED, task.getName(), task.getTaskDefinitionKey(),
        task.getProcessInstanceId(), text(decision.get(CommonVariables.DECISION_NO)),
        text(decision.get(CommonVariables.DECISION_TITLE)), text(decision.get(CommonVariables.DECISION_UNIT)),
        exact.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime(), title, body, watch.handlers(task)));
  }

  private static String format(Date date) {
    return date.toInstant().atZone(EngineClock.ZONE).format(DAY_AND_TIME);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
