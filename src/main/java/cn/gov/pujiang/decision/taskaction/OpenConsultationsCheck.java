package cn.gov.pujiang.decision.taskaction;

import cn.gov.pujiang.decision.refusal.Refusal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of every user task of every process ({@link ConsultationEnginePlugin}): a task on which
 * its holder asked colleagues for an opinion (征求意见, ADR 0028) is not completed until each of them
 * has answered or the holder has withdrawn the request. Being in the engine, it holds at every door:
 * Tasklist's submit-form, {@code /engine-rest} complete, Java calls. When the task ends without being
 * completed (cancelled by an event, the instance deleted), its open requests are withdrawn, so that no
 * colleague is left answering on a task that is gone.
 */
@Component
public class OpenConsultationsCheck implements ExecutionListener {

  public static final String CODE = "CONSULTATION_OPEN";

  private final TaskConsultations consultations;

  public OpenConsultationsCheck(TaskConsultations consultations) {
    this.consultations = consultations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String activityInstanceId = execution.getActivityInstanceId();
    if (execution.isCanceled()) {
      consultations.withdrawWithTask(activityInstanceId);
      return;
    }
    List<String> waiting = consultations.waitingFor(activityInstanceId);
    if (!waiting.isEmpty()) {
      throw Refusal.conflict(CODE, "本任务征求的意见尚未全部答复（待答复：" + String.join("、", waiting)
          + "）。请等待答复，或在“办理操作”中撤回征求意见后再提交");
    }
  }
}
