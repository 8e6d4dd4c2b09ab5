package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.record.StageRecords;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Field;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.jobexecutor.SuccessfulJobListener;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place where the engine refuses what would go around a statutory check (ADR 0017): a
 * command interceptor inside the engine's own command chain, so it meets every door alike — the
 * engine REST API, the webapps' {@code /camunda/api/engine}, Java calls and batches — and no API
 * flag ({@code skipCustomListeners}, {@code skipIoMappings}, start instructions) passes it.
 *
 * <ul>
 *   <li>A signed-in user who is not {@code camunda-admin} may not run an {@link Interventions}
 *       command (403, Chinese), nor complete a task with variables its form does not have
 *       ({@link FormSubmissionCheck}).</li>
 *   <li>An administrator may, with a reason: the {@value #REASON_HEADER} request header (UTF-8,
 *       percent-encoding allowed), the operation's {@code annotation} or delete reason (Cockpit's
 *       dialogs), or {@link #withReason} from Java. Without one the command is refused. What was done,
 *       by whom, when and why is written to the trail of every decision it touched
 *       ({@code ADMIN_INTERVENTION}), which auditors see as 管理员干预.</li>
 *   <li>Commands run with no signed-in user (the job executor, start-up), the application's own
 *       commands (classes outside Camunda, e.g. {@code process.AsApplication}, through which {@code StartAsApplication} starts a catalogue) and commands
 *       run with the engine's authorization checks switched off (the explicit scope in which the
 *       application acts as the engine; never switched off for users, application.yaml) are the
 *       engine's and the application's sanctioned paths; only the outermost command of a call is
 *       judged, so a listener's engine calls inside a user's completion are the model's own doing.</li>
 * </ul>
 */
@Component
public class InterventionCheck extends AbstractProcessEnginePlugin {

  public static final String REASON_HEADER = "X-Intervention-Reason";

  private static final Logger log = LoggerFactory.getLogger(InterventionCheck.class);
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
  private static final ThreadLocal<String> JAVA_REASON = new ThreadLocal<>();
  /** Set when a job's execution was refused: Camunda then runs its failed-job listener, which must not count it. */
  private static final ThreadLocal<Boolean> REFUSED_JOB = new ThreadLocal<>();
  private static final Set<String> REASON_FIELDS = Set.of("annotation", "deleteReason");
  private static final Set<String> INSTANCE_FIELDS = Set.of("processInstanceId", "processInstanceIds");
  private static final int MAX_REASON = 500;

  private final ObjectProvider<StageRecords> trail;
  private final FormSubmissionCheck forms = new FormSubmissionCheck();

  public InterventionCheck(ObjectProvider<StageRecords> trail) {
    this.trail = trail;
  }

  /** Runs an administrator's Java call with a reason for the interventions it makes. */
  public static <T> T withReason(String reason, Supplier<T> action) {
    String previous = JAVA_REASON.get();
    JAVA_REASON.set(reason);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        JAVA_REASON.remove();
      } else {
        JAVA_REASON.set(previous);
      }
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new Guard());
    configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(new Guard());
    configuration.setDefaultUserPermissionForTask(WORK_AND_ASSIGN);
  }

  /**
   * What a task's candidates and assignee get on it: work on it (claim, complete) and hand it on or back
   * (TASK_ASSIGN: unclaim, assign to a colleague), not Camunda's default UPDATE, which would also let them
   * set its variables, due date and candidate groups. Camunda's own setting offers only UPDATE or
   * TASK_WORK; the grant is a bit mask, so both bits are given as one permission.
   */
  static final Permission WORK_AND_ASSIGN = new Permission() {
    @Override
    public String getName() {
      return "TASK_WORK_AND_ASSIGN";
    }

    @Override
    public int getValue() {
      return Permissions.TASK_WORK.getValue() | Permissions.TASK_ASSIGN.getValue();
    }

    @Override
    public Resource[] getTypes() {
      return new Resource[] {Resources.TASK};
    }
  };

  /** Runs inside the command context and transaction, after Camunda's own interceptors. */
  private final class Guard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      int[] depth = DEPTH.get();
      if (depth[0] > 0) {
        return next.execute(command);
      }
      depth[0]++;
      try {
        return judge(command);
      } finally {
        depth[0]--;
      }
    }

    private <T> T judge(Command<T> command) {
      CommandContext commandContext = Context.getCommandContext();
      Authentication user = commandContext.getAuthentication();
      if (user == null || user.getUserId() == null || !commandContext.isAuthorizationCheckEnabled()
          || !commandContext.getProcessEngineConfiguration().isAuthorizationEnabled()
          || !command.getClass().getName().startsWith("org.camunda.")) {
        return next.execute(command);
      }
      if (command instanceof FailedJobListener || command instanceof SuccessfulJobListener) {
        // The refused job never ran: no retry is used up and no incident created for it.
        boolean refusedJob = Boolean.TRUE.equals(REFUSED_JOB.get());
        REFUSED_JOB.remove();
        return refusedJob ? null : next.execute(command);
      }
      REFUSED_JOB.remove(); // only the listener right after a refused job may be skipped
      boolean admin = commandContext.getAuthorizationManager().isCamundaAdmin(user);
      Interventions.Kind kind = Interventions.of(command);
      if (command instanceof SaveTaskCmd save && !partOfProcess(save)) {
        kind = null;
      }
      if (command instanceof AssignTaskCmd && !admin && !assignableColleague(command, commandContext, user)) {
        throw new AuthorizationException("只能把任务交给本人或本任务候选组中的同事办理");
      }
      if (kind == null) {
        String variable = forms.offendingVariable(command, commandContext);
        if (variable == null) {
          return next.execute(command);
        }
        if (!admin) {
          throw new AuthorizationException("办理任务时只能提交本任务表单中的内容，不能写入“" + variable
              + "”：流程变量只能通过办理本人任务的表单填写");
        }
        kind = Interventions.KINDS.stream().filter(k -> k.what().contains("流程变量")).findFirst().orElseThrow();
      }
      if (!admin) {
        refusingJob(command);
        throw new AuthorizationException("您无权" + kind.what() + "：此类操作不经过法定程序的检查，只能由系统管理员说明理由后进行");
      }
      String reason = reason(command);
      if (reason == null && kind.reasonRequired()) {
        refusingJob(command);
        throw new AuthorizationException("管理员" + kind.what() + "须说明理由：请在请求头 " + REASON_HEADER
            + " 中填写干预理由（在 Cockpit 中请填写操作的“注释”）");
      }
      T result = next.execute(command);
      record(commandContext, command, kind, reason, user.getUserId());
      return result;
    }
  }

  /**
   * Handing a task to someone: to oneself, to nobody (back to the group), or to a member of one of the
   * task's candidate groups. Otherwise the new assignee, perhaps of another town, could complete a task
   * of a decision they may not even read.
   */
  private static boolean assignableColleague(Command<?> command, CommandContext commandContext, Authentication user) {
    String assignee = (String) field(command, "userId");
    String taskId = (String) field(command, "taskId");
    if (assignee == null || assignee.equals(user.getUserId()) || taskId == null) {
      return true;
    }
    TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessInstanceId() == null) {
      return true; // the engine answers a missing task; a stand-alone task carries no statute
    }
    Set<String> candidateGroups = new LinkedHashSet<>();
    task.getCandidates().forEach(link -> candidateGroups.add(link.getGroupId()));
    candidateGroups.remove(null);
    if (candidateGroups.isEmpty()) {
      return false;
    }
    return commandContext.getReadOnlyIdentityProvider().createGroupQuery().groupMember(assignee)
        .groupIdIn(candidateGroups.toArray(String[]::new)).count() > 0;
  }

  /** Camunda runs its failed-job listener after a refused job execution; it is told to skip it. */
  private static void refusingJob(Command<?> command) {
    if (command instanceof ExecuteJobsCmd) {
      REFUSED_JOB.set(true);
    }
  }

  private static boolean partOfProcess(SaveTaskCmd save) {
    Object task = field(save, "task");
    return task instanceof TaskEntity entity
        && (entity.getExecutionId() != null || entity.getProcessInstanceId() != null);
  }

  private void record(CommandContext commandContext, Command<?> command, Interventions.Kind kind, String reason,
      String userId) {
    Map<String, String> businessKeys = businessKeys(commandContext, instanceIds(commandContext, command));
    String summary = "管理员干预：" + kind.what() + "（" + command.getClass().getSimpleName() + "）；理由："
        + (reason == null ? "未填写（" + kind.what() + "无须说明理由）" : reason);
    log.warn("Engine intervention by {}: {} ({}) on process instances {}; reason: {}", userId,
        command.getClass().getSimpleName(), kind.what(), businessKeys.keySet(), reason);
    StageRecords records = trail.getIfAvailable();
    if (records == null) {
      return;
    }
    Set<String> recorded = new LinkedHashSet<>();
    for (Map.Entry<String, String> instance : businessKeys.entrySet()) {
      String decisionNo = instance.getValue();
      if (decisionNo != null && recorded.add(decisionNo)) {
        records.recordIntervention(decisionNo, instance.getKey(), summary, userId);
      }
    }
  }

  /**
   * The process instances the command touched: those whose executions, tasks, jobs, variables,
   * incidents, subscriptions or history the command loaded, and the ids it was given.
   */
  private static Set<String> instanceIds(CommandContext commandContext, Command<?> command) {
    Set<String> ids = new LinkedHashSet<>();
    DbEntityCache cache = commandContext.getDbEntityManager().getDbEntityCache();
    cache.getEntitiesByType(ExecutionEntity.class).forEach(e -> ids.add(e.getProcessInstanceId()));
    cache.getEntitiesByType(TaskEntity.class).forEach(e -> ids.add(e.getProcessInstanceId()));
    for (Class<? extends JobEntity> type : List.of(JobEntity.class, TimerEntity.class, MessageEntity.class)) {
      cache.getEntitiesByType(type).forEach(e -> ids.add(e.getProcessInstanceId()));
    }
    cache.getEntitiesByType(VariableInstanceEntity.class).forEach(e -> ids.add(e.getProcessInstanceId()));
    cache.getEntitiesByType(IncidentEntity.class).forEach(e -> ids.add(e.getProcessInstanceId()));
    cache.getEntitiesByType(EventSubscriptionEntity.class).forEach(e -> ids.add(e.getProcessInstanceId()));
    cache.getEntitiesByType(ExternalTaskEntity.class).forEach(e -> ids.add(e.getProcessInstanceId()));
    cache.getEntitiesByType(HistoricProcessInstanceEventEntity.class).forEach(e -> ids.add(e.getProcessInstanceId()));
    collectGivenIds(command, ids, 0);
    ids.remove(null);
    return ids;
  }

  /** Ids named processInstanceId(s) on the command or on a builder it holds (batches give only ids). */
  private static void collectGivenIds(Object target, Set<String> ids, int level) {
    for (Class<?> type = target.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field f : type.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
          continue;
        }
        Object value = field(target, f);
        if (value == null) {
          continue;
        }
        if (INSTANCE_FIELDS.contains(f.getName())) {
          if (value instanceof String id) {
            ids.add(id);
          } else if (value instanceof Collection<?> many) {
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(ids::add);
          }
        } else if (level == 0 && value.getClass().getName().startsWith("org.camunda.bpm.engine.impl.")
            && !(value instanceof DbEntity)) {
          collectGivenIds(value, ids, level + 1);
        }
      }
    }
  }

  private static Map<String, String> businessKeys(CommandContext commandContext, Set<String> instanceIds) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String id : instanceIds) {
      ExecutionEntity instance = commandContext.getExecutionManager().findExecutionById(id);
      String key = instance == null ? null : instance.getBusinessKey();
      if (key == null) {
        HistoricProcessInstance history = commandContext.getHistoricProcessInstanceManager().findHistoricProcessInstance(id);
        key = history == null ? null : history.getBusinessKey();
      }
      keys.put(id, key);
    }
    return keys;
  }

  /** The reason an administrator gave: Java scope, request header, or the operation's annotation. */
  private static String reason(Command<?> command) {
    String reason = JAVA_REASON.get();
    if (blank(reason)) {
      reason = headerReason();
    }
    if (blank(reason)) {
      reason = fieldReason(command, 0);
    }
    if (blank(reason)) {
      return null;
    }
    String trimmed = reason.strip();
    return trimmed.length() > MAX_REASON ? trimmed.substring(0, MAX_REASON) + "…" : trimmed;
  }

  private static String headerReason() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes servlet)) {
      return null;
    }
    HttpServletRequest request = servlet.getRequest();
    String raw = request.getHeader(REASON_HEADER);
    if (raw == null) {
      return null;
    }
    try {
      if (raw.contains("%")) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
      }
    } catch (IllegalArgumentException e) {
      return raw;
    }
    // Tomcat reads header bytes as ISO-8859-1; a client sending UTF-8 text gets it back as sent.
    return new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private static String fieldReason(Object target, int level) {
    for (Class<?> type = target.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field f : type.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
          continue;
        }
        Object value = field(target, f);
        if (value instanceof String text && REASON_FIELDS.contains(f.getName()) && !blank(text)) {
          return text;
        }
        if (level == 0 && value != null && value.getClass().getName().startsWith("org.camunda.bpm.engine.impl.")
            && !(value instanceof DbEntity)) {
          String nested = fieldReason(value, level + 1);
          if (nested != null) {
            return nested;
          }
        }
      }
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Object field(Object target, String name) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        return field(target, type.getDeclaredField(name));
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }

  private static Object field(Object target, Field f) {
    try {
      f.setAccessible(true);
      return f.get(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
