package cn.gov.pujiang.decision.dossier;

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
 * Attaches {@link RequiredDocumentsCheck} as an end listener to every user task of every process
 * when the engine parses the models, so that which task needs which document is decided by the
 * required-documents DMN table alone and no BPMN has to name the check. It is added after the
 * model's own listeners, so a form's own checks speak first. The check is looked up when a task
 * ends, because it needs engine services that do not exist yet while the engine is being built.
 */
@Component
public class DossierEnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<RequiredDocumentsCheck> check;

  public DossierEnginePlugin(ObjectProvider<RequiredDocumentsCheck> check) {
    this.check = check;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ExecutionListener requiredDocuments = execution -> check.getObject().notify(execution);
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_END, requiredDocuments);
      }
    });
  }
}
