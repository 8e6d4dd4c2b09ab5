package cn.gov.pujiang.decision.taskaction;

import cn.gov.pujiang.decision.notification.Notice;
import cn.gov.pujiang.decision.notification.NotificationKind;
import cn.gov.pujiang.decision.notification.Notifier;
import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.engine.AsApplication;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.security.UnitAccess;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's sanctioned operations on a task (the OA task actions, ADR 0022): 抄送 (copy for
 * information), 催办 (urge), 转办 (hand over) and 撤回 (take back). Each one checks its rule here, writes
 * the decision's trail (stage {@value #STAGE}) and then changes the engine as the application: inside
 * an application-defined command with the engine's authorization checks switched off, the scope the
 * engine guard (security/InterventionCheck, ADR 0017) leaves to the application's own work. No other
 * door reaches that scope: users' engine calls keep meeting the guard.
 */
@Service
public class TaskActions {

  /** Trail stage of every task action. */
  public static final String STAGE = "TASK_HANDLING";
  public static final String COPIED = "TASK_COPIED";
  public static final String URGED = "TASK_URGED";
  public static final String HANDED_OVER = "TASK_HANDED_OVER";
  public static final String TAKEN_BACK = "TASK_TAKEN_BACK";

  /** BPMN extension property on a user task: its completer may take it back (ADR 0022). */
  public static final String TAKE_BACK_ALLOWED = "takeBackAllowed";

  /** Unit code of the county government (md_unit). */
  static final String COUNTY = "county";
  static final int MAX_TEXT = 500;
  static final int MAX_RECIPIENTS = 20;
  /** Activity types the token may pass between a completed task and the next one without ruling out a take-back. */
  private static final Set<String> PASSING = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway");

  private final ProcessEngine engine;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final UnitAccess access;
  private final DecisionRegister register;
  private final StageRecords trail;
  private final Notifier notifier;
  private final EngineClock clock;
  private final JdbcTemplate jdbc;

  public TaskActions(ProcessEngine engine, UnitAccess access, DecisionRegister register, StageRecords trail,
      Notifier notifier, EngineClock clock, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.taskService = engine.getTaskService();
    this.runtimeService = engine.getRuntimeService();
    this.historyService = engine.getHistoryService();
    this.repositoryService = engine.getRepositoryService();
    this.identityService = engine.getIdentityService();
    this.access = access;
    this.register = register;
    this.trail = trail;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** What one action did: the trail entry and, for a take-back, the redone task. */
  public record Result(Long recordId, String event, String taskId, Set<String> told) {}

  /** An open task of a decision with what the rules need to know. */
  record OpenTask(Task task, Decision decision, Set<String> candidateGroups) {}

  /**
   * 抄送: the holder sends a read-only copy with a note to colleagues of the decision's unit or of the
   * county government's office. No task is created for them.
   */
  @Transactional
  public Result copy(String taskId, Set<String> recipients, String note) {
    String user = signedIn();
    String text = text("note", note, "抄送说明");
    OpenTask open = openTask(taskId);
    requireHolder(open, user, "抄送");
    if (recipients == null || recipients.isEmpty()) {
      throw Refusal.invalid("recipients", "请选择抄送对象");
    }
    if (recipients.size() > MAX_RECIPIENTS) {
      throw Refusal.invalid("recipients", "一次最多抄送 " + MAX_RECIPIENTS + " 人");
    }
    Set<String> allowed = asApplication(() -> copyable(open.decision().getUnitCode()));
    for (String recipient : recipients) {
      if (recipient == null || recipient.equals(user) || !allowed.contains(recipient)) {
        throw Refusal.invalid("recipients", "只能抄送本单位的同事或县政府办公室人员");
      }
    }
    StageRecord entry = record(open, COPIED, "抄送“" + open.task().getName() + "”给 " + names(recipients)
        + "；说明：" + text, user);
    notifier.notifyOnce(notice(open, NotificationKind.COPY, "抄送：" + open.task().getName(),
        name(user) + "抄送给您决策事项“" + open.decision().getTitle() + "”（" + open.decision().getDecisionNo()
            + "）的任务“" + open.task().getName() + "”，供您阅知（无须办理）。说明：" + text
            + "。可只读查阅决策档案：/app/dossier.html?no=" + open.decision().getDecisionNo(),
        recipients, "record-" + entry.getId()));
    return new Result(entry.getId(), COPIED, taskId, Set.copyOf(recipients));
  }

  /**
   * 催办: the unit's leadership, the county office (for a town's decision) or the clerk who started the
   * decision urges the holder (or, if nobody has claimed it, the candidates) of an open task; once a
   * day per task.
   */
  @Transactional
  public Result urge(String taskId, String message) {
    String user = signedIn();
    String text = text("message", message, "催办内容");
    OpenTask open = openTask(taskId, true);
    Decision decision = open.decision();
    boolean townDecision = !COUNTY.equals(decision.getUnitCode());
    boolean mayUrge = access.isAdmin() || access.hasRole(decision.getUnitCode(), Groups.LEADERSHIP)
        || (townDecision && access.hasRole(COUNTY, Groups.OFFICE))
        || (user.equals(decision.getCreatedBy()) && access.canAct(decision.getUnitCode()));
    if (!mayUrge) {
      throw Refusal.forbidden("只有本单位领导、县政府办公室（乡镇事项）或发起本事项的承办人员可以催办");
    }
    Set<String> holders = asApplication(() -> holders(open.task()));
    holders.remove(user);
    if (holders.isEmpty()) {
      throw Refusal.conflict("NOBODY_TO_URGE", "该任务目前没有可催办的办理人员");
    }
    String day = clock.now().toLocalDate().toString();
    boolean sent = notifier.notifyOnce(notice(open, NotificationKind.URGE, "催办：" + open.task().getName(),
        name(user) + "催办决策事项“" + decision.getTitle() + "”（" + decision.getDecisionNo() + "）的任务“"
            + open.task().getName() + "”：" + text, holders, day));
    if (!sent) {
      throw Refusal.conflict("ALREADY_URGED_TODAY", "该任务今天已经催办过，同一任务每天只能催办一次");
    }
    StageRecord entry = record(open, URGED, "催办“" + open.task().getName() + "”（办理人员：" + names(holders)
        + "）；内容：" + text, user);
    return new Result(entry.getId(), URGED, taskId, holders);
  }

  /** 转办: the holder hands the task to another member of its candidate groups, with a reason. */
  @Transactional
  public Result handOver(String taskId, String toUser, String reason) {
    String user = signedIn();
    String text = text("reason", reason, "转办理由");
    OpenTask open = openTask(taskId);
    requireHolder(open, user, "转办");
    if (toUser == null || toUser.isBlank() || toUser.equals(user)) {
      throw Refusal.invalid("toUser", "请选择接办的同事");
    }
    boolean member = !open.candidateGroups().isEmpty() && asApplication(() -> identityService.createGroupQuery()
        .groupMember(toUser).groupIdIn(open.candidateGroups().toArray(String[]::new)).count() > 0);
    if (!member) {
      throw Refusal.invalid("toUser", "只能转办给本任务候选组中的同事：法定程序的任务不能交给无此职责的人员");
    }
    StageRecord entry = record(open, HANDED_OVER, "将“" + open.task().getName() + "”转办给 " + name(toUser)
        + "；理由：" + text, user);
    asApplication(() -> {
      taskService.setAssignee(taskId, toUser);
      return null;
    });
    notifier.notifyOnce(notice(open, NotificationKind.HANDOVER, "转办：" + open.task().getName(),
        name(user) + "将决策事项“" + open.decision().getTitle() + "”（" + open.decision().getDecisionNo()
            + "）的任务“" + open.task().getName() + "”转交您办理。理由：" + text, Set.of(toUser),
        "record-" + entry.getId()));
    return new Result(entry.getId(), HANDED_OVER, taskId, Set.of(toUser));
  }

  /**
   * 撤回: the person who completed a task takes it back while the next task is unclaimed and untouched,
   * and no gate lies between them (ADR 0022). The token is moved by process-instance modification:
   * the next task's activity instance is cancelled and the completed task started again, assigned to
   * the person taking it back.
   *
   * @param completedTaskId the id of the completed task (history)
   */
  @Transactional
  public Result takeBack(String completedTaskId, String reason) {
    String user = signedIn();
    String text = text("reason", reason, "撤回理由");
    HistoricTaskInstance done = asApplication(() -> historyService.createHistoricTaskInstanceQuery()
        .taskId(completedTaskId).singleResult());
    Decision decision = done == null || done.getProcessInstanceId() == null ? null
        : asApplication(() -> decisionOf(done.getProcessInstanceId()));
    if (decision == null) {
      throw Refusal.notFound("未找到该任务，或您无权查看");
    }
    access.requireReadDecision(decision.getUnitCode(), decision.getProcessInstanceId());
    if (done.getEndTime() == null || !"completed".equals(done.getDeleteReason()) || !user.equals(done.getAssignee())) {
      throw Refusal.forbidden("只有办结该任务的本人可以撤回");
    }
    access.requireAct(decision.getUnitCode());
    if (!asApplication(() -> takeBackAllowed(done))) {
      throw Refusal.conflict("TAKE_BACK_GATE", "“" + done.getName()
          + "”办结后的下一步是审查、决定、会议或公布等关口，不能撤回");
    }
    List<Task> open = asApplication(() -> taskService.createTaskQuery()
        .processInstanceId(done.getProcessInstanceId()).list());
    if (open.size() != 1) {
      throw Refusal.conflict("TAKE_BACK_MOVED_ON", "流程已继续推进，不能撤回");
    }
    Task next = open.get(0);
    String touched = asApplication(() -> touched(done, next, decision));
    if (touched != null) {
      throw Refusal.conflict("TAKE_BACK_TOUCHED", "下一环节“" + next.getName() + "”" + touched + "，不能撤回");
    }
    boolean moved = asApplication(() -> {
      ActivityInstance nextInstance = activityInstanceOf(next);
      if (nextInstance == null) {
        return false;
      }
      runtimeService.createProcessInstanceModification(done.getProcessInstanceId())
          .cancelActivityInstance(nextInstance.getId())
          .startBeforeActivity(done.getTaskDefinitionKey())
          .setAnnotation("撤回：" + text)
          .execute();
      return true;
    });
    if (!moved) {
      throw Refusal.conflict("TAKE_BACK_MOVED_ON", "流程已继续推进，不能撤回");
    }
    // A second command: the redone task is flushed when the modification's command closes.
    Task redone = asApplication(() -> {
      Task task = taskService.createTaskQuery().processInstanceId(done.getProcessInstanceId())
          .taskDefinitionKey(done.getTaskDefinitionKey()).singleResult();
      taskService.setAssignee(task.getId(), user);
      return task;
    });
    StageRecord entry = trail.record(decision.getDecisionNo(), done.getProcessInstanceId(),
        done.getTaskDefinitionKey(), user, STAGE, TAKEN_BACK, "撤回已办结的“" + done.getName() + "”（下一环节“"
            + next.getName() + "”尚未办理，已取消），重新办理；理由：" + text);
    return new Result(entry.getId(), TAKEN_BACK, redone.getId(), Set.of(user));
  }

  /** Why the next task counts as touched, or null: claimed, commented, worked on or a document added. */
  private String touched(HistoricTaskInstance done, Task next, Decision decision) {
    if (next.getCreateTime().before(done.getEndTime())) {
      return "在本任务办结前已经开始";
    }
    if (next.getAssignee() != null) {
      return "已有人签收";
    }
    if (!taskService.getTaskComments(next.getId()).isEmpty()) {
      return "已有意见";
    }
    for (UserOperationLogEntry op : historyService.createUserOperationLogQuery()
        .processInstanceId(done.getProcessInstanceId()).afterTimestamp(done.getEndTime()).list()) {
      if (!done.getId().equals(op.getTaskId())) {
        return "已有人办理（" + op.getOperationType() + "）";
      }
    }
    if (historyService.createHistoricDetailQuery().variableUpdates().taskId(next.getId()).list().stream()
        .anyMatch(d -> d.getUserOperationId() != null)) {
      return "已有人填写";
    }
    for (HistoricActivityInstance step : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(done.getProcessInstanceId()).startedAfter(new Date(done.getEndTime().getTime() - 1)).list()) {
      if (!step.getActivityId().equals(next.getTaskDefinitionKey()) && !step.getActivityId().equals(done.getTaskDefinitionKey())
          && !PASSING.contains(step.getActivityType())) {
        return "之前已执行“" + (step.getActivityName() == null ? step.getActivityId() : step.getActivityName()) + "”";
      }
    }
    if (documentsSince(decision, done) > 0) {
      return "已上传材料";
    }
    return null;
  }

  /** Documents added to the decision's dossier after the task was completed (md_document). */
  private long documentsSince(Decision decision, HistoricTaskInstance done) {
    Long count = jdbc.queryForObject("select count(*) from md_document where decision_no = ? and uploaded_at > ?",
        Long.class, decision.getDecisionNo(), done.getEndTime().toInstant().atZone(EngineClock.ZONE).toOffsetDateTime());
    return count == null ? 0 : count;
  }

  /** The model says this task may be taken back: {@value #TAKE_BACK_ALLOWED}="true" on the user task. */
  private boolean takeBackAllowed(HistoricTaskInstance done) {
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(done.getProcessDefinitionId());
    BaseElement element = model.getModelElementById(done.getTaskDefinitionKey());
    if (element == null || element.getExtensionElements() == null) {
      return false;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .anyMatch(p -> TAKE_BACK_ALLOWED.equals(p.getCamundaName()) && "true".equals(p.getCamundaValue()));
  }

  private ActivityInstance activityInstanceOf(Task next) {
    ActivityInstance tree = runtimeService.getActivityInstance(next.getProcessInstanceId());
    for (ActivityInstance instance : tree.getActivityInstances(next.getTaskDefinitionKey())) {
      if (instance.getExecutionIds().length > 0 && List.of(instance.getExecutionIds()).contains(next.getExecutionId())) {
        return instance;
      }
    }
    return null;
  }

  OpenTask openTask(String taskId) {
    return openTask(taskId, false);
  }

  /**
   * The open task of a decision the user may read; with {@code countyOfficeSees}, a town's task is
   * also found for the county government's office, which oversees towns' decisions (催办 only).
   */
  private OpenTask openTask(String taskId, boolean countyOfficeSees) {
    OpenTask open = asApplication(() -> {
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      Decision decision = task == null || task.getProcessInstanceId() == null ? null
          : decisionOf(task.getProcessInstanceId());
      if (decision == null) {
        return null;
      }
      Set<String> groups = new LinkedHashSet<>();
      for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      return new OpenTask(task, decision, groups);
    });
    if (open == null) {
      throw Refusal.notFound("未找到该任务，或您无权查看");
    }
    boolean overseen = countyOfficeSees && !COUNTY.equals(open.decision().getUnitCode())
        && access.hasRole(COUNTY, Groups.OFFICE);
    if (!overseen) {
      access.requireReadDecision(open.decision().getUnitCode(), open.decision().getProcessInstanceId());
    }
    return open;
  }

  private Decision decisionOf(String processInstanceId) {
    Object no = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
        ? runtimeService.getVariable(processInstanceId, CommonVariables.DECISION_NO) : null;
    if (no == null) {
      var historic = historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
          .variableName(CommonVariables.DECISION_NO).singleResult();
      no = historic == null ? null : historic.getValue();
    }
    return no == null ? null : register.find(no.toString()).orElse(null);
  }

  void requireHolder(OpenTask open, String user, String action) {
    access.requireAct(open.decision().getUnitCode());
    if (!user.equals(open.task().getAssignee())) {
      throw Refusal.forbidden("只有该任务的办理人可以" + action + "，请先签收任务");
    }
  }

  /** Colleagues of the unit (any of its role groups) and the county government's office. */
  private Set<String> copyable(String unitCode) {
    Set<String> users = new LinkedHashSet<>();
    for (var group : identityService.createGroupQuery().list()) {
      if (group.getId().startsWith(unitCode + "-") || group.getId().equals(Groups.of(COUNTY, Groups.OFFICE))) {
        identityService.createUserQuery().memberOfGroup(group.getId()).list().forEach(u -> users.add(u.getId()));
      }
    }
    return users;
  }

  /** The assignee if there is one, otherwise every candidate user and member of a candidate group. */
  private Set<String> holders(Task task) {
    Set<String> users = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
      return users;
    }
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().forEach(u -> users.add(u.getId()));
      }
    }
    return users;
  }

  StageRecord record(OpenTask open, String event, String summary, String user) {
    return trail.record(open.decision().getDecisionNo(), open.task().getProcessInstanceId(),
        open.task().getTaskDefinitionKey(), user, STAGE, event, summary);
  }

  Notice notice(OpenTask open, NotificationKind kind, String title, String body, Set<String> recipients,
      String occasion) {
    Decision d = open.decision();
    Date due = open.task().getDueDate();
    return new Notice(open.task().getId(), kind, open.task().getName(), open.task().getTaskDefinitionKey(),
        open.task().getProcessInstanceId(), d.getDecisionNo(), d.getTitle(), d.getUnitCode(),
        due == null ? null : due.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime(), title,
        body.length() > 2000 ? body.substring(0, 1999) + "…" : body, Set.copyOf(recipients), occasion);
  }

  String signedIn() {
    String user = access.currentUserId();
    if (user == null) {
      throw Refusal.unauthenticated("请先登录");
    }
    if (access.isAuditor() && access.ownUnits().isEmpty() && !access.isAdmin()) {
      throw Refusal.forbidden("审计人员只能查阅，不能办理任务");
    }
    return user;
  }

  static String text(String field, String value, String what) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "请填写" + what);
    }
    if (value.length() > MAX_TEXT) {
      throw Refusal.invalid(field, what + "不能超过 " + MAX_TEXT + " 字");
    }
    return value.strip();
  }

  String names(java.util.Collection<String> users) {
    return String.join("、", users.stream().map(this::name).toList());
  }

  String name(String userId) {
    User u = asApplication(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (u == null) {
      return userId;
    }
    String name = ((u.getLastName() == null ? "" : u.getLastName()) + (u.getFirstName() == null ? "" : u.getFirstName()))
        .strip();
    return name.isEmpty() ? userId : name + "（" + userId + "）";
  }

  /** Engine calls as the application, after this class has checked the rules ({@link AsApplication}). */
  <T> T asApplication(Supplier<T> work) {
    return AsApplication.run(engine, work);
  }

  static Map<String, String> labels() {
    return Map.of(COPIED, "抄送", URGED, "催办", HANDED_OVER, "转办", TAKEN_BACK, "撤回");
  }
}
