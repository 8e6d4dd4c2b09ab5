package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.process.Variables.date;
import static cn.gov.pujiang.decision.process.Variables.flag;
import static cn.gov.pujiang.decision.process.Variables.number;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Variables;
import cn.gov.pujiang.decision.process.Actors;
import cn.gov.pujiang.decision.process.EngineClock;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.process.Texts;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.process.CompletionCheck;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_RecordMeeting (记录讨论和决定情况), Decree 713 Art. 30. Refuses any
 * record before the meeting date by the engine clock (a meeting is recorded after it is held). Reads attendees,
 * memberOpinions, membersInFavour/Against/Abstaining, headSpokeLast, headDecision, meetingOutcome,
 * deviationReason and meetingMinutes. Refuses a record without the members' opinions, where the
 * head did not speak last, or where the head decided against the majority without a reason.
 * Writes meetingRecordedBy, decisionDate (the meeting date, when ADOPTED) and the trail entry MEETING_RECORDED.
 */
@Component("meetingRecordListener")
public class MeetingRecordListener extends CompletionCheck {

  static final int SHORT_TEXT = 2000;
  static final int LONG_TEXT = 4000;

  private final Actors actors;
  private final StageRecords records;
  private final EngineClock clock;

  public MeetingRecordListener(Actors actors, StageRecords records, EngineClock clock) {
    this.actors = actors;
    this.records = records;
    this.clock = clock;
  }

  @Override
  protected void check(DelegateExecution task) {
    LocalDate meetingDate = date(task, Variables.MEETING_DATE, "会议日期");
    if (meetingDate != null && clock.now().toLocalDate().isBefore(meetingDate)) {
      throw new ProcedureViolation("会议定于" + meetingDate + "召开，会议召开前不能记录讨论和决定情况（《重大行政决策程序暂行条例》第三十条）");
    }
    Texts.required(task, Variables.ATTENDEES, "出席人员", SHORT_TEXT, "请填写出席人员");
    Texts.required(
        task, Variables.MEMBER_OPINIONS, "与会成员意见", LONG_TEXT,
        "请逐一记录与会成员发表的意见，不同意见应当如实载明（《重大行政决策程序暂行条例》第三十条）");
    long inFavour = count(task, Variables.MEMBERS_IN_FAVOUR);
    long against = count(task, Variables.MEMBERS_AGAINST);
    long abstaining = count(task, Variables.MEMBERS_ABSTAINING);
    if (inFavour + against + abstaining == 0) {
      throw new ProcedureViolation("请填写与会成员的表态人数");
    }
    if (!flag(task, Variables.HEAD_SPOKE_LAST)) {
      throw new ProcedureViolation("会议组成人员应当充分发表意见，行政首长最后发表意见（《重大行政决策程序暂行条例》第三十条）");
    }
    Texts.required(task, Variables.HEAD_DECISION, "行政首长决定意见", SHORT_TEXT, "请填写行政首长的决定意见（第三十条）");
    MeetingOutcome outcome = MeetingOutcome.parse(text(task, Variables.MEETING_OUTCOME));
    if (outcome == null) {
      throw new ProcedureViolation("请选择会议决定结果");
    }
    boolean againstMajority =
        (outcome == MeetingOutcome.ADOPTED && against > inFavour)
            || (outcome == MeetingOutcome.REJECTED && inFavour > against);
    if (againstMajority) {
      Texts.required(
          task, Variables.DEVIATION_REASON, "说明理由", SHORT_TEXT,
          "行政首长拟作出的决定与会议组成人员多数人的意见不一致的，应当在会上说明理由（《重大行政决策程序暂行条例》第三十条）");
    } else {
      Texts.limited(task, Variables.DEVIATION_REASON, "说明理由", SHORT_TEXT);
    }
    Texts.required(task, Variables.MEETING_MINUTES, "会议纪要", LONG_TEXT, "请填写会议纪要");
    task.setVariable(Variables.MEETING_RECORDED_BY, actors.current());
    if (outcome == MeetingOutcome.ADOPTED && meetingDate != null) {
      task.setVariable(Variables.DECISION_DATE, meetingDate.toString());
    }
    records.record(
        task,
        DecisionStatus.COLLECTIVE_DISCUSSION.name(),
        "MEETING_RECORDED",
        "集体讨论决定：" + outcome.label() + "（赞成" + inFavour + "人，反对" + against + "人，弃权" + abstaining + "人"
            + (againstMajority ? "；行政首长决定与多数意见不一致，已说明理由" : "") + "）");
  }

  private static long count(DelegateExecution task, String name) {
    Long value = number(task, name);
    if (value == null || value < 0) {
      throw new ProcedureViolation("请填写赞成、反对、弃权人数（不少于0）");
    }
    return value;
  }
}
