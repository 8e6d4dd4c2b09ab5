package cn.gov.pujiang.decision.support.browser;

import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.TestUsers;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The {@link LifecycleDriver} with Tasklist in a real browser in front: the first time a test
 * meets a form, the acting user logs into Tasklist, opens the task (or the start dialog), fills the
 * Camunda Form and submits it there; later uses of the same form go through the FormService, so
 * that a run proves every form once in the browser without paying the browser for every step.
 * {@link #submittedInBrowser()} tells which forms were proven.
 */
public class BrowserLifecycleDriver extends LifecycleDriver {

  private static final String PASSWORD = "demo";

  private final TasklistBrowser browser;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final Set<String> submittedInBrowser = new TreeSet<>();
  private BiConsumer<String, Task> beforeStep = (decisionNo, task) -> {};

  public BrowserLifecycleDriver(ProcessEngine engine, TasklistBrowser browser) {
    super(engine);
    this.browser = browser;
    this.identityService = engine.getIdentityService();
    this.taskService = engine.getTaskService();
    this.formService = engine.getFormService();
    this.repositoryService = engine.getRepositoryService();
    this.historyService = engine.getHistoryService();
    this.runtimeService = engine.getRuntimeService();
  }

  /** The start form goes through Tasklist's start dialog (the catalogue item is chosen by the base class). */
  @Override
  public ProcessInstance submitStartForm(Map<String, Object> startForm) {
    String definitionId =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey("major-decision").latestVersion()
            .singleResult().getId();
    String formId = formService.getStartFormData(definitionId).getCamundaFormRef().getKey();
    if (submittedInBrowser.contains(formId)) {
      return super.submitStartForm(startForm);
    }
    String user = actingUser();
    Set<String> before = startedBy(user);
    String processName = repositoryService.getProcessDefinition(definitionId).getName();
    browser.loginAs(user, PASSWORD);
    browser.startProcess(processName, FormSchema.load(formId), startForm, () -> startedBy(user).size() > before.size());
    submittedInBrowser.add(formId);
    // The instance this start created: other tests in the same database may have started later ones
    // by the engine clock, so it is told apart by id, not by start time.
    Set<String> created = new TreeSet<>(startedBy(user));
    created.removeAll(before);
    if (created.size() != 1) {
      throw new AssertionError("expected one new decision started by " + user + " but found " + created);
    }
    HistoricProcessInstance started =
        historyService.createHistoricProcessInstanceQuery().processInstanceId(created.iterator().next()).singleResult();
    runDueJobs(started.getBusinessKey());
    return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
  }

  @Override
  public void submit(String decisionNo, String taskKey, Object... keyValues) {
    Task task = taskService.createTaskQuery().taskId(task(decisionNo, taskKey).getId()).initializeFormKeys().singleResult();
    String formId = task.getCamundaFormRef().getKey();
    beforeStep.accept(decisionNo, task);
    Map<String, Object> values = new LinkedHashMap<>(vars(keyValues));
    // A Camunda Forms dynamic list (the meeting record's speakers, the complete record, ADR 0024) is not filled by
    // TasklistBrowser yet: such a step goes through the engine API, whose completion check is the same.
    if (submittedInBrowser.contains(formId) || FormSchema.load(formId).fillsADynamicList(values.keySet())) {
      super.submit(decisionNo, taskKey, keyValues);
      return;
    }
    String user = actingUser();
    assertMayWorkOn(user, task);
    FormSchema form = FormSchema.load(formId);
    Set<String> shown = readOnlyValuesHeld(decisionNo, task, form);
    browser.loginAs(user, PASSWORD);
    browser.completeTask(task.getId(), form, values,
        () -> taskService.createTaskQuery().taskId(task.getId()).count() == 0, shown);
    submittedInBrowser.add(formId);
    runDueJobs(decisionNo);
  }

  /** Field types whose read-only display is the value as text. */
  private static final Set<String> TEXT_FIELDS = Set.of("textfield", "textarea", "number", "datetime");

  /**
   * The read-only text fields of the form for which the task's process, or the decision's
   * major-decision instance, holds a value: the form must show each of them. A stage's form showing
   * a value of the decision that its call activity does not map in would show an empty field.
   */
  private Set<String> readOnlyValuesHeld(String decisionNo, Task task, FormSchema form) {
    List<String> keys = form.fields().stream()
        .filter(field -> field.readonly() && TEXT_FIELDS.contains(field.type())).map(FormSchema.Field::key).toList();
    if (keys.isEmpty()) {
      return Set.of();
    }
    return TestUsers.asEngine(identityService, () -> {
      Map<String, Object> held = new HashMap<>(taskService.getVariables(task.getId(), keys));
      ProcessInstance main = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(decisionNo)
          .processDefinitionKey("major-decision").singleResult();
      if (main != null) {
        runtimeService.getVariables(main.getId(), keys).forEach((key, value) -> {
          if (held.get(key) == null) {
            held.put(key, value);
          }
        });
      }
      Set<String> shown = new TreeSet<>();
      held.forEach((key, value) -> {
        if (value != null && !value.toString().isBlank()) {
          shown.add(key);
        }
      });
      return shown;
    });
  }

  /** Work the person does outside the form before completing it, e.g. uploading to the dossier. */
  public void beforeEachStep(BiConsumer<String, Task> work) {
    this.beforeStep = work;
  }

  /** The forms that were rendered, filled and submitted in Tasklist during this run. */
  public Set<String> submittedInBrowser() {
    return Collections.unmodifiableSet(submittedInBrowser);
  }

  public TasklistBrowser browser() {
    return browser;
  }

  private String actingUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("no acting user: call Stages.as(userId) before a step");
    }
    return authentication.getUserId();
  }

  /** The step's user must be the assignee or in a candidate group, as they would find it in Tasklist. */
  private void assertMayWorkOn(String user, Task task) {
    if (user.equals(task.getAssignee())) {
      return;
    }
    Set<String> groups = new TreeSet<>();
    identityService.createGroupQuery().groupMember(user).list().forEach(g -> groups.add(g.getId()));
    Set<String> candidates = new TreeSet<>();
    taskService.getIdentityLinksForTask(task.getId()).forEach(link -> {
      if (link.getGroupId() != null) {
        candidates.add(link.getGroupId());
      }
    });
    if (Collections.disjoint(groups, candidates)) {
      throw new AssertionError(user + " (groups " + groups + ") is not a candidate of " + task.getTaskDefinitionKey()
          + " (candidate groups " + candidates + ")");
    }
  }

  private Set<String> startedBy(String user) {
    Set<String> ids = new TreeSet<>();
    historyService.createHistoricProcessInstanceQuery().processDefinitionKey("major-decision").startedBy(user).list()
        .forEach(instance -> ids.add(instance.getId()));
    return ids;
  }
}
