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
