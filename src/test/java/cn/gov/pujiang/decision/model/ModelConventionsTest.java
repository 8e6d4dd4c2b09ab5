package cn.gov.pujiang.decision.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.lifecycle.Procedure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * The conventions of STYLE.md and docs/architecture.md, checked over every file in processes/ and
 * forms/: stable English ids with Chinese names, delegate style, candidate groups and forms on every
 * user task, history time to live, forms that resolve and whose field keys are known variables.
 * Reads the source folders, not the classpath, so a file that is not deployed is checked too.
 */
class ModelConventionsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final Path JAVA_SOURCES = Path.of("src/main/java");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  private static final Pattern MODELER_DEFAULT = Pattern.compile("_[0-9a-z]{7}$|_\\d+$");
  private static final Pattern ENUM_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyProcessIsNamedForItsFileAndKeepsHistoryForTheRetentionPeriod() throws IOException {
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Collection<Process> processes = model.getModelElementsByType(Process.class);
      assertThat(processes).as(file + " holds one process").hasSize(1);
      Process process = processes.iterator().next();
      assertThat(process.getId()).as(file + " process id").isEqualTo(baseName(file, ".bpmn"));
      assertThat(process.getName()).as(file + " process name").matches(hasChinese());
      assertThat(process.isExecutable()).as(file + " executable").isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive")
          .isEqualTo(SHORT_LIVED.getOrDefault(process.getId(), "3653"));
    }
  }

  /** Technical processes that hold no decision record (ADR 0008): their history is kept 30 days. */
  private static final java.util.Map<String, String> SHORT_LIVED = java.util.Map.of("deadline-watch", "30");

  @Test
  void everyDecisionTableIsNamedForItsFileAndKeepsHistoryForTheRetentionPeriod() throws IOException {
    for (Path file : files(PROCESSES, ".dmn")) {
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
      assertThat(decisions).as(file + " decisions").isNotEmpty();
      assertThat(decisions.stream().map(Decision::getId)).as(file.toString()).contains(baseName(file, ".dmn"));
      for (Decision decision : decisions) {
        assertThat(decision.getName()).as(file + " decision name").matches(hasChinese());
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isEqualTo("3653");
      }
    }
  }

  @Test
  void elementIdsAreStableEnglishNamesWithTheirTypePrefixAndChineseNames() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        String prefix = expectedPrefix(node);
        if (!node.getId().matches(prefix + "_[A-Z][A-Za-z0-9]+")) {
          problems.add(file + ": " + node.getId() + " should be " + prefix + "_<EnglishName>");
        }
        if (node.getName() == null || !CHINESE.matcher(node.getName()).find()) {
          problems.add(file + ": " + node.getId() + " has no Chinese name");
        }
        if (MODELER_DEFAULT.matcher(node.getId()).find()) {
          problems.add(file + ": " + node.getId() + " looks like a Modeler default id");
        }
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        if (!flow.getId().matches("SequenceFlow_[A-Z][A-Za-z0-9]+") || MODELER_DEFAULT.matcher(flow.getId()).find()) {
          problems.add(file + ": flow " + flow.getId() + " should be SequenceFlow_<EnglishName>");
        }
        if (flow.getSource() instanceof Gateway gateway
            && gateway.getOutgoing().size() > 1
            && (flow.getName() == null || !CHINESE.matcher(flow.getName()).find())) {
          problems.add(file + ": flow " + flow.getId() + " leaving a gateway has no Chinese name");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFlowNodeIsDrawnSoTheModelOpensInCamundaModeler() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Set<String> drawn = new HashSet<>();
      for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
        drawn.add(((BaseElement) shape.getBpmnElement()).getId());
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (!drawn.contains(node.getId())) {
          problems.add(file + ": " + node.getId() + " has no diagram shape");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void serviceTasksAndListenersCallSpringBeansThroughDelegateExpressions() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      String xml = Files.readString(file);
      if (xml.contains("camunda:class=") || xml.contains("<bpmn:script") || xml.contains("camunda:script")) {
        problems.add(file + ": uses camunda:class or a script");
      }
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        if (task.getCamundaDelegateExpression() == null
            || !task.getCamundaDelegateExpression().matches("\\$\\{[a-z][A-Za-z]+}")) {
          problems.add(file + ": " + task.getId() + " must use camunda:delegateExpression=\"${bean}\"");
        }
      }
      for (CamundaExecutionListener l : model.getModelElementsByType(CamundaExecutionListener.class)) {
        if (l.getCamundaDelegateExpression() == null) {
          problems.add(file + ": an execution listener does not use a delegateExpression");
        }
      }
      for (CamundaTaskListener l : model.getModelElementsByType(CamundaTaskListener.class)) {
        if (l.getCamundaDelegateExpression() == null) {
          problems.add(file + ": a task listener does not use a delegateExpression");
        }
        if ("complete".equals(l.getCamundaEvent())) {
          problems.add(file + ": " + l.getCamundaDelegateExpression()
              + " checks on task completion; use a CompletionCheck end listener so its Chinese message is not wrapped");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyAsynchronousStepRetriesWithTheConfiguredBackOffAndSaysWhyItIsAsynchronous() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (!node.isCamundaAsyncBefore() && !node.isCamundaAsyncAfter()) {
          continue;
        }
        CamundaFailedJobRetryTimeCycle cycle = node.getExtensionElements() == null ? null
            : node.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list()
                .stream().findFirst().orElse(null);
        if (cycle == null || !"${jobRetries.cycle}".equals(cycle.getTextContent().trim())) {
          problems.add(file + ": " + node.getId() + " is asynchronous without"
              + " <camunda:failedJobRetryTimeCycle>${jobRetries.cycle}</camunda:failedJobRetryTimeCycle>");
        }
        if (node.getDocumentations().stream().noneMatch(d -> d.getTextContent().contains("异步")
            || d.getTextContent().contains("async"))) {
          problems.add(file + ": " + node.getId() + " does not say in its documentation why it is asynchronous");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyUserTaskHasACandidateGroupAndAFormThatExists() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
          problems.add(file + ": " + task.getId() + " has no candidate group");
        }
        checkFormRef(file, task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), problems);
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getParentElement() instanceof Process
            && ((Process) start.getParentElement()).getId().equals("major-decision")) {
          checkFormRef(file, start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormIsNamedForItsFileAndItsFieldsAreKnownVariablesWithChineseLabels() throws IOException {
    Set<String> known = knownVariables();
    List<String> problems = new ArrayList<>();
    for (Path file : files(FORMS, ".form")) {
      JsonNode form = json.readTree(file.toFile());
      assertThat(form.path("id").asText()).as(file + " id").isEqualTo(baseName(file, ".form"));
      assertThat(form.path("id").asText()).as(file + " id is kebab-case").matches(KEBAB);
      assertThat(form.path("executionPlatform").asText()).as(file.toString()).isEqualTo("Camunda Platform");
      for (JsonNode component : components(form)) {
        String key = component.path("key").asText(null);
        String type = component.path("type").asText();
        if (Set.of("checklist", "taglist", "dynamiclist").contains(type)) {
          problems.add(file + ": " + type + " submits a JSON array; use checkboxes or a select");
        }
        if (key == null) {
          continue;
        }
        if (!known.contains(key)) {
          problems.add(file + ": field key '" + key + "' is not a variable named in the Java sources or models");
        }
        String label = component.has("label") ? component.path("label").asText() : component.path("dateLabel").asText();
        if (!CHINESE.matcher(label).find()) {
          problems.add(file + ": field '" + key + "' has no Chinese label");
        }
        for (JsonNode value : component.path("values")) {
          if (!ENUM_CODE.matcher(value.path("value").asText()).matches()) {
            problems.add(file + ": option value '" + value.path("value").asText() + "' of '" + key + "' is not an ASCII code");
          }
          if (!CHINESE.matcher(value.path("label").asText()).find()) {
            problems.add(file + ": option of '" + key + "' has no Chinese label");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormIsUsedByAModel() throws IOException {
    Set<String> referenced = new HashSet<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      Matcher m = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(Files.readString(file));
      while (m.find()) {
        referenced.add(m.group(1));
      }
    }
    for (Path file : files(FORMS, ".form")) {
      assertThat(referenced).as("form " + file + " is referenced by a BPMN").contains(baseName(file, ".form"));
    }
  }

  private void checkFormRef(Path file, String id, String formRef, String binding, List<String> problems) {
    if (formRef == null || formRef.isBlank()) {
      problems.add(file + ": " + id + " has no camunda:formRef");
      return;
    }
    if (!"latest".equals(binding)) {
      problems.add(file + ": " + id + " formRefBinding should be latest");
    }
    Path form = FORMS.resolve(formRef + ".form");
    if (!Files.exists(form)) {
      problems.add(file + ": " + id + " refers to missing form " + form);
    }
  }

  /**
   * Variable names the application knows: string literals in the Java sources (constants classes,
   * listeners), names inside model expressions and mappings, and the generated procedure flags.
   */
  private Set<String> knownVariables() throws IOException {
    Set<String> known = new HashSet<>();
    Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9]*)\"");
    for (Path file : files(JAVA_SOURCES, ".java")) {
      Matcher m = literal.matcher(Files.readString(file));
      while (m.find()) {
        known.add(m.group(1));
      }
    }
    Pattern expressionName = Pattern.compile("[a-z][A-Za-z0-9]*");
    Pattern modelNames =
        Pattern.compile("\\$\\{([^}]*)}|(?:source|target|camunda:resultVariable)=\"([a-zA-Z0-9]+)\"|<text>([a-zA-Z0-9]+)</text>");
    for (Path file : files(PROCESSES, "")) {
      Matcher m = modelNames.matcher(Files.readString(file));
      while (m.find()) {
        String text = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        Matcher n = expressionName.matcher(text);
        while (n.find()) {
          known.add(n.group());
        }
      }
    }
    for (Procedure p : Procedure.values()) {
      known.add(p.requiredVariable());
      known.add(p.plannedVariable());
      known.add(p.exemptionVariable());
    }
    return known;
  }

  private static List<JsonNode> components(JsonNode node) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : node.path("components")) {
      all.add(c);
      all.addAll(components(c));
    }
    return all;
  }

  private static String expectedPrefix(FlowNode node) {
    if (node instanceof StartEvent) return "StartEvent";
    if (node instanceof EndEvent) return "EndEvent";
    if (node instanceof BoundaryEvent) return "BoundaryEvent";
    if (node instanceof IntermediateCatchEvent) return "TimerEvent";
    if (node instanceof Gateway) return "Gateway";
    if (node instanceof CallActivity) return "CallActivity";
    if (node instanceof UserTask || node instanceof ServiceTask || node instanceof BusinessRuleTask) return "Task";
    return "(unexpected element type " + node.getElementType().getTypeName() + ")";
  }

  private static String hasChinese() {
    return ".*\\p{IsHan}.*";
  }

  private static String baseName(Path file, String extension) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - extension.length());
  }

  private static List<Path> files(Path dir, String extension) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(p -> p.toString().endsWith(extension) && Files.isRegularFile(p)).sorted().toList();
    }
  }

}
