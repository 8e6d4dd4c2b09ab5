package cn.gov.pujiang.decision.dossier;

import cn.gov.pujiang.decision.dossier.RequiredDocuments.Requirement;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a user task until the dossier holds the documents the task produces
 * ({@link RequiredDocuments}). Not declared in any BPMN: {@link DossierEnginePlugin} attaches it as
 * an end listener to every user task while the models are parsed, after the model's own checks.
 * Reads the business key (the decision number) and the task's activity id; writes nothing.
 */
@Component
public class RequiredDocumentsCheck extends CompletionCheck {

  private final RequiredDocuments requiredDocuments;
  private final Dossier dossier;
  private final HistoryService historyService;

  public RequiredDocumentsCheck(RequiredDocuments requiredDocuments, Dossier dossier, HistoryService historyService) {
    this.requiredDocuments = requiredDocuments;
    this.dossier = dossier;
    this.historyService = historyService;
  }

  @Override
  protected void check(DelegateExecution execution) {
    List<Requirement> requirements = requiredDocuments.forTask(execution.getCurrentActivityId());
    if (requirements.isEmpty()) {
      return;
    }
    String decisionNo = execution.getProcessBusinessKey();
    OffsetDateTime taskStarted = null;
    for (Requirement requirement : requirements) {
      if (!requirement.newVersionRequired()) {
        if (!dossier.holds(decisionNo, requirement.kind())) {
          throw new ProcedureViolation("请先在决策档案中上传本环节的材料：“" + requirement.kind().label()
              + "”，再完成本任务。上传页面：/app/dossier.html?no=" + decisionNo);
        }
        continue;
      }
      if (taskStarted == null) {
        taskStarted = startOf(execution);
      }
      if (!dossier.holdsSince(decisionNo, requirement.kind(), taskStarted)) {
        throw new ProcedureViolation("请先在决策档案中上传本次的“" + requirement.kind().label()
            + "”（本任务开始后上传的新版本），再完成本任务。上传页面：/app/dossier.html?no=" + decisionNo);
      }
    }
  }

  /** When this task began: the start of its activity instance in the engine's history. */
  private OffsetDateTime startOf(DelegateExecution execution) {
    HistoricActivityInstance activity =
        historyService.createHistoricActivityInstanceQuery().activityInstanceId(execution.getActivityInstanceId())
            .singleResult();
    if (activity == null) {
      throw new IllegalStateException("No history for activity instance " + execution.getActivityInstanceId()
          + "; required-documents needs history level activity or higher");
    }
    return activity.getStartTime().toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
  }
}
