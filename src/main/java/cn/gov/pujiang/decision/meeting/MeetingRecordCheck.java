package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Vars;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.engine.Texts;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_RecordMeeting (记录讨论和决定情况), Decree 713 Arts. 30 and 24. Refuses any
 * record before the meeting date by the engine clock (a meeting is recorded after it is held). Reads meetingDate,
 * meetingOutcome, meetingParticipants (checked by {@link MeetingSpeeches}: each participant's own opinion and words,
 * the head last in the order recorded, the decision the head's), headDecision, deviationReason (required when the
 * decision departs from the majority of the members, derived from their opinions), riskAssessmentPlanned,
 * riskJudgement and riskMeasures (Art. 24: adopting a decision whose risk was assessed needs the body's judgement;
 * an uncontrollable risk bars adoption) and meetingMinutes. Writes meetingRecordedBy, decisionDate (the meeting
 * date, when ADOPTED) and the trail entry MEETING_RECORDED.
 */
@Component("meetingRecordCheck")
public class MeetingRecordCheck extends CompletionCheck {

  static final int SHORT_TEXT = 2000;
  static final int LONG_TEXT = 4000;

  private final Actors actors;
  private final StageRecords records;
  private final EngineClock clock;

  public MeetingRecordCheck(Actors actors, StageRecords records, EngineClock clock) {
    this.actors = actors;
    this.records = records;
    this.clock = clock;
  }

  @Override
  protected void check(DelegateExecution task) {
    LocalDate meetingDate = date(task, Vars.MEETING_DATE, "会议日期");
    if (meetingDate != null && clock.now().toLocalDate().isBefore(meetingDate)) {
      throw new ProcedureViolation("会议定于" + meetingDate + "召开，会议召开前不能记录讨论和决定情况（《重大行政决策程序暂行条例》第三十条）");
    }
    MeetingOutcome outcome = MeetingOutcome.parse(text(task, Vars.MEETING_OUTCOME));
    if (outcome == null) {
      throw new ProcedureViolation("请选择会议决定结果");
    }
    MeetingSpeeches speeches = MeetingSpeeches.read(task, Vars.MEETING_PARTICIPANTS);
    boolean departs = speeches.check(outcome);
    Texts.required(task, Vars.HEAD_DECISION, "行政首长决定意见", SHORT_TEXT, "请填写行政首长的决定意见（第三十条）");
    if (departs) {
      Texts.required(
          task, Vars.DEVIATION_REASON, "说明理由", SHORT_TEXT,
          "行政首长拟作出的决定与会议组成人员多数人的意见不一致（会议组成人员" + speeches.members() + "人，同意"
              + speeches.count(MemberOpinion.AGREE) + "人，不同意" + speeches.count(MemberOpinion.DISAGREE)
              + "人），应当在会上说明理由（《重大行政决策程序暂行条例》第三十条）");
    } else {
      Texts.limited(task, Vars.DEVIATION_REASON, "说明理由", SHORT_TEXT);
    }
    RiskJudgement judgement = riskJudgement(task, outcome);
    Texts.required(task, Vars.MEETING_MINUTES, "会议纪要", LONG_TEXT, "请填写会议纪要");
    task.setVariable(Vars.MEETING_RECORDED_BY, actors.current());
    if (outcome == MeetingOutcome.ADOPTED && meetingDate != null) {
      task.setVariable(Vars.DECISION_DATE, meetingDate.toString());
    }
    records.record(
        task,
        DecisionStatus.COLLECTIVE_DISCUSSION.name(),
        "MEETING_RECORDED",
        "集体讨论决定：" + outcome.label() + "（会议组成人员" + speeches.members() + "人：同意"
            + speeches.count(MemberOpinion.AGREE) + "人，不同意" + speeches.count(MemberOpinion.DISAGREE) + "人，保留"
            + speeches.count(MemberOpinion.RESERVE) + "人；行政首长最后发表意见"
            + (departs ? "；行政首长决定与多数意见不一致，已说明理由" : "")
            + (judgement == null ? "" : "；决策机关风险判断：" + judgement.label()) + "）");
  }

  /**
   * Art. 24: where the risk was assessed, the decision body adopts only on its own judgement that the risk is
   * controllable, with the measures where it is controllable only with them.
   */
  private static RiskJudgement riskJudgement(DelegateExecution task, MeetingOutcome outcome) {
    String value = text(task, Vars.RISK_JUDGEMENT);
    RiskJudgement judgement = RiskJudgement.parse(value);
    if (value != null && !value.isEmpty() && judgement == null) {
      throw new ProcedureViolation("决策机关的风险判断应为风险可控、采取措施后可控或风险不可控");
    }
    if (judgement == null && outcome == MeetingOutcome.ADOPTED && flag(task, Vars.RISK_ASSESSMENT_PLANNED)) {
      throw new ProcedureViolation(
          "本决策经过风险评估，请记录决策机关根据风险评估结果作出的风险判断（《重大行政决策程序暂行条例》第二十四条）");
    }
    if (judgement == RiskJudgement.UNCONTROLLABLE && outcome == MeetingOutcome.ADOPTED) {
      throw new ProcedureViolation(
          "决策机关认为风险不可控的，应当采取调整决策草案等措施确保风险可控后再作出决策（《重大行政决策程序暂行条例》第二十四条）");
    }
    if (judgement == RiskJudgement.CONTROLLABLE_WITH_MEASURES) {
      Texts.required(task, Vars.RISK_MEASURES, "风险防控措施", SHORT_TEXT,
          "决策机关认为采取措施后风险可控的，请记录确定的措施（《重大行政决策程序暂行条例》第二十四条）");
    } else {
      Texts.limited(task, Vars.RISK_MEASURES, "风险防控措施", SHORT_TEXT);
    }
    return judgement;
  }
}
