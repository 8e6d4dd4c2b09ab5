package cn.gov.pujiang.decision.engine;

import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The task-local variables that let a person read a due date in Tasklist (a column of every filter)
 * and in the application's pages: {@code dueDateText} ({@code 2026-12-16（剩余 5 个工作日）}, with
 * 暂定 and its reason while a year is not loaded) and {@code dueDateProvisional}. The task's
 * description carries the provisional note as well, so it is seen on the task form. Written when the
 * task is created or its due date changes, and refreshed by deadline-watch as the days pass.
 */
@Component
public class DueDateVariables {

  public static final String DUE_DATE_TEXT = "dueDateText";
  public static final String DUE_DATE_PROVISIONAL = "dueDateProvisional";
  /** Appended to the description while the due date is provisional; removed when it is final. */
  static final String NOTE_START = "\n【期限暂定】";

  private final DueDates dueDates;

  public DueDateVariables(DueDates dueDates) {
    this.dueDates = dueDates;
  }

  /** From a task listener (create, update), inside the engine's command. */
  public void write(DelegateTask task) {
    Date due = task.getDueDate();
    if (due == null) {
      task.removeVariableLocal(DUE_DATE_TEXT);
      task.removeVariableLocal(DUE_DATE_PROVISIONAL);
      return;
    }
    DueDates.Label label = dueDates.label(due);
    if (!Objects.equals(task.getVariableLocal(DUE_DATE_TEXT), label.text())) {
      task.setVariableLocal(DUE_DATE_TEXT, label.text());
    }
    if (!Objects.equals(task.getVariableLocal(DUE_DATE_PROVISIONAL), label.provisional())) {
      task.setVariableLocal(DUE_DATE_PROVISIONAL, label.provisional());
    }
    String description = withNote(task.getDescription(), label);
    if (!Objects.equals(description, task.getDescription())) {
      task.setDescription(description);
    }
  }

  /** From outside a listener (deadline-watch, recomputation): only what changed is written. */
  public boolean refresh(TaskService taskService, Task task) {
    if (task.getDueDate() == null) {
      return false;
    }
    DueDates.Label label = dueDates.label(task.getDueDate());
    Map<String, Object> current = taskService.getVariablesLocal(task.getId(),
        java.util.List.of(DUE_DATE_TEXT, DUE_DATE_PROVISIONAL));
    boolean changed = false;
    if (!Objects.equals(current.get(DUE_DATE_TEXT), label.text())
        || !Objects.equals(current.get(DUE_DATE_PROVISIONAL), label.provisional())) {
      taskService.setVariablesLocal(task.getId(),
          Map.of(DUE_DATE_TEXT, label.text(), DUE_DATE_PROVISIONAL, label.provisional()));
      changed = true;
    }
    String description = withNote(task.getDescription(), label);
    if (!Objects.equals(description, task.getDescription())) {
      task.setDescription(description);
      taskService.saveTask(task);
      changed = true;
    }
    return changed;
  }

  static String withNote(String description, DueDates.Label label) {
    String base = description == null ? "" : description;
    int note = base.indexOf(NOTE_START);
    if (note >= 0) {
      base = base.substring(0, note);
    }
    if (!label.provisional()) {
      return base.isEmpty() && description == null ? null : base;
    }
    return base + NOTE_START + label.reason() + "，期限暂按周一至周五推算；载入该年节假日安排后自动重算，并通知办理人员。";
  }
}
