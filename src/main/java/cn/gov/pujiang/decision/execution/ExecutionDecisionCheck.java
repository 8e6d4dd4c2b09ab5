package cn.gov.pujiang.decision.execution;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.engine.Choices;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.ExecutionDecision;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_DecideOnExecution (决策机关研究决定执行事项) in
 * decision-execution, a task of the decision organ's leadership: only the decision body stops,
 * changes or orders a major adjustment of a decision in execution (Decree 713 Art. 37); an
 * evaluation (Art. 36) or a suspension by the executive head is only its basis. Reads
 * executionDecision (routing of Gateway_ExecutionDecision, one of {@link ExecutionDecision}),
 * decisionBodyMeeting and decisionBodyMeetingDate (the meeting that decided, not after today by the
 * engine clock), executionDecisionContent (required) and suspendedOn (set when the head suspended
 * first); writes the EXECUTION_DECIDED trail entry and then removes the suspension and evaluation
 * it decided on, so that a later decision of the body starts from its own basis.
 */
@Component("executionDecisionCheck")
public class ExecutionDecisionCheck extends CompletionCheck {

  static final int MAX_MEETING = 200;
  static final int MAX_CONTENT = 4000;

  private final StageRecords records;
  private final EngineClock clock;

  public ExecutionDecisionCheck(StageRecords records, EngineClock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  protected void check(DelegateExecution task) {
    ExecutionDecision decision = Choices.required(task, Vars.EXECUTION_DECISION, ExecutionDecision.class,
        "请选择决策机关的决定：继续执行、修改决策后继续执行、停止执行或者重大调整（《重大行政决策程序暂行条例》第三十七条）");
    if (blank(task, Vars.DECISION_BODY_MEETING)) {
      throw new ProcedureViolation(
          "停止执行、修改决策或者重大调整只能由决策机关决定，请填写作出决定的会议名称和期次（《重大行政决策程序暂行条例》第三十七条）");
    }
    String meeting = text(task, Vars.DECISION_BODY_MEETING);
    if (meeting.length() > MAX_MEETING || meeting.contains("\n")) {
      throw new ProcedureViolation("会议名称和期次应为一行，不得超过" + MAX_MEETING + "字");
    }
    LocalDate meetingDate = date(task, Vars.DECISION_BODY_MEETING_DATE, "会议日期");
    if (meetingDate == null) {
      throw new ProcedureViolation("请填写决策机关作出决定的会议日期");
    }
    if (meetingDate.isAfter(clock.now().toLocalDate())) {
      throw new ProcedureViolation("会议日期不能晚于今天：此处记录决策机关已经作出的决定（" + meetingDate + "）");
    }
    if (blank(task, Vars.EXECUTION_DECISION_CONTENT)) {
      throw new ProcedureViolation("请填写决策机关的决定内容和理由");
    }
    String content = text(task, Vars.EXECUTION_DECISION_CONTENT);
    if (content.length() > MAX_CONTENT) {
      throw new ProcedureViolation("决定内容不得超过" + MAX_CONTENT + "字");
    }
    boolean suspended = task.getVariable(Vars.SUSPENDED_ON) != null;
    String resumed = suspended && (decision == ExecutionDecision.CONTINUE || decision == ExecutionDecision.CHANGE)
        ? "中止执行的决策恢复执行。" : "";
    records.record(task, DecisionExecutionProcess.STAGE, Events.EXECUTION_DECIDED,
        meeting + "（" + meetingDate + "）决定：" + decision.label() + "。" + resumed + content);
    // The suspension and the evaluation were the basis of this decision; a later decision of the body
    // must not read them as its own (the trail and history keep them).
    task.removeVariables(List.of(Vars.SUSPENSION_DECISION, Vars.SUSPENDED_ON, Vars.EVALUATION_REPORT,
        Vars.EVALUATION_CONCLUSION));
  }
}
