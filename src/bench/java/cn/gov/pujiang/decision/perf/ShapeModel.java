package cn.gov.pujiang.decision.perf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The bare model of the same shape as a decision (issue 21 §1), derived at run time from the application's own
 * BPMN files on the classpath ({@code processes/*.bpmn}) rather than written by hand, so that it cannot drift from
 * the models it is compared with: every process the benchmark decision ran is deployed again under the key
 * {@code bare-<key>}, with the same call activities (calling the bare keys), asynchronous continuations, timers,
 * user tasks, gateways and variable mappings, and with everything the application adds removed: execution and task
 * listeners, forms, DMN tables (business rule tasks and service tasks call {@link Noop}), bean expressions
 * (candidate groups keep their number of groups, due dates go).
 *
 * <p>Gateway conditions read variables that the stripped listeners and rules would have set, so they cannot be
 * kept as they are. Each conditional flow becomes {@code ${true}} when the application's recorded decision entered
 * the flow's target in that process, otherwise {@code ${false}}; timers the recorded decision passed fire at once,
 * the others lie in the far future. The bare instance therefore takes the application's path, which the benchmark
 * checks: the same user tasks in the same order, and the same numbers of process instances, activity instances
 * and jobs per decision.
 */
final class ShapeModel {

  static final String PREFIX = "bare-";
  static final String MAIN = PREFIX + "major-decision";
  private static final String PAST = "2000-01-01T00:00:00";
  private static final String FAR = "2099-01-01T00:00:00";

  /** A delegate that does nothing: the place of every service task's and rule task's application code. */
  public static final class Noop implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      // Intentionally empty: the bare model measures the engine's part of a step only.
    }
  }

  private ShapeModel() {}

  /**
   * The bare models of the processes a recorded decision passed.
   *
   * @param visited process definition key to the activity ids the recorded decision entered in it
   */
  static List<BpmnModelInstance> derive(Map<String, Set<String>> visited) {
    List<BpmnModelInstance> models = new ArrayList<>();
    for (String key : visited.keySet()) {
      models.add(derive(key, visited.get(key)));
    }
    return models;
  }

  static BpmnModelInstance derive(String key, Set<String> entered) {
    BpmnModelInstance model;
    try (InputStream in = ShapeModel.class.getClassLoader().getResourceAsStream("processes/" + key + ".bpmn")) {
      if (in == null) {
        throw new IllegalStateException("no processes/" + key + ".bpmn on the classpath");
      }
      model = Bpmn.readModelFromStream(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    removeAll(model.getModelElementsByType(BpmnDiagram.class));
    removeAll(model.getModelElementsByType(CamundaExecutionListener.class));
    removeAll(model.getModelElementsByType(CamundaTaskListener.class));
    for (Process process : model.getModelElementsByType(Process.class)) {
      process.setId(PREFIX + process.getId());
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "expression");
      task.setCamundaClass(Noop.class.getName());
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      for (String attribute : List.of("decisionRef", "decisionRefBinding", "decisionRefVersion", "resultVariable",
          "mapDecisionResult")) {
        task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, attribute);
      }
      task.setCamundaClass(Noop.class.getName());
    }
    for (ModelElementInstance element : model.getModelElementsByType(FlowNode.class)) {
      element.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
      element.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formRefBinding");
      element.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formKey");
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaCandidateGroups() != null) {
        task.setCamundaCandidateGroups(task.getCamundaCandidateGroups().replaceAll("\\$\\{[^}]*}", "bare"));
      }
      if (task.getCamundaAssignee() != null) {
        task.setCamundaAssignee(task.getCamundaAssignee().replaceAll("\\$\\{[^}]*}", "bare"));
      }
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "dueDate");
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "followUpDate");
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      call.setCalledElement(PREFIX + call.getCalledElement());
    }
    for (CamundaInputParameter parameter : model.getModelElementsByType(CamundaInputParameter.class)) {
      if (parameter.getTextContent().contains("${")) {
        parameter.setTextContent("bare");
      }
    }
    for (CamundaFailedJobRetryTimeCycle cycle : model.getModelElementsByType(CamundaFailedJobRetryTimeCycle.class)) {
      cycle.setTextContent("R3/PT5M");
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      ConditionExpression condition = flow.getConditionExpression();
      if (condition != null) {
        condition.setTextContent(entered.contains(flow.getTarget().getId()) ? "${true}" : "${false}");
      }
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      boolean fired = entered.contains(((ModelElementInstance) timer.getParentElement()).getAttributeValue("id"));
      if (timer.getTimeDuration() != null) {
        timer.getTimeDuration().setTextContent(fired ? "PT0S" : "P36500D");
      }
      if (timer.getTimeDate() != null) {
        timer.getTimeDate().setTextContent(fired ? PAST : FAR);
      }
      if (timer.getTimeCycle() != null) {
        timer.getTimeCycle().setTextContent(fired ? "R1/PT0S" : "R1/P36500D");
      }
    }
    Bpmn.validateModel(model);
    return model;
  }

  private static void removeAll(Collection<? extends ModelElementInstance> elements) {
    for (ModelElementInstance element : List.copyOf(elements)) {
      element.getParentElement().removeChildElement(element);
    }
  }
}
