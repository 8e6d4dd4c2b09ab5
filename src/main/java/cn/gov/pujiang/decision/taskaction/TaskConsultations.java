package cn.gov.pujiang.decision.taskaction;

import cn.gov.pujiang.decision.notification.Notice;
import cn.gov.pujiang.decision.notification.NotificationKind;
import cn.gov.pujiang.decision.notification.Notifier;
import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.refusal.TextRules;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.taskaction.TaskActions.OpenTask;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 征求意见 / 加签 (the OA task actions, ADR 0028): the holder of a task asks colleagues of the decision's unit for an
 * opinion without giving up the task. Each colleague answers in a task-consultation instance of their
 * own; the answers are kept in md_task_consultation and the decision's trail and shown on the asked task,
 * which {@link OpenConsultationsCheck} holds until every request is answered or withdrawn.
 */
@Service
public class TaskConsultations {

  public static final String CONSULTED = "TASK_CONSULTED";
  public static final String ANSWERED = "TASK_CONSULTATION_ANSWERED";
  public static final String WITHDRAWN = "TASK_CONSULTATION_WITHDRAWN";

  static final int MAX_CONSULTEES = 10;
  /** The unit's role groups a colleague is asked through, the likeliest first (the legal adviser, ADR 0028). */
  static final List<String> ROLES =
      List.of(Groups.LEGAL_ADVISER, Groups.LEGAL_REVIEW, Groups.LEADERSHIP, Groups.OFFICE, Groups.CLERK);

  static final String OPEN = "OPEN";
  static final String ANSWERED_STATUS = "ANSWERED";
  static final String WITHDRAWN_STATUS = "WITHDRAWN";

  private final TaskActions actions;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final DecisionRegister register;
  private final StageRecords trail;
  private final Notifier notifier;
  private final Actors actors;
  private final EngineClock clock;
  private final JdbcTemplate jdbc;

  public TaskConsultations(TaskActions actions, ProcessEngine engine, DecisionRegister register, StageRecords trail,
      Notifier notifier, Actors actors, EngineClock clock, JdbcTemplate jdbc) {
    this.actions = actions;
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.historyService = engine.getHistoryService();
    this.identityService = engine.getIdentityService();
    this.register = register;
    this.trail = trail;
    this.notifier = notifier;
    this.actors = actors;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** One request to one colleague, as the asked task shows it. */
  public record Consultation(long id, String taskId, String taskName, String askedBy, String askedByName,
      OffsetDateTime askedAt, String question, String consultee, String consulteeName, String status,
      String opinion, String documents, String answeredBy, OffsetDateTime answeredAt, String withdrawnBy,
      OffsetDateTime withdrawnAt, String withdrawalReason, String consultationTaskId) {}

  /**
   * 征求意见: the holder of the task asks colleagues (members of a role group of the decision's unit)
   * for an opinion. Each one gets a task of their own; the asked task stays with the holder.
   */
  @Transactional
  public TaskActions.Result ask(String taskId, Set<String> consultees, String question) {
    String user = actions.signedIn();
    String text = TaskActions.text("question", question, "征求意见的事项");
    TextRules.requireMultiLine("question", "征求意见的事项", text);
    OpenTask open = actions.openTask(taskId);
    actions.requireHolder(open, user, "征求意见");
    if (consultees == null || consultees.isEmpty()) {
      throw Refusal.invalid("consultees", "请选择征求意见的同事");
    }
    if (consultees.size() > MAX_CONSULTEES) {
      throw Refusal.invalid("consultees", "一次最多征求 " + MAX_CONSULTEES + " 位同事的意见");
    }
    Decision decision = open.decision();
    Map<String, String> groups = new LinkedHashMap<>();
    for (String consultee : consultees) {
      String group = consultee == null || consultee.equals(user) ? null
          : actions.asApplication(() -> roleGroup(decision.getUnitCode(), consultee));
      if (group == null) {
        throw Refusal.invalid("consultees", "只能征求本单位同事（领导、承办、办公室、合法性审查、法律顾问）的意见，不能征求本人的意见");
      }
      groups.put(consultee, group);
    }
    String activityInstanceId = actions.asApplication(() -> historyService.createHistoricTaskInstanceQuery()
        .taskId(taskId).singleResult().getActivityInstanceId());
    List<String> already = jdbc.queryForList("select consultee from md_task_consultation where activity_instance_id = ?"
        + " and status = 'OPEN'", String.class, activityInstanceId);
    for (String consultee : consultees) {
      if (already.contains(consultee)) {
        throw Refusal.conflict("ALREADY_CONSULTING", "已经在征求" + actions.name(consultee) + "的意见，请等待答复");
      }
    }
    Task task = open.task();
    StageRecord entry = actions.record(open, CONSULTED, "就“" + task.getName() + "”征求 " + actions.names(consultees)
        + " 的意见；事项：" + text, user);
    OffsetDateTime now = clock.now();
    for (Map.Entry<String, String> c : groups.entrySet()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("decision_id", decision.getId());
      row.put("process_instance_id", task.getProcessInstanceId());
      row.put("task_id", taskId);
      row.put("activity_instance_id", activityInstanceId);
      row.put("task_name", task.getName());
      row.put("task_definition_key", task.getTaskDefinitionKey());
      row.put("asked_by", user);
      row.put("asked_at", now);
      row.put("question", text);
      row.put("consultee", c.getKey());
      row.put("consultee_group", c.getValue());
      row.put("status", OPEN);
      long id = insert(row);
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put(CommonVariables.DECISION_NO, decision.getDecisionNo());
      variables.put(CommonVariables.DECISION_TITLE, decision.getTitle());
      variables.put(CommonVariables.DECISION_UNIT, decision.getUnitCode());
      variables.put(ConsultationProcess.Vars.CONSULTATION_ID, id);
      variables.put(ConsultationProcess.Vars.CONSULTEE, c.getKey());
      variables.put(ConsultationProcess.Vars.CONSULTEE_GROUP, c.getValue());
      variables.put(ConsultationProcess.Vars.CONSULTED_TASK_NAME, task.getName());
      variables.put(ConsultationProcess.Vars.ASKED_BY, actions.name(user));
      variables.put(ConsultationProcess.Vars.QUESTION, text);
      String instance = actions.asApplication(() -> runtimeService.startProcessInstanceByKey(ConsultationProcess.KEY,
          decision.getDecisionNo(), variables).getId());
      // A second command: the colleague's task is flushed when the start's command closes.
      Task answerTask = actions.asApplication(() -> taskService.createTaskQuery().processInstanceId(instance)
          .singleResult());
      jdbc.update("update md_task_consultation set consultation_instance_id = ? where id = ?",
          answerTask.getProcessInstanceId(), id);
      notifier.notifyOnce(new Notice(answerTask.getId(), NotificationKind.CONSULT, answerTask.getName(),
          answerTask.getTaskDefinitionKey(), answerTask.getProcessInstanceId(), decision.getDecisionNo(),
          decision.getTitle(), decision.getUnitCode(), null, "征求意见：" + task.getName(),
          actions.name(user) + "办理决策事项“" + decision.getTitle() + "”（" + decision.getDecisionNo() + "）的任务“"
              + task.getName() + "”，征求您的意见：" + text + "。请在任务清单“答复征求意见”中答复。",
          Set.of(c.getKey()), ""));
    }
    return new TaskActions.Result(entry.getId(), CONSULTED, taskId, Set.copyOf(consultees));
  }

  /** The holder withdraws every unanswered request on the task; the colleagues' tasks end. */
  @Transactional
  public TaskActions.Result withdraw(String taskId, String reason) {
    String user = actions.signedIn();
    String text = TaskActions.text("reason", reason, "撤回理由");
    TextRules.requireMultiLine("reason", "撤回理由", text);
    OpenTask open = actions.openTask(taskId);
    actions.requireHolder(open, user, "撤回征求意见");
    List<Consultation> waiting = of(taskId).stream().filter(c -> OPEN.equals(c.status())).toList();
    if (waiting.isEmpty()) {
      throw Refusal.conflict("NO_OPEN_CONSULTATION", "本任务没有待答复的征求意见");
    }
    Set<String> consultees = new LinkedHashSet<>(waiting.stream().map(Consultation::consultee).toList());
    StageRecord entry = actions.record(open, WITHDRAWN, "撤回就“" + open.task().getName() + "”向 "
        + actions.names(consultees) + " 征求的意见（尚未答复）；理由：" + text, user);
    close(waiting, user, text);
    return new TaskActions.Result(entry.getId(), WITHDRAWN, taskId, consultees);
  }

  /** The requests made on a task the user may read, oldest first, with the answers given. */
  @Transactional(readOnly = true)
  public List<Consultation> on(String taskId) {
    actions.openTask(taskId);
    return of(taskId);
  }

  /** Records a colleague's answer (called by {@link ConsultationOpinionCheck} while their task completes). */
  void answer(long consultationId, String opinion) {
    Map<String, Object> row = jdbc.queryForMap("select c.*, d.decision_no from md_task_consultation c"
        + " join md_decision d on d.id = c.decision_id where c.id = ?", consultationId);
    if (!OPEN.equals(row.get("status"))) {
      throw Refusal.conflict("CONSULTATION_CLOSED", "该征求意见已撤回，无需答复");
    }
    String actor = actors.current();
    String decisionNo = (String) row.get("decision_no");
    String askedBy = (String) row.get("asked_by");
    String taskName = (String) row.get("task_name");
    String documents = String.join("、", jdbc.queryForList(
        "select file_name from md_document where decision_no = ? and uploaded_by = ? and uploaded_at >= ? order by id",
        String.class, decisionNo, actor, row.get("asked_at")));
    jdbc.update("update md_task_consultation set status = ?, opinion = ?, documents = ?, answered_by = ?, answered_at = ?"
        + " where id = ?", ANSWERED_STATUS, opinion, documents.isEmpty() ? null : truncate(documents, 1000), actor,
        clock.now(), consultationId);
    Decision decision = register.get(decisionNo);
    trail.record(decisionNo, (String) row.get("process_instance_id"), (String) row.get("task_definition_key"), actor, TaskActions.STAGE, ANSWERED,
        actions.name(actor) + "答复" + actions.name(askedBy) + "就“" + taskName + "”征求的意见：" + opinion
            + (documents.isEmpty() ? "" : "；书面材料：" + documents));
    notifier.notifyOnce(new Notice((String) row.get("task_id"), NotificationKind.CONSULT, taskName, null,
        (String) row.get("process_instance_id"), decisionNo, decision.getTitle(), decision.getUnitCode(), null,
        "意见已答复：" + taskName, actions.name(actor) + "已答复您就决策事项“" + decision.getTitle() + "”的任务“" + taskName
            + "”征求的意见：" + truncate(opinion, 1500), Set.of(askedBy), "answer-" + consultationId));
  }

  /** Names of the colleagues who have not answered yet on the task's activity instance. */
  List<String> waitingFor(String activityInstanceId) {
    return jdbc.queryForList("select consultee from md_task_consultation where activity_instance_id = ? and status = 'OPEN'"
        + " order by id", String.class, activityInstanceId).stream().map(actions::name).toList();
  }

  /** The asked task ended without being completed: its open requests are withdrawn with it. */
  void withdrawWithTask(String activityInstanceId) {
    List<Long> ids = jdbc.queryForList("select id from md_task_consultation where activity_instance_id = ? and status = 'OPEN'",
        Long.class, activityInstanceId);
    if (ids.isEmpty()) {
      return;
    }
    List<Consultation> waiting = new ArrayList<>();
    for (Long id : ids) {
      waiting.add(jdbc.queryForObject("select * from md_task_consultation where id = ?", (rs, n) -> consultation(rs), id));
    }
    close(waiting, actors.current(), "原任务已结束");
  }

  private void close(List<Consultation> waiting, String user, String reason) {
    OffsetDateTime now = clock.now();
    for (Consultation c : waiting) {
      jdbc.update("update md_task_consultation set status = ?, withdrawn_by = ?, withdrawn_at = ?, withdrawal_reason = ?"
          + " where id = ? and status = 'OPEN'", WITHDRAWN_STATUS, user, now, reason, c.id());
      String instance = jdbc.queryForObject("select consultation_instance_id from md_task_consultation where id = ?",
          String.class, c.id());
      if (instance != null) {
        actions.asApplication(() -> {
          if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            runtimeService.deleteProcessInstance(instance, "征求意见已撤回：" + reason);
          }
          return null;
        });
      }
    }
  }

  private List<Consultation> of(String taskId) {
    return jdbc.query("select * from md_task_consultation where task_id = ? order by id", (rs, n) -> consultation(rs), taskId);
  }

  private Consultation consultation(java.sql.ResultSet rs) throws java.sql.SQLException {
    String instance = rs.getString("consultation_instance_id");
    String answerTask = instance == null || !OPEN.equals(rs.getString("status")) ? null
        : actions.asApplication(() -> {
          Task t = taskService.createTaskQuery().processInstanceId(instance).singleResult();
          return t == null ? null : t.getId();
        });
    return new Consultation(rs.getLong("id"), rs.getString("task_id"), rs.getString("task_name"),
        rs.getString("asked_by"), actions.name(rs.getString("asked_by")), rs.getObject("asked_at", OffsetDateTime.class),
        rs.getString("question"), rs.getString("consultee"), actions.name(rs.getString("consultee")),
        rs.getString("status"), rs.getString("opinion"), rs.getString("documents"), rs.getString("answered_by"),
        rs.getObject("answered_at", OffsetDateTime.class), rs.getString("withdrawn_by"),
        rs.getObject("withdrawn_at", OffsetDateTime.class), rs.getString("withdrawal_reason"), answerTask);
  }

  /**
   * Inserts a row and returns its id. Plain {@code setObject} for every value: SimpleJdbcInsert would pass the
   * column's SQL type from the metadata, and PostgreSQL's driver then reads an OffsetDateTime as text.
   */
  private long insert(Map<String, Object> row) {
    List<String> columns = List.copyOf(row.keySet());
    String sql = "insert into md_task_consultation (" + String.join(", ", columns) + ") values ("
        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < columns.size(); i++) {
        statement.setObject(i + 1, row.get(columns.get(i)));
      }
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  /** The first of the unit's role groups the user is a member of, or null. */
  private String roleGroup(String unitCode, String userId) {
    for (String role : ROLES) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.of(unitCode, role)).count() > 0) {
        return Groups.of(unitCode, role);
      }
    }
    return null;
  }

  private static String truncate(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }
}
