package cn.gov.pujiang.decision.taskaction;

import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/tasks/{taskId}/…: 抄送, 催办, 转办, 撤回 and 征求意见 (docs/api.md). The rules are {@link TaskActions}'; a
 * refusal is a Chinese 4xx and nothing of it is stored.
 */
@RestController
@RequestMapping("/api/tasks/{taskId}")
public class TaskActionController {

  private final TaskActions actions;
  private final TaskConsultations consultations;

  public TaskActionController(TaskActions actions, TaskConsultations consultations) {
    this.actions = actions;
    this.consultations = consultations;
  }

  public record ConsultRequest(Set<String> consultees, String question) {}

  public record WithdrawConsultationRequest(String reason) {}

  public record CopyRequest(Set<String> recipients, String note) {}

  public record UrgeRequest(String message) {}

  public record HandOverRequest(String toUser, String reason) {}

  public record TakeBackRequest(String reason) {}

  @PostMapping("/copy")
  public TaskActions.Result copy(@PathVariable String taskId, @RequestBody CopyRequest request) {
    return actions.copy(taskId, request.recipients(), request.note());
  }

  @PostMapping("/urge")
  public TaskActions.Result urge(@PathVariable String taskId, @RequestBody UrgeRequest request) {
    return actions.urge(taskId, request.message());
  }

  @PostMapping("/hand-over")
  public TaskActions.Result handOver(@PathVariable String taskId, @RequestBody HandOverRequest request) {
    return actions.handOver(taskId, request.toUser(), request.reason());
  }

  /** {taskId} is the completed task being taken back. */
  @PostMapping("/take-back")
  public TaskActions.Result takeBack(@PathVariable String taskId, @RequestBody TakeBackRequest request) {
    return actions.takeBack(taskId, request.reason());
  }

  @PostMapping("/consult")
  public TaskActions.Result consult(@PathVariable String taskId, @RequestBody ConsultRequest request) {
    return consultations.ask(taskId, request.consultees(), request.question());
  }

  @PostMapping("/consult/withdraw")
  public TaskActions.Result withdrawConsultation(@PathVariable String taskId,
      @RequestBody WithdrawConsultationRequest request) {
    return consultations.withdraw(taskId, request.reason());
  }

  @GetMapping("/consultations")
  public List<TaskConsultations.Consultation> consultations(@PathVariable String taskId) {
    return consultations.on(taskId);
  }
}
