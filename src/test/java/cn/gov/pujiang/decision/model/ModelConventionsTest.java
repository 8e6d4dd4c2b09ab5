package cn.gov.pujiang.decision.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.archive.DecisionArchivingProcess;
import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess;
import cn.gov.pujiang.decision.lifecycle.Procedure;
import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import cn.gov.pujiang.decision.review.LegalityReviewProcess;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess;
import cn.gov.pujiang.decision.tasklist.TaskFilters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * The conventions of docs/conventions.md and docs/architecture.md, checked over every file in processes/ and
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
        // An event-based gateway cannot be asynchronous after (the model API throws when asked).
        boolean asyncAfter = !(node instanceof org.camunda.bpm.model.bpmn.instance.EventBasedGateway)
            && node.isCamundaAsyncAfter();
        if (!node.isCamundaAsyncBefore() && !asyncAfter) {
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
        if (Set.of("checklist", "taglist").contains(type)) {
          problems.add(file + ": " + type + " submits a JSON array; use checkboxes or a select");
        }
        if ("dynamiclist".equals(type)) {
          String path = component.path("path").asText();
          List<String> items = new ArrayList<>();
          component.path("components").forEach(c -> items.add(c.path("key").asText()));
          if (!LIST_VARIABLES.containsKey(path)) {
            problems.add(file + ": dynamic list '" + path + "' is not one a check parses into the application's tables"
                + " (LIST_VARIABLES); use checkboxes or a select");
          } else if (!items.equals(LIST_VARIABLES.get(path))) {
            problems.add(file + ": dynamic list '" + path + "' has the item fields " + items + ", its check reads "
                + LIST_VARIABLES.get(path));
          }
          if (!CHINESE.matcher(component.path("label").asText()).find()) {
            problems.add(file + ": dynamic list '" + path + "' has no Chinese label");
          }
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

  /**
   * The throughput and cluster work: a called stage gets exactly the variables it reads, not a copy of every variable of the
   * caller ({@code variables="all"} made 428 variable instances of a decision instead of 169,
   * docs/processes.md).
   * For every call activity: no {@code variables="all"}; every variable the called process reads
   * in its expressions, its DMN tables, its forms (field keys, FEEL and templates) and the Tasklist
   * columns, and does not produce itself, is mapped in; what the Java code of every stage reads
   * (InstanceAuthorizations, deadline reminders) is mapped in everywhere; and the mappings are the
   * list the process's constants class declares ({@code INPUTS}), so that docs, Java and model agree.
   * What Java listeners read cannot be found statically: those variables are in the INPUTS lists with
   * their reader named, and StageVariablesTest proves that they arrive.
   */
  @Test
  void everyCallActivityMapsInWhatTheCalledProcessReadsAndNothingElseWholesale() throws IOException {
    Set<String> beans = springBeanNames();
    List<String> problems = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        String where = file + ": " + call.getId();
        List<CamundaIn> ins = extensions(call, CamundaIn.class);
        List<CamundaOut> outs = extensions(call, CamundaOut.class);
        if (ins.stream().anyMatch(in -> in.getCamundaVariables() != null)
            || outs.stream().anyMatch(out -> out.getCamundaVariables() != null)) {
          problems.add(where + " copies variables=\"all\"; map the variables one by one (docs/processes.md)");
        }
        Set<String> mapped = new TreeSet<>();
        for (CamundaIn in : ins) {
          if (in.getCamundaTarget() != null) {
            mapped.add(in.getCamundaTarget());
          }
        }
        String called = call.getCalledElement();
        Path calledFile = PROCESSES.resolve(called + ".bpmn");
        if (!Files.exists(calledFile)) {
          problems.add(where + " calls " + called + ", which has no file " + calledFile);
          continue;
        }
        Map<String, String> reads = new TreeMap<>(variablesRead(calledFile, beans));
        reads.keySet().removeAll(variablesProduced(calledFile));
        for (String shown : TaskFilters.shownVariableNames()) {
          reads.putIfAbsent(shown, "Tasklist's task list column (TaskFilters.SHOWN_VARIABLES)");
        }
        for (String common : CommonVariables.EVERY_STAGE) {
          reads.putIfAbsent(common, "CommonVariables.EVERY_STAGE (unit grants, reminders, Tasklist)");
        }
        reads.forEach((variable, readBy) -> {
          if (!mapped.contains(variable)) {
            problems.add(where + " does not map in " + variable + ", which " + called + " reads in " + readBy);
          }
        });
        List<String> declared = STAGE_INPUTS.get(called);
        if (declared == null) {
          problems.add(where + ": " + called + " declares no INPUTS in its constants class (see STAGE_INPUTS here)");
        } else if (!mapped.equals(new TreeSet<>(declared))) {
          problems.add(where + " maps in " + mapped + " but " + called + "'s constants class declares INPUTS "
              + new TreeSet<>(declared));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * The dynamic lists a form may submit (a JSON array), each with its item fields in form order: only a list that
   * a completion check parses and a delegate stores row by row in the application's tables (the complete record: the meeting
   * record's participants, ADR 0024).
   */
  private static final Map<String, List<String>> LIST_VARIABLES = Map.of(
      CollectiveDiscussionProcess.Vars.MEETING_PARTICIPANTS,
      cn.gov.pujiang.decision.meeting.MeetingSpeeches.ITEM_FIELDS,
      CollectiveDiscussionProcess.Vars.DISPUTE_UNIT_VIEWS,
      cn.gov.pujiang.decision.meeting.MeetingMaterialsCheck.UNIT_VIEW_FIELDS);

  /** What each stage's constants class says it receives; the BPMN mappings must be exactly these. */
  private static final Map<String, List<String>> STAGE_INPUTS = Map.of(
      PublicParticipationProcess.KEY, PublicParticipationProcess.INPUTS,
      ExpertArgumentationProcess.KEY, ExpertArgumentationProcess.INPUTS,
      RiskAssessmentProcess.KEY, RiskAssessmentProcess.INPUTS,
      LegalityReviewProcess.KEY, LegalityReviewProcess.INPUTS,
      CollectiveDiscussionProcess.KEY, CollectiveDiscussionProcess.INPUTS,
      DecisionPublicationProcess.KEY, DecisionPublicationProcess.INPUTS,
      DecisionExecutionProcess.KEY, DecisionExecutionProcess.INPUTS,
      DecisionArchivingProcess.KEY, DecisionArchivingProcess.INPUTS);

  /** Identifiers of the process engine's own expression context, not variables. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");
  /** JUEL and FEEL words that look like identifiers. */
  private static final Set<String> KEYWORDS = Set.of(
      "true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod",
      "instanceof", "if", "then", "else", "for", "in", "return", "some", "every", "satisfies", "between",
      "instance", "of", "function");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{([^}]*)}}");
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  /** The first name of a path (a.b.c gives a), not a function call's name. */
  private static final Pattern FIRST_NAME = Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)(?![\\w(]|\\s+\\()");

  /**
   * The variables a process reads, each with where: names in its
   * expressions (conditions, candidate groups, due dates, timers, listeners, its own calls' mappings),
   * in the DMN tables its business rule tasks evaluate, and in the forms of its user tasks (every
   * field key, FEEL expressions, {{templates}}). Spring beans and the engine's own names are left out.
   */
  private Map<String, String> variablesRead(Path bpmn, Set<String> beans) throws IOException {
    Map<String, String> reads = new TreeMap<>();
    String xml = Files.readString(bpmn)
        .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    Matcher expression = EXPRESSION.matcher(xml);
    while (expression.find()) {
      for (String name : names(expression.group(1))) {
        reads.putIfAbsent(name, "expression " + expression.group());
      }
    }
    BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      for (CamundaIn in : extensions(call, CamundaIn.class)) {
        if (in.getCamundaSource() != null) {
          reads.putIfAbsent(in.getCamundaSource(), "the in-mapping of " + call.getId());
        }
      }
    }
    for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
      Path dmn = PROCESSES.resolve(rule.getCamundaDecisionRef() + ".dmn");
      DmnModelInstance table = Dmn.readModelFromFile(dmn.toFile());
      List<String> texts = new ArrayList<>();
      table.getModelElementsByType(InputExpression.class).forEach(e -> texts.add(e.getTextContent()));
      table.getModelElementsByType(InputEntry.class).forEach(e -> texts.add(e.getTextContent()));
      table.getModelElementsByType(OutputEntry.class).forEach(e -> texts.add(e.getTextContent()));
      for (String text : texts) {
        for (String name : names(text)) {
          reads.putIfAbsent(name, "decision table " + dmn.getFileName() + " (" + rule.getId() + ")");
        }
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() == null) {
        continue;
      }
      Path formFile = FORMS.resolve(task.getCamundaFormRef() + ".form");
      JsonNode form = json.readTree(formFile.toFile());
      String where = "form " + formFile.getFileName() + " (" + task.getId() + ")";
      for (JsonNode component : components(form)) {
        if (component.hasNonNull("key")) {
          reads.putIfAbsent(component.path("key").asText(), where);
        }
      }
      for (String feel : strings(form)) {
        if (feel.startsWith("=")) {
          names(feel.substring(1)).forEach(name -> reads.putIfAbsent(name, where + ", FEEL " + feel));
        }
        Matcher template = TEMPLATE.matcher(feel);
        while (template.find()) {
          names(template.group(1)).forEach(name -> reads.putIfAbsent(name, where + ", template " + template.group()));
        }
      }
    }
    reads.keySet().removeAll(beans);
    reads.keySet().removeAll(ENGINE_NAMES);
    return reads;
  }

  /**
   * The variables a process produces itself before anyone reads them: the fields its users enter
   * (form keys that are not read-only), DMN results, the initiator, its inputOutput parameters, what
   * its own calls map out, and what the listeners and delegates its model names set. A variable that
   * Java reads (rule 4) cannot be found here: the INPUTS lists name those, and the lifecycle tests
   * run the listeners.
   */
  private Set<String> variablesProduced(Path bpmn) throws IOException {
    Set<String> produced = new TreeSet<>();
    BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() == null) {
        continue;
      }
      for (JsonNode component : components(json.readTree(FORMS.resolve(task.getCamundaFormRef() + ".form").toFile()))) {
        if (component.hasNonNull("key") && !component.path("readonly").asBoolean(false)
            && !component.path("disabled").asBoolean(false)) {
          produced.add(component.path("key").asText());
        }
      }
    }
    for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
      if (rule.getCamundaResultVariable() != null) {
        produced.add(rule.getCamundaResultVariable());
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaInitiator() != null) {
        produced.add(start.getCamundaInitiator());
      }
    }
    model.getModelElementsByType(CamundaInputParameter.class).forEach(p -> produced.add(p.getCamundaName()));
    model.getModelElementsByType(CamundaOutputParameter.class).forEach(p -> produced.add(p.getCamundaName()));
    model.getModelElementsByType(CamundaOut.class).forEach(out -> {
      if (out.getCamundaTarget() != null) {
        produced.add(out.getCamundaTarget());
      }
    });
    produced.addAll(variablesSetByItsBeans(Files.readString(bpmn)));
    return produced;
  }

  private static final Pattern DELEGATE_BEAN = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z]+)}\"");
  private static final Pattern SET_VARIABLE =
      Pattern.compile("\\.setVariable(?:Local)?\\(\\s*(\"[^\"]*\"|[A-Za-z_][\\w.]*)\\s*,");
  private static final Pattern STRING_CONSTANT = Pattern.compile("static final String ([A-Z_][A-Z0-9_]*)\\s*=\\s*\"([^\"]*)\"");

  /**
   * Variables that the Java listeners and delegates named in the model ({@code delegateExpression})
   * write with setVariable, such as the routing flags their checks compute. A constant is resolved by
   * its name among the application's String constants.
   */
  private static Set<String> variablesSetByItsBeans(String xml) throws IOException {
    Map<String, Path> beanSources = new HashMap<>();
    Map<String, Set<String>> constants = new HashMap<>();
    Pattern named = Pattern.compile("@(?:Component|Service)\\(\"([A-Za-z]+)\"\\)");
    for (Path file : files(JAVA_SOURCES, ".java")) {
      String source = Files.readString(file);
      Matcher m = named.matcher(source);
      while (m.find()) {
        beanSources.put(m.group(1), file);
      }
      m = STRING_CONSTANT.matcher(source);
      while (m.find()) {
        constants.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
      }
    }
    Set<String> set = new TreeSet<>();
    Matcher bean = DELEGATE_BEAN.matcher(xml);
    while (bean.find()) {
      Path source = beanSources.get(bean.group(1));
      if (source == null) {
        continue;
      }
      Matcher call = SET_VARIABLE.matcher(Files.readString(source));
      while (call.find()) {
        String argument = call.group(1);
        if (argument.startsWith("\"")) {
          set.add(argument.substring(1, argument.length() - 1));
        } else {
          set.addAll(constants.getOrDefault(argument.substring(argument.lastIndexOf('.') + 1), Set.of()));
        }
      }
    }
    return set;
  }

  private static Set<String> names(String expression) {
    Set<String> names = new TreeSet<>();
    if (expression == null) {
      return names;
    }
    Matcher m = FIRST_NAME.matcher(STRING_LITERAL.matcher(expression).replaceAll(" "));
    while (m.find()) {
      if (!KEYWORDS.contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** Every string value anywhere in a form (labels, texts, conditions). */
  private static List<String> strings(JsonNode node) {
    List<String> all = new ArrayList<>();
    if (node.isTextual()) {
      all.add(node.asText());
    }
    node.elements().forEachRemaining(child -> all.addAll(strings(child)));
    return all;
  }

  /**
   * Names under which the application registers Spring beans (explicit names, else the class name
   * with a small initial): in an expression they are beans, not variables.
   */
  private static Set<String> springBeanNames() throws IOException {
    Set<String> beans = new HashSet<>();
    Pattern named = Pattern.compile("@(?:Component|Service|Repository|Controller|RestController|Configuration|Bean)\\(\"([A-Za-z]+)\"\\)");
    Pattern unnamed = Pattern.compile("@(?:Component|Service|Configuration)\\s[^{]*?\\bclass\\s+([A-Z][A-Za-z0-9]*)");
    for (Path file : files(JAVA_SOURCES, ".java")) {
      String source = Files.readString(file);
      Matcher m = named.matcher(source);
      while (m.find()) {
        beans.add(m.group(1));
      }
      m = unnamed.matcher(source);
      while (m.find()) {
        beans.add(Character.toLowerCase(m.group(1).charAt(0)) + m.group(1).substring(1));
      }
    }
    return beans;
  }

  private static <T extends ModelElementInstance> List<T> extensions(BaseElement element, Class<T> type) {
    return element.getExtensionElements() == null ? List.of()
        : element.getExtensionElements().getElementsQuery().filterByType(type).list();
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
    if (node instanceof IntermediateCatchEvent catchEvent) {
      boolean message = catchEvent.getEventDefinitions().stream()
          .anyMatch(d -> d instanceof org.camunda.bpm.model.bpmn.instance.MessageEventDefinition);
      return message ? "MessageEvent" : "TimerEvent";
    }
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
