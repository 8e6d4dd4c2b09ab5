package cn.gov.pujiang.decision.taskaction;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link OpenConsultationsCheck} as the first end listener of every user task of every process
 * when the engine parses the models, so that no model has to name it and versions already deployed
 * get it too. It goes first so that a completion with an open request is refused before any of the
 * task's own checks records what the form produced. The check is looked up when a task ends, because
 * it needs beans that do not exist yet while the engine is being built.
 */
@Component
public class ConsultationEnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<OpenConsultationsCheck> check;

  public ConsultationEnginePlugin(ObjectProvider<OpenConsultationsCheck> check) {
    this.check = check;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ExecutionListener openConsultations = execution -> check.getObject().notify(execution);
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_END, openConsultations, 0);
      }
    });
  }
}
