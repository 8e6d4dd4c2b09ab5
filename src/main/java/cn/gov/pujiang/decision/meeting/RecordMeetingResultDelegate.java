package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordMeetingResult (会议记录存档) of collective-discussion. Reads meetingType, meetingDate and the record
 * variables checked by {@link MeetingRecordCheck}; inserts one md_meeting_record row with a md_meeting_participant
 * row per speaker, in speaking order. Writes no variables.
 */
@Component("recordMeetingResultDelegate")
public class RecordMeetingResultDelegate implements JavaDelegate {

  private final MeetingRecords meetings;

  public RecordMeetingResultDelegate(MeetingRecords meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    meetings.record(
        execution.getProcessBusinessKey(),
        new MeetingResult(
            MeetingType.valueOf(text(execution, Vars.MEETING_TYPE)),
            date(execution, Vars.MEETING_DATE, "会议日期"),
            MeetingSpeeches.read(execution, Vars.MEETING_PARTICIPANTS),
            text(execution, Vars.HEAD_DECISION),
            MeetingOutcome.valueOf(text(execution, Vars.MEETING_OUTCOME)),
            text(execution, Vars.DEVIATION_REASON),
            RiskJudgement.parse(text(execution, Vars.RISK_JUDGEMENT)),
            text(execution, Vars.RISK_MEASURES),
            text(execution, Vars.MEETING_MINUTES),
            text(execution, Vars.MEETING_RECORDED_BY)),
        execution.getProcessInstanceId());
  }
}
