package cn.gov.pujiang.decision.perf;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Camunda alone: a standalone engine on the benchmark's own database, built without Spring or any
 * of the application's plugins, listeners or delegates, with the settings the application's engine
 * also has (full history, UUID ids, a pool of the same size, job executor off). It runs
 * {@code perf/bare-decision.bpmn}, a chain of user tasks named like the tasks one decision passes.
 */
final class BareEngine implements AutoCloseable {

  static final String PROCESS_KEY = "bare-decision";
  static final String RESOURCE = "perf/bare-decision.bpmn";

  private final HikariDataSource dataSource;
  private final ProcessEngine engine;
  private final TaskService taskService;

  BareEngine(String url, String username, String password, int poolSize) {
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url);
    dataSource.setUsername(username);
    dataSource.setPassword(password);
    dataSource.setMaximumPoolSize(poolSize);
    dataSource.setAutoCommit(false);
    StandaloneProcessEngineConfiguration configuration =
        (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare");
    configuration.setDataSource(dataSource);
    // The application has created the schema; both engines share it as two cluster nodes would.
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJobExecutorActivate(false);
    // Camunda's own JSON value type (the meeting record's participants are a JSON variable): part of the engine
    // distribution, not application code.
    configuration.setProcessEnginePlugins(new java.util.ArrayList<>(
        List.of(new org.camunda.spin.plugin.impl.SpinProcessEnginePlugin())));
    engine = configuration.buildProcessEngine();
    taskService = engine.getTaskService();
    engine.getRepositoryService().createDeployment().name("perf")
        .addClasspathResource(RESOURCE).enableDuplicateFiltering(true).deploy();
  }

  /** The user task ids of the bare model in the order its single path runs through them. */
  static List<String> taskKeys() {
    BpmnModelInstance model = Bpmn.readModelFromStream(BareEngine.class.getClassLoader().getResourceAsStream(RESOURCE));
    return model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList();
  }

  /** The application's task key of a chain task: a task a decision passes twice has the suffix _First once. */
  static String applicationKey(String chainKey) {
    return chainKey.endsWith("_First") ? chainKey.substring(0, chainKey.length() - "_First".length()) : chainKey;
  }

  void start(String businessKey, Map<String, Object> variables) {
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, businessKey, variables);
  }

  /** Finds the open task by business key and definition key, as the application's driver does, and completes it. */
  void complete(String businessKey, String taskKey, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("no open task " + taskKey + " for " + businessKey);
    }
    taskService.complete(task.getId(), variables);
  }

  /** Deploys the same-shape models (ShapeModel), once per distinct content. */
  void deployShape(List<BpmnModelInstance> models) {
    var deployment = engine.getRepositoryService().createDeployment().name("perf-shape").enableDuplicateFiltering(true);
    for (BpmnModelInstance model : models) {
      String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next()
          .getId();
      deployment.addModelInstance(key + ".bpmn", model);
    }
    deployment.deploy();
  }

  /** Starts the same-shape decision; returns its main (root) instance id. */
  String startShape(String businessKey, Map<String, Object> variables) {
    String root = engine.getRuntimeService()
        .startProcessInstanceByKey(ShapeModel.MAIN, businessKey, variables).getId();
    runDueJobs(root);
    return root;
  }

  /** Completes the open task as {@link #complete}, then runs the jobs that became due, as the application's driver does. */
  void completeShape(String businessKey, String root, String taskKey, Map<String, Object> variables) {
    complete(businessKey, taskKey, variables);
    runDueJobs(root);
  }

  private void runDueJobs(String root) {
    var managementService = engine.getManagementService();
    for (int round = 0; round < 200; round++) {
      List<org.camunda.bpm.engine.runtime.Job> due = managementService.createJobQuery().rootProcessInstanceId(root)
          .list().stream()
          .filter(job -> job.getRetries() > 0)
          .filter(job -> job.getDuedate() == null
              || !job.getDuedate().after(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()))
          .toList();
      if (due.isEmpty()) {
        return;
      }
      for (org.camunda.bpm.engine.runtime.Job job : due) {
        managementService.executeJob(job.getId());
      }
    }
    throw new IllegalStateException("jobs of " + root + " keep coming back");
  }

  long openShapeInstances(String businessKeyLike) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(businessKeyLike)
        .count();
  }

  long openInstances(String businessKeyLike) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKeyLike(businessKeyLike).count();
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
