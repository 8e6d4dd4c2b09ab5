package cn.gov.pujiang.decision.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds two task listeners to every user task whose model sets {@code camunda:dueDate} (a statutory
 * time limit), when the engine parses the models, so no BPMN has to name them:
 * <ul>
 *   <li>create and update: {@link DueDateVariables} writes the readable due date (and 暂定);
 *   <li>update: clearing the due date (Tasklist's "清除到期日", {@code PUT /task/{id}} with
 *       {@code due: null}, {@code TaskService.saveTask}) is refused with {@link ProcedureViolation},
 *       the same through every door, because the engine fires the listener for each of them.
 * </ul>
 * A command interceptor hands the refusal on unwrapped ({@link ProcedureViolationUnwrapping}).
 * Listeners look their beans up when called: the beans need engine services that do not exist yet
 * while the engine is being built.
 */
@Component
public class DueDateEnginePlugin extends AbstractProcessEnginePlugin {

  static final String CLEARING_REFUSED = "该任务的办理期限由法规规定，不能清除到期日。如需调整期限，请联系系统管理员，并在决策过程记录中说明理由。";

  private final ObjectProvider<DueDateVariables> variables;

  public DueDateEnginePlugin(ObjectProvider<DueDateVariables> variables) {
    this.variables = variables;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener readable = task -> variables.getObject().write(task);
    TaskListener keepsItsDueDate = task -> {
      if (task.getDueDate() == null) {
        throw new ProcedureViolation(CLEARING_REFUSED);
      }
    };
    // The engine wraps an exception from a task listener in its own English message (ENGINE-03051);
    // the refusal must reach Tasklist, /engine-rest and Java callers as the ProcedureViolation it is.
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new ProcedureViolationUnwrapping());
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
          return;
        }
        TaskDefinition definition = behavior.getTaskDefinition();
        if (definition.getDueDateExpression() == null) {
          return;
        }
        definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, keepsItsDueDate);
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, readable);
        definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, readable);
      }
    });
  }
}
