package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.engine.Variables.date;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Vars;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.engine.Texts;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The check and trail entry shared by the two reports made before a decision is issued. */
@Component
class PreDecisionReports {

  private final EngineClock clock;
  private final StageRecords records;

  PreDecisionReports(EngineClock clock, StageRecords records) {
    this.clock = clock;
    this.records = records;
  }

  /**
   * Requires the report date (not in the future, not before the meeting that adopted the decision:
   * Art. 31 reports a decision already taken) and the reply; records the event. Returns the latest
   * report date so far (this one or an earlier report's preIssueReportedOn), for preIssueReportedOn.
   */
  String check(DelegateExecution task, String dateVariable, String replyVariable, String organ, String basis, String event,
      String answer) {
    LocalDate reportedOn = date(task, dateVariable, "报告日期");
    if (reportedOn == null) {
      throw new ProcedureViolation("请填写向" + organ + "报告的日期（" + basis + "）");
    }
    if (reportedOn.isAfter(clock.now().toLocalDate())) {
      throw new ProcedureViolation("报告日期不能晚于今天");
    }
    LocalDate meetingDate = date(task, Vars.MEETING_DATE, "会议日期");
    if (meetingDate != null && reportedOn.isBefore(meetingDate)) {
      throw new ProcedureViolation("报告日期不能早于集体讨论通过决策的会议日期" + meetingDate
          + "：决策经集体讨论决定后、出台前方可报告（" + basis + "）");
    }
    String reply = Texts.required(task, replyVariable, organ + "意见", MeetingRecordCheck.LONG_TEXT,
        "请填写" + organ + "的意见（" + basis + "）");
    records.record(
        task,
        DecisionStatus.COLLECTIVE_DISCUSSION.name(),
        event,
        reportedOn + "向" + organ + "报告；" + (answer == null ? "" : organ + "答复：" + answer + "；") + organ + "意见：" + reply);
    LocalDate lastReport = date(task, Vars.PRE_ISSUE_REPORTED_ON, "报告日期");
    return (lastReport == null || reportedOn.isAfter(lastReport) ? reportedOn : lastReport).toString();
  }
}
