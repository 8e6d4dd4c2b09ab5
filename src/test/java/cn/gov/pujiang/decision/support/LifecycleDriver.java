package cn.gov.pujiang.decision.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks a decision through its processes the way Tasklist does: forms are submitted through the
 * FormService, tasks are found by the decision number (the business key of the main process and of
 * every stage process), and due jobs are executed as the job executor would.
 */
public class LifecycleDriver {

  private final FormService formService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;

  public LifecycleDriver(ProcessEngine engine) {
    this.identityService = engine.getIdentityService();
    this.formService = engine.getFormService();
    this.taskService = engine.getTaskService();
    this.runtimeService = engine.getRuntimeService();
    this.managementService = engine.getManagementService();
    this.repositoryService = engine.getRepositoryService();
  }

  /**
   * Where {@link #startDecision} takes a published catalogue item from when the start form names
   * none; set by ProcessTestSupport for each test (the driver is built from the engine alone).
   */
  static TestCatalogue catalogue;

  public static void useCatalogue(TestCatalogue testCatalogue) {
    catalogue = testCatalogue;
  }

  /**
   * Submits the start form of the latest major-decision, as a clerk does in Tasklist. A form that
   * names neither a catalogue item nor an emergency reason gets a new item of the unit's published
   * catalogue (most tests examine later stages, and only catalogue items may start); a test of the
   * catalogue gate passes catalogueItemNo (or, to test a refusal, emergencyReason) itself.
   */
  public ProcessInstance startDecision(Map<String, Object> startForm) {
    Map<String, Object> form = new HashMap<>(startForm);
    if (!form.containsKey("catalogueItemNo") && !form.containsKey("emergencyReason") && catalogue != null
        && form.get("decisionUnit") instanceof String unit && unitExists(unit)) {
      form.put("catalogueItemNo", catalogue.publishedItemNo(unit));
    }
    return submitStartForm(form);
  }

  private static boolean unitExists(String unit) {
    return java.util.Set.of("county", "puyang", "xianhua", "punan", "huangzhai", "baima", "zhengzhai", "yantou",
        "zhengjiawu", "tanxi", "hangping", "yuzhai", "dafan", "zhongyu", "qianwu", "huaqiao").contains(unit);
  }

  /** Submits the start form exactly as given. */
  public ProcessInstance submitStartForm(Map<String, Object> startForm) {
    String definitionId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("major-decision")
            .latestVersion()
            .singleResult()
            .getId();
    ProcessInstance instance = formService.submitStartForm(definitionId, startForm);
    runDueJobs(businessKeyOf(instance));
    return instance;
  }

  public String businessKeyOf(ProcessInstance instance) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(instance.getId())
        .singleResult()
        .getBusinessKey();
  }

  /** The open task with this definition key in any process of the decision. */
  public Task task(String decisionNo, String taskKey) {
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(decisionNo)
            .taskDefinitionKey(taskKey)
            .list();
    if (tasks.size() != 1) {
      throw new AssertionError(
          "expected one open task " + taskKey + " for " + decisionNo + " but found " + tasks.size()
              + "; open tasks: " + openTaskKeys(decisionNo));
    }
    return tasks.get(0);
  }

  /** Every open task of the decision, whoever may work on it: an observer's view, queried as the engine. */
  public List<String> openTaskKeys(String decisionNo) {
    return TestUsers.asEngine(identityService, () -> allOpenTaskKeys(decisionNo));
  }

  private List<String> allOpenTaskKeys(String decisionNo) {
    return taskService.createTaskQuery().processInstanceBusinessKey(decisionNo).list().stream()
        .map(Task::getTaskDefinitionKey)
        .sorted()
        .toList();
  }

  /** Submits the task's form with the given values, then runs the jobs that became due. */
  public void submit(String decisionNo, String taskKey, Object... keyValues) {
    Task task = task(decisionNo, taskKey);
    formService.submitTaskForm(task.getId(), vars(keyValues));
    runDueJobs(decisionNo);
  }

  /**
   * Executes every due job (async continuations, timers whose time has come) of the decision, as
   * the job executor does: as the engine, with no user signed in.
   */
  public int runDueJobs(String decisionNo) {
    return TestUsers.asEngine(identityService, () -> runDueJobsAsEngine(decisionNo));
  }

  private int runDueJobsAsEngine(String decisionNo) {
    int executed = 0;
    for (int round = 0; round < 200; round++) {
      List<Job> due =
          jobs(decisionNo).stream()
              .filter(job -> job.getRetries() > 0)
              .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
              .toList();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        managementService.executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("jobs of " + decisionNo + " keep coming back: a loop of failing jobs?");
  }

  /**
   * Every job of the decision's process instances (main and stages), due or not: one query by the
   * main instance as root once that is known (a job executor's acquisition is one query too, and the
   * benchmark must not charge the application for the driver's look-ups); for stages a test started
   * on their own, every instance with the decision number.
   */
  public List<Job> jobs(String decisionNo) {
    String main = mainInstances.computeIfAbsent(decisionNo, no -> {
      ProcessInstance pi = runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(no).processDefinitionKey("major-decision").singleResult();
      return pi == null ? null : pi.getId();
    });
    if (main != null) {
      return managementService.createJobQuery().rootProcessInstanceId(main).list();
    }
    java.util.Set<String> instances =
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(decisionNo).list().stream()
            .map(ProcessInstance::getId)
            .collect(java.util.stream.Collectors.toSet());
    return instances.isEmpty() ? List.of() : managementService.createJobQuery().processInstanceIds(instances).list();
  }

  /** Decision number to its main process instance, which never changes once started. */
  private final Map<String, String> mainInstances = new java.util.concurrent.ConcurrentHashMap<>();

  public static Map<String, Object> vars(Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("key/value pairs expected");
    }
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
