package cn.gov.pujiang.decision.notification;

import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.DueDateVariables;
import cn.gov.pujiang.decision.engine.EngineClock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Looks at every open user task with a time limit: when its follow-up date has come and the due
 * date has not, its candidates are reminded; when the due date has passed, the task is flagged
 * overdue (task variable {@code overdue}, priority raised so it sorts first in Tasklist) and the
 * decision unit's leadership ({@code {unit}-leadership}) and the task's candidates are notified.
 * Each (task, kind) is notified once, however often this runs and on however many nodes
 * ({@link Notifier#notifyOnce}). Each run also refreshes the readable due date of every open task
 * ({@link DueDateVariables}), whose working days left change from day to day.
 */
@Component
public class DeadlineWatch {

  /** Tasklist shows priority; an overdue task is raised to this so it sorts above normal work (50). */
  public static final int OVERDUE_PRIORITY = 90;

  private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final int PAGE = 100;

  private final TaskService taskService;
  private final IdentityService identityService;
  private final Notifier notifier;
  private final EngineClock clock;
  private final DueDateVariables dueDateVariables;

  public DeadlineWatch(TaskService taskService, IdentityService identityService, Notifier notifier, EngineClock clock,
      DueDateVariables dueDateVariables) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.notifier = notifier;
    this.clock = clock;
    this.dueDateVariables = dueDateVariables;
  }

  /** What one run did. */
  public record Result(int remindersSent, int escalationsSent) {}

  public Result check() {
    Date now = clock.nowAsDate();
    int reminders = 0;
    for (Task task : all(() -> taskService.createTaskQuery().active().followUpBefore(now).dueAfter(now))) {
      if (notifier.notifyOnce(reminder(task))) {
        reminders++;
      }
    }
    int escalations = 0;
    for (Task task : all(() -> taskService.createTaskQuery().active().dueBefore(now))) {
      flagOverdue(task);
      if (notifier.notifyOnce(escalation(task))) {
        escalations++;
      }
    }
    // "剩余 N 个工作日" changes as the days pass; only the tasks whose text changed are written.
    for (Task task : all(() -> taskService.createTaskQuery().active().dueAfter(new Date(0)))) {
      dueDateVariables.refresh(taskService, task);
    }
    return new Result(reminders, escalations);
  }

  private void flagOverdue(Task task) {
    if (!Boolean.TRUE.equals(taskService.getVariableLocal(task.getId(), DeadlineWatchProcess.Vars.OVERDUE))) {
      taskService.setVariableLocal(task.getId(), DeadlineWatchProcess.Vars.OVERDUE, true);
    }
    if (task.getPriority() < OVERDUE_PRIORITY) {
      taskService.setPriority(task.getId(), OVERDUE_PRIORITY);
    }
  }

  private Notice reminder(Task task) {
    Map<String, Object> decision = decisionOf(task);
    String title = NotificationKind.REMINDER.label() + "：" + task.getName();
    String body = "决策事项“" + decision.get(CommonVariables.DECISION_TITLE) + "”（"
        + decision.get(CommonVariables.DECISION_NO) + "）的待办任务“" + task.getName() + "”将于"
        + due(task).format(DAY_AND_TIME) + "到期（按工作日计算），请及时在任务清单中办理。";
    return notice(task, NotificationKind.REMINDER, decision, title, body, handlers(task));
  }

  private Notice escalation(Task task) {
    Map<String, Object> decision = decisionOf(task);
    Object unit = decision.get(CommonVariables.DECISION_UNIT);
    Set<String> recipients = new LinkedHashSet<>();
    if (unit != null) {
      recipients.addAll(members(Groups.of(unit.toString(), Groups.LEADERSHIP)));
    } else {
      log.warn("Overdue task {} has no {}: only its candidates are told", task.getId(), CommonVariables.DECISION_UNIT);
    }
    recipients.addAll(handlers(task));
    String title = NotificationKind.ESCALATION.label() + "：" + task.getName();
    String body = "决策事项“" + decision.get(CommonVariables.DECISION_TITLE) + "”（"
        + decision.get(CommonVariables.DECISION_NO) + "）的待办任务“" + task.getName() + "”已于"
        + due(task).format(DAY_AND_TIME) + "到期，尚未办理完毕，已在任务清单中标记为逾期。"
        + "本通知同时发送本单位领导班子和该任务的办理人员，请督促办理。";
    return notice(task, NotificationKind.ESCALATION, decision, title, body, recipients);
  }

  private Notice notice(Task task, NotificationKind kind, Map<String, Object> decision, String title, String body,
      Set<String> recipients) {
    return new Notice(task.getId(), kind, task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
        text(decision.get(CommonVariables.DECISION_NO)), text(decision.get(CommonVariables.DECISION_TITLE)),
        text(decision.get(CommonVariables.DECISION_UNIT)), due(task), title, body, recipients);
  }

  /** The assignee if there is one, otherwise every candidate user and member of a candidate group. */
  Set<String> handlers(Task task) {
    Set<String> users = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
      return users;
    }
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        users.addAll(members(link.getGroupId()));
      }
    }
    return users;
  }

  List<String> members(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
  }

  Map<String, Object> decisionOf(Task task) {
    return taskService.getVariables(task.getId(),
        List.of(CommonVariables.DECISION_NO, CommonVariables.DECISION_TITLE, CommonVariables.DECISION_UNIT));
  }

  private static OffsetDateTime due(Task task) {
    return task.getDueDate().toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static List<Task> all(java.util.function.Supplier<TaskQuery> query) {
    List<Task> tasks = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<Task> page = query.get().orderByTaskId().asc().listPage(first, PAGE);
      tasks.addAll(page);
      if (page.size() < PAGE) {
        return tasks;
      }
    }
  }
}
