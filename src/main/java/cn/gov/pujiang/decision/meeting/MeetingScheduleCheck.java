package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Events;
import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Vars;
import cn.gov.pujiang.decision.organisation.Unit;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.DueDates;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureRules;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.engine.Texts;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.review.LegalityOpinions;
import java.time.LocalDate;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ScheduleMeeting (安排会议), Decree 713 Arts. 26 and 30. Reads meetingType,
 * meetingDate, decisionUnit and reviewSubmittedOn (or, when absent, the latest submission date in
 * md_legality_opinion). Refuses a meeting type that does not fit the decision organ, a date in the
 * past, and a date sooner than the legality review time the submitter had to allow
 * (procedureRules.legalityReviewWorkingDays working days after submission, Art. 26) unless the
 * decision organ shortened it (reviewTimeShortened, reviewTimeShorteningReason, reviewTimeShortenedBy;
 * allowed while procedureRules.legalityReviewShortenable; trail entry REVIEW_TIME_SHORTENED). Removes the previous meeting's record variables, so that after a deferral the
 * secretary's form starts empty; writes the trail entry MEETING_SCHEDULED.
 */
@Component("meetingScheduleCheck")
public class MeetingScheduleCheck extends CompletionCheck {

  static final int DECIDED_BY_TEXT = 200;

  private final UnitRepository units;
  private final DueDates dueDates;
  private final ProcedureRules rules;
  private final EngineClock clock;
  private final LegalityOpinions opinions;
  private final StageRecords records;

  public MeetingScheduleCheck(
      UnitRepository units,
      DueDates dueDates,
      ProcedureRules rules,
      EngineClock clock,
      LegalityOpinions opinions,
      StageRecords records) {
    this.units = units;
    this.dueDates = dueDates;
    this.rules = rules;
    this.clock = clock;
    this.opinions = opinions;
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    MeetingType type = MeetingType.parse(text(task, Vars.MEETING_TYPE));
    if (type == null) {
      throw new ProcedureViolation("请选择会议类型");
    }
    boolean county = units.findById(text(task, CommonVariables.DECISION_UNIT)).map(Unit::isCounty).orElse(false);
    if (county && !type.isCounty()) {
      throw new ProcedureViolation("县人民政府的重大行政决策应当经政府常务会议或者全体会议讨论（《重大行政决策程序暂行条例》第三十条）");
    }
    if (!county && type.isCounty()) {
      throw new ProcedureViolation("乡镇（街道）的重大行政决策应当提交乡镇长办公会议或者党政联席会议集体讨论");
    }
    LocalDate meetingDate = date(task, Vars.MEETING_DATE, "会议日期");
    if (meetingDate == null) {
      throw new ProcedureViolation("请填写会议日期");
    }
    if (meetingDate.isBefore(clock.now().toLocalDate())) {
      throw new ProcedureViolation("会议日期不能早于今天");
    }
    LocalDate earliest = dueDates.workingDaysAfter(submittedOn(task), rules.getLegalityReviewWorkingDays());
    String shortening = null;
    if (meetingDate.isBefore(earliest)) {
      shortening = shortening(task, earliest);
    } else {
      task.removeVariable(Vars.REVIEW_TIME_SHORTENING_REASON);
      task.removeVariable(Vars.REVIEW_TIME_SHORTENED_BY);
      task.setVariable(Vars.REVIEW_TIME_SHORTENED, false);
    }
    for (String name : Vars.MEETING_RECORD) {
      task.removeVariable(name);
    }
    records.record(
        task,
        DecisionStatus.COLLECTIVE_DISCUSSION.name(),
        "MEETING_SCHEDULED",
        "安排" + type.label() + "，会议日期：" + meetingDate);
    if (shortening != null) {
      records.record(task, DecisionStatus.COLLECTIVE_DISCUSSION.name(), Events.REVIEW_TIME_SHORTENED, shortening);
    }
  }

  /**
   * Art. 26 asks the submitter to allow "一般不少于" the review time: "一般" lets the decision organ hold
   * the meeting sooner, which it decides and explains; the record names who decided it. Returns the
   * trail text, or refuses when the county rule does not allow shortening or the decision is missing.
   */
  private String shortening(DelegateExecution task, LocalDate earliest) {
    String limit = "会议日期不得早于" + earliest + "：送请合法性审查后应当为审查预留不少于"
        + rules.getLegalityReviewWorkingDays() + "个工作日（《重大行政决策程序暂行条例》第二十六条）";
    if (!rules.isLegalityReviewShortenable()) {
      throw new ProcedureViolation(limit);
    }
    if (!flag(task, Vars.REVIEW_TIME_SHORTENED)) {
      throw new ProcedureViolation(limit + "。决策机关决定缩短审查时间的，请勾选“决策机关决定缩短审查时间”，并填写理由和作出决定的负责人");
    }
    String reason = Texts.required(task, Vars.REVIEW_TIME_SHORTENING_REASON, "缩短审查时间的理由",
        MeetingRecordCheck.SHORT_TEXT, "请填写决策机关缩短合法性审查时间的理由（第二十六条）");
    String decidedBy = Texts.required(task, Vars.REVIEW_TIME_SHORTENED_BY, "作出决定的负责人", DECIDED_BY_TEXT,
        "请填写决定缩短合法性审查时间的决策机关负责人");
    return "决策机关（" + decidedBy + "）决定缩短合法性审查时间，会议早于" + earliest + "召开。理由：" + reason;
  }

  private LocalDate submittedOn(DelegateExecution task) {
    LocalDate submitted = date(task, Vars.REVIEW_SUBMITTED_ON, "送审日期");
    if (submitted == null) {
      submitted = opinions.latestSubmissionDate(task.getProcessBusinessKey()).orElse(null);
    }
    if (submitted == null) {
      throw new ProcedureViolation("未找到合法性审查的送审日期，无法安排会议（第二十六条）");
    }
    return submitted;
  }
}
