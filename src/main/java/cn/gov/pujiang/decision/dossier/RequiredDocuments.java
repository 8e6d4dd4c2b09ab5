package cn.gov.pujiang.decision.dossier;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Which documents a user task produces, from the DMN table {@code required-documents}
 * (processes/required-documents.dmn), which officials may change and redeploy without touching a
 * BPMN. The latest deployed version applies. The table is evaluated by a plain DMN engine of its
 * own, not the process engine's, so that every task completion does not add a historic decision
 * instance: the process engine's DMN engine writes one (with its inputs and outputs) for every
 * evaluation inside a process, even when called directly rather than through the DecisionService.
 */
@Component
public class RequiredDocuments {

  public static final String DECISION_KEY = "required-documents";
  static final String INPUT_TASK_KEY = "taskKey";
  static final String OUTPUT_KIND = "documentKind";
  static final String OUTPUT_NEW_VERSION = "newVersionRequired";

  /**
   * A document kind a task requires.
   *
   * @param newVersionRequired a version uploaded while the task was open is needed (e.g. each round
   *     of legality review issues its own opinion); otherwise any version in the dossier will do
   */
  public record Requirement(DocumentKind kind, boolean newVersionRequired) {}

  private final ProcessEngine processEngine;
  /** Camunda's default DMN engine (FEEL, as the table's entries are written): no history, no metrics. */
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /**
   * Answers of the latest deployed version, by task key. A deployed table never changes (a change is
   * a new version with a new id), so its answer for a task key is computed once: evaluating the FEEL
   * table was a tenth of the application's CPU per task completion (docs/performance.md).
   */
  private volatile Answers answers = new Answers("", new ConcurrentHashMap<>());

  private record Answers(String definitionId, Map<String, List<Requirement>> byTaskKey) {}

  public RequiredDocuments(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  /** The documents the task with this definition key (BPMN element id) produces; empty if none. */
  public List<Requirement> forTask(String taskKey) {
    // Inside a command so that the DMN engine finds the engine's configuration, whether the caller
    // is a listener (joins the running command) or a controller. The table is the system's rule, not
    // the user's data: latestDecision() reads it from the deployment cache, which no user's
    // authorizations filter, so a user without READ on decision definitions cannot waive it.
    return configuration().getCommandExecutorTxRequired().execute(context -> evaluate(taskKey));
  }

  private List<Requirement> evaluate(String taskKey) {
    DmnDecision decision = latestDecision();
    String definitionId = ((DecisionDefinition) decision).getId();
    Answers current = answers;
    if (!current.definitionId().equals(definitionId)) {
      current = new Answers(definitionId, new ConcurrentHashMap<>());
      answers = current;
    }
    return current.byTaskKey().computeIfAbsent(taskKey, key -> evaluate(decision, key));
  }

  private List<Requirement> evaluate(DmnDecision decision, String taskKey) {
    return dmnEngine
        .evaluateDecisionTable(decision, Variables.createVariables().putValue(INPUT_TASK_KEY, taskKey))
        .stream()
        .map(rule -> new Requirement(kind(rule.getEntry(OUTPUT_KIND)), Boolean.TRUE.equals(rule.getEntry(OUTPUT_NEW_VERSION))))
        .toList();
  }

  /**
   * The engine's own parsed copy of the latest deployed table, from its deployment cache. Read
   * there, not through a query, because the rule binds everyone: a query runs with the acting
   * user's authorizations and would find nothing for a user who may not read DMN definitions,
   * silently waiving the requirement. A missing table is a deployment error and fails loudly.
   */
  private DmnDecision latestDecision() {
    return (DmnDecision) configuration().getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(DECISION_KEY);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  private static DocumentKind kind(Object code) {
    return DocumentKind.fromCode(String.valueOf(code))
        .orElseThrow(() -> new IllegalStateException(DECISION_KEY + " names an unknown document kind: " + code));
  }
}
