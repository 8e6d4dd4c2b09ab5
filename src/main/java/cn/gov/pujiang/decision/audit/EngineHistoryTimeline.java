package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.engine.DueDates;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stages and tasks from the engine history of the decision's process tree (ACT_HI_PROCINST and
 * ACT_HI_TASKINST by ROOT_PROC_INST_ID_, both indexed by Camunda): who (assignee, else the user who
 * completed it per ACT_HI_OP_LOG), when, how long, and against which due date. A task done a second
 * time in the same process tree is marked as a re-submission (重办).
 */
@Component
@Order(1)
class EngineHistoryTimeline implements TimelineSource {

  private final JdbcTemplate jdbc;
  private final StageNames stageNames;
  private final DueDates dueDates;

  EngineHistoryTimeline(JdbcTemplate jdbc, StageNames stageNames, DueDates dueDates) {
    this.jdbc = jdbc;
    this.stageNames = stageNames;
    this.dueDates = dueDates;
  }

  @Override
  public List<TimelineEntry> entries(DecisionRef decision) {
    if (decision.processInstanceId() == null) {
      return List.of();
    }
    String root = decision.processInstanceId();
    List<TimelineEntry> entries = new ArrayList<>();
    jdbc.query(
        "select PROC_DEF_KEY_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, SUPER_PROCESS_INSTANCE_ID_"
            + " from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = ? order by START_TIME_, ID_",
        rs -> {
          String key = rs.getString(1);
          OffsetDateTime start = Durations.of(rs.getTimestamp(2));
          OffsetDateTime end = Durations.of(rs.getTimestamp(3));
          Long duration = (Long) rs.getObject(4, Long.class);
          String name = stageNames.name(key);
          String detail = end == null ? "进行中" : "用时" + Durations.text(duration);
          if (rs.getString(5) != null) {
            detail += "（" + reason(rs.getString(5)) + "）";
          }
          entries.add(new TimelineEntry(start, "STAGE", name,
              (rs.getString(6) == null ? "流程开始：" : "进入阶段：") + name, null, detail, start, duration,
              Durations.text(duration), null, null, null));
        },
        root);
    Map<String, String> completedBy = new HashMap<>();
    jdbc.query(
        "select TASK_ID_, USER_ID_ from ACT_HI_OP_LOG where ROOT_PROC_INST_ID_ = ? and OPERATION_TYPE_ = 'Complete'"
            + " and TASK_ID_ is not null",
        rs -> {
          completedBy.putIfAbsent(rs.getString(1), rs.getString(2));
        },
        root);
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    Set<String> seen = new HashSet<>();
    jdbc.query(
        "select ID_, PROC_DEF_KEY_, TASK_DEF_KEY_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DUE_DATE_,"
            + " DELETE_REASON_ from ACT_HI_TASKINST where ROOT_PROC_INST_ID_ = ? order by START_TIME_, ID_",
        rs -> {
          String id = rs.getString(1);
          String stage = stageNames.name(rs.getString(2));
          String taskKey = rs.getString(2) + "/" + rs.getString(3);
          String who = rs.getString(5) != null ? rs.getString(5) : completedBy.get(id);
          Timestamp start = rs.getTimestamp(6);
          Timestamp end = rs.getTimestamp(7);
          Long duration = rs.getObject(8, Long.class);
          Timestamp due = rs.getTimestamp(9);
          String deleteReason = rs.getString(10);
          boolean cancelled = end != null && deleteReason != null && !"completed".equals(deleteReason);
          Boolean onTime = null;
          String marker = seen.add(taskKey) ? null : "RESUBMISSION";
          StringBuilder detail = new StringBuilder();
          if (end == null) {
            detail.append("待办，").append("已历时").append(Durations.text(now.getTime() - start.getTime()));
          } else if (cancelled) {
            detail.append("未办理即结束（").append(reason(deleteReason)).append("）");
          } else {
            detail.append("用时").append(Durations.text(duration));
          }
          if (due != null && end == null) {
            // An open task's limit as the clerk reads it: day, working days left, 暂定 while a year is missing.
            detail.append("；办理期限").append(dueDates.label(due).text());
            if (due.before(now)) {
              onTime = false;
            }
          } else if (due != null) {
            detail.append("；办理期限").append(Durations.format(Durations.of(due)));
            if (end != null && !cancelled) {
              onTime = !end.after(due);
              detail.append(onTime ? "，按期办结" : "，超期" + Durations.text(end.getTime() - due.getTime()));
            } else if (end == null && due.before(now)) {
              onTime = false;
              detail.append("，已超期" + Durations.text(now.getTime() - due.getTime()));
            }
          }
          if (Boolean.FALSE.equals(onTime)) {
            marker = "OVERDUE";
          }
          OffsetDateTime time = Durations.of(end != null ? end : start);
          entries.add(new TimelineEntry(time, "TASK", stage, rs.getString(4), who, detail.toString(),
              Durations.of(start), duration, Durations.text(duration), Durations.of(due), onTime, marker));
        },
        root);
    return entries;
  }

  /**
   * Why the engine ended a task or stage that nobody completed, in words (the browser walk-through: the reason when
   * the system acted). The engine writes "deleted" when a boundary event (a time limit) or another branch
   * ended it; an administrator's reason, given in Chinese (security/InterventionCheck), stays as written;
   * any other engine text is not shown to officials.
   */
  static String reason(String deleteReason) {
    if (deleteReason.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return deleteReason;
    }
    if ("deleted".equals(deleteReason)) {
      return "系统自动结束：流程按规则转入其他环节，如期限届满或另一环节已作决定";
    }
    return "系统自动结束";
  }
}
