package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.engine.DueDates;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionStatus;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import cn.gov.pujiang.decision.engine.EngineClock;

/**
 * Where a decision stands, as a clerk wants to see it on the board: the names of the activities its
 * processes (main and stage processes share the decision number as business key) are waiting in, and
 * the earliest due date of its open tasks.
 */
@Service
public class DecisionProgress {

  private final TaskService taskService;
  private final HistoryService historyService;
  private final DueDates dueDates;

  public DecisionProgress(TaskService taskService, HistoryService historyService, DueDates dueDates) {
    this.taskService = taskService;
    this.historyService = historyService;
    this.dueDates = dueDates;
  }

  /** {@code dueDateText}: the earliest due date as a person reads it (working days left, 暂定). */
  public record Progress(List<String> currentActivities, OffsetDateTime dueDate, String dueDateText) {

    public Progress(List<String> currentActivities, OffsetDateTime dueDate) {
      this(currentActivities, dueDate, null);
    }
  }

  public Progress of(Decision decision) {
    if (decision.getStatus() == DecisionStatus.ARCHIVED) {
      return new Progress(List.of(), null);
    }
    List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(decision.getDecisionNo()).list();
    if (!tasks.isEmpty()) {
      Date earliest = tasks.stream().map(Task::getDueDate).filter(Objects::nonNull).min(Comparator.naturalOrder())
          .orElse(null);
      return new Progress(tasks.stream().map(Task::getName).distinct().sorted().toList(),
          earliest == null ? null : toOffset(earliest), earliest == null ? null : dueDates.label(earliest).text());
    }
    List<String> waiting =
        decision.getProcessInstanceId() == null
            ? List.of()
            : historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(decision.getProcessInstanceId())
                .unfinished()
                .list().stream()
                .filter(a -> !"callActivity".equals(a.getActivityType()))
                .map(HistoricActivityInstance::getActivityName)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    return new Progress(waiting, null);
  }

  private static OffsetDateTime toOffset(Date date) {
    return date.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
  }
}
