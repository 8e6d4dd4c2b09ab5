package cn.gov.pujiang.decision.perf;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * Camunda alone: a standalone engine on the benchmark's own database, built without Spring or any
 * of the application's plugins, listeners or delegates, with the settings the application's engine
 * also has (full history, UUID ids, a pool of the same size, job executor off). It runs
 * {@code perf/bare-decision.bpmn}, a chain of user tasks named like the tasks one decision passes, and the
 * same-shape models of {@link ShapeModel}; the {@link Isolation} variants add authorization checks.
 */
final class BareEngine implements AutoCloseable {

  static final String PROCESS_KEY = "bare-decision";
  static final String RESOURCE = "perf/bare-decision.bpmn";

  private final HikariDataSource dataSource;
  private final ProcessEngine engine;
  private final TaskService taskService;

  /**
   * How town isolation is enforced in a variant of the same-shape model (issue 21 §1, ADR 0032): not at all (the bare
   * model), by per-instance READ grants for the unit's five role groups on each instance and its history, created by a
   * start listener as the application's InstanceAuthorizations does, or by the engine's tenant check with one tenant
   * per unit (a tenant id provider puts each decision's instances in its unit's tenant). In both checked variants a
   * user is signed in, authorization checks are on and every step also reads the decision's instances as that user
   * (the dossier's look-up).
   */
  enum Isolation { NONE, GRANTS, TENANTS }

  static final List<String> UNIT_ROLES = List.of("clerk", "leadership", "office", "legal-adviser", "legal-review");

  /**
   * The variants' own group for a unit's role: the benchmark database is the application's, and a grant for the
   * application's real groups (READ on every instance in the tenant variant) would change the application's checks.
   * Separate for each variant as well: the tenant variant's READ on every instance would otherwise open the grant
   * variant's decisions to every unit.
   */
  static String group(Isolation isolation, String unit, String role) {
    // One set per variant, too: both variants' grants live in the one authorization table.
    return "bench-" + isolation.name().toLowerCase(Locale.ROOT) + "-" + unit + "-" + role;
  }

  private final Isolation isolation;

  BareEngine(String url, String username, String password, int poolSize) {
    this(url, username, password, poolSize, Isolation.NONE);
  }

  BareEngine(String url, String username, String password, int poolSize, Isolation isolation) {
    this.isolation = isolation;
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url);
    dataSource.setUsername(username);
    dataSource.setPassword(password);
    dataSource.setMaximumPoolSize(poolSize);
    dataSource.setAutoCommit(false);
    StandaloneProcessEngineConfiguration configuration =
        (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-" + isolation.name().toLowerCase(Locale.ROOT));
    if (isolation != Isolation.NONE) {
      configuration.setAuthorizationEnabled(true);
    }
    if (isolation == Isolation.GRANTS) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(
          new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element,
                ProcessDefinitionEntity definition) {
              definition.addListener(ExecutionListener.EVENTNAME_START,
                  (ExecutionListener) BareEngine::grantUnit);
            }
          })));
    }
    if (isolation == Isolation.TENANTS) {
      configuration.setTenantIdProvider(new TenantIdProvider() {
        @Override
        public String provideTenantIdForProcessInstance(
            TenantIdProviderProcessInstanceContext context) {
          return context.getSuperExecution() != null ? context.getSuperExecution().getTenantId()
              : (String) context.getVariables().get("decisionUnit");
        }

        @Override
        public String provideTenantIdForCaseInstance(
            TenantIdProviderCaseInstanceContext context) {
          return null;
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(
            TenantIdProviderHistoricDecisionInstanceContext context) {
          return null;
        }
      });
    }
    configuration.setDataSource(dataSource);
    // The application has created the schema; both engines share it as two cluster nodes would.
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJobExecutorActivate(false);
    // Camunda's own JSON value type (the meeting record's participants are a JSON variable): part of the engine
    // distribution, not application code.
    configuration.setProcessEnginePlugins(new ArrayList<>(
        List.of(new SpinProcessEnginePlugin())));
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

  /** READ on the new instance and its history for the five role groups of its unit, as InstanceAuthorizations. */
  private static void grantUnit(DelegateExecution execution) {
    var commandContext = Context.getCommandContext();
    var authorizations = execution.getProcessEngineServices().getAuthorizationService();
    String unit = (String) execution.getVariable("decisionUnit");
    commandContext.disableAuthorizationCheck();
    try {
      for (String role : UNIT_ROLES) {
        grant(authorizations, group(Isolation.GRANTS, unit, role), Resources.PROCESS_INSTANCE,
            execution.getProcessInstanceId(), Permissions.READ);
        grant(authorizations, group(Isolation.GRANTS, unit, role),
            Resources.HISTORIC_PROCESS_INSTANCE, execution.getProcessInstanceId(),
            HistoricProcessInstancePermissions.READ);
      }
    } finally {
      commandContext.enableAuthorizationCheck();
    }
  }

  private static void grant(AuthorizationService authorizations, String group,
      Resource resource, String id,
      Permission permission) {
    var grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(id);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }

  /**
   * The grants that do not depend on a decision, for the group every benchmark user of the checked variants is in:
   * start any process and read definitions; with tenants, also READ on all instances and their history (the tenant
   * check narrows that to the unit); with per-instance grants READ comes from the grants. Saved once (checks off).
   */
  void grantGlobal(String group) {
    var authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn(group).count() > 0) {
      return;
    }
    var definitions = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definitions.setGroupId(group);
    definitions.setResource(Resources.PROCESS_DEFINITION);
    definitions.setResourceId("*");
    definitions.addPermission(Permissions.READ);
    definitions.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(definitions);
    var instances = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    instances.setGroupId(group);
    instances.setResource(Resources.PROCESS_INSTANCE);
    instances.setResourceId("*");
    instances.addPermission(Permissions.CREATE);
    authorizations.saveAuthorization(instances);
  }

  /** Global READ on instances and history, for a unit group in the tenant variant (narrowed by the tenant check). */
  void grantReadAll(String group) {
    var authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).count() > 0) {
      return;
    }
    grant(authorizations, group, Resources.PROCESS_INSTANCE, "*",
        Permissions.READ);
    grant(authorizations, group, Resources.HISTORIC_PROCESS_INSTANCE, "*",
        HistoricProcessInstancePermissions.READ);
  }

  /** Signs the unit's clerk in for the checked variants (groups: the unit's roles, the model's candidate groups). */
  void signIn(String unit, List<String> otherGroups) {
    if (isolation == Isolation.NONE) {
      return;
    }
    List<String> groups = new ArrayList<>(otherGroups);
    UNIT_ROLES.forEach(role -> groups.add(group(isolation, unit, role)));
    engine.getIdentityService().setAuthentication(unit + ".clerk", groups,
        isolation == Isolation.TENANTS ? List.of(unit) : null);
  }

  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  /** The dossier's look-up of the decision's instances, as the signed-in user. */
  long readDecision(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count();
  }

  Isolation isolation() {
    return isolation;
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
    var identityService = engine.getIdentityService();
    var user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      runDueJobsAsEngine(root);
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }

  private void runDueJobsAsEngine(String root) {
    var managementService = engine.getManagementService();
    for (int round = 0; round < 200; round++) {
      List<Job> due = managementService.createJobQuery().rootProcessInstanceId(root)
          .list().stream()
          .filter(job -> job.getRetries() > 0)
          .filter(job -> job.getDuedate() == null
              || !job.getDuedate().after(ClockUtil.getCurrentTime()))
          .toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
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
