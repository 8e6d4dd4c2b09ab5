package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.engine.Texts;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_RecordPeoplesCongressDecision (记录人大常委会决定): for a matter the
 * people's congress standing committee must discuss and decide (Decree 713 Art. 8), the decision is
 * not issued before the committee decides. Reads npcDecision (APPROVED or NOT_APPROVED, routed by
 * Gateway_NpcDecision: NOT_APPROVED returns to the decision organ's meeting), npcDecisionOn (not in
 * the future, not before npcReportedOn) and npcResolution (the resolution or its reference, required).
 * Writes preIssueReportedOn (publication may not be dated before the committee's decision) and the
 * trail entry NPC_DECIDED.
 */
@Component("peoplesCongressDecisionCheck")
public class PeoplesCongressDecisionCheck extends CompletionCheck {

  static final String APPROVED = "APPROVED";
  static final String NOT_APPROVED = "NOT_APPROVED";

  private final EngineClock clock;
  private final StageRecords records;

  PeoplesCongressDecisionCheck(EngineClock clock, StageRecords records) {
    this.clock = clock;
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    String decision = text(task, Vars.NPC_DECISION);
    if (!APPROVED.equals(decision) && !NOT_APPROVED.equals(decision)) {
      throw new ProcedureViolation("请选择人大常委会的决定：批准（同意）或者不批准（《重大行政决策程序暂行条例》第八条）");
    }
    LocalDate decidedOn = date(task, Vars.NPC_DECISION_ON, "决定日期");
    if (decidedOn == null) {
      throw new ProcedureViolation("请填写人大常委会作出决定的日期");
    }
    if (decidedOn.isAfter(clock.now().toLocalDate())) {
      throw new ProcedureViolation("决定日期不能晚于今天：请在人大常委会作出决定后登记");
    }
    LocalDate reportedOn = date(task, Vars.NPC_REPORTED_ON, "报告日期");
    if (reportedOn != null && decidedOn.isBefore(reportedOn)) {
      throw new ProcedureViolation("人大常委会的决定日期不能早于提请（报告）日期" + reportedOn);
    }
    String resolution = Texts.required(task, Vars.NPC_RESOLUTION, "人大常委会决议", MeetingRecordCheck.LONG_TEXT,
        "请填写人大常委会决议（或决定）的名称、文号和主要内容");
    if (APPROVED.equals(decision)) {
      task.setVariable(Vars.PRE_ISSUE_REPORTED_ON, decidedOn.toString());
    }
    records.record(task, DecisionStatus.COLLECTIVE_DISCUSSION.name(), "NPC_DECIDED",
        decidedOn + "人大常委会" + (APPROVED.equals(decision) ? "作出批准（同意）的决定" : "决定不予批准，退回决策机关") + "：" + resolution);
  }
}
