package cn.gov.pujiang.decision.participation;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Events;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_HoldHearing (举行听证会), Decree 713 Art. 17. Reads hearingRecordSigned
 * and hearingSummary (and, for the trail, hearingDate, materialsDeliveredOn,
 * participantSelectionMethod, hearingPlace, hearingNoticePublishedOn, hearingNoticeChannel, participantList);
 * refuses a hearing whose record the participants have not confirmed and signed (the signed record itself is the
 * dossier document HEARING_RECORD, required by required-documents.dmn). Stores the hearing in md_hearing and records
 * it in the trail.
 */
@Component("hearingRecordCheck")
public class HearingRecordCheck extends CompletionCheck {

  private final StageRecords records;
  private final Hearings hearings;
  private final Actors actors;

  public HearingRecordCheck(StageRecords records, Hearings hearings, Actors actors) {
    this.records = records;
    this.hearings = hearings;
    this.actors = actors;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (!flag(execution, Vars.HEARING_RECORD_SIGNED)) {
      throw new ProcedureViolation("听证笔录应当经听证参加人确认并签字（第十七条）");
    }
    if (blank(execution, Vars.HEARING_SUMMARY)) {
      throw new ProcedureViolation("请填写听证会情况及听证参加人的主要意见");
    }
    if (text(execution, Vars.HEARING_SUMMARY).length() > 4000) {
      throw new ProcedureViolation("“听证会情况”不得超过4000字");
    }
    LocalDate hearingDate = date(execution, Vars.HEARING_DATE, "听证会日期");
    LocalDate noticeOn = date(execution, Vars.HEARING_NOTICE_PUBLISHED_ON, "公布日期");
    LocalDate deliveredOn = date(execution, Vars.MATERIALS_DELIVERED_ON, "听证材料送达日期");
    if (noticeOn != null) {
      hearings.record(execution.getProcessBusinessKey(), new Hearings.Hearing(hearingDate,
          text(execution, Vars.HEARING_PLACE), noticeOn, text(execution, Vars.HEARING_NOTICE_CHANNEL),
          text(execution, Vars.PARTICIPANT_SELECTION_METHOD), text(execution, Vars.PARTICIPANT_LIST), deliveredOn,
          text(execution, Vars.HEARING_SUMMARY), actors.current()), execution.getProcessInstanceId());
    }
    records.record(
        execution,
        PublicParticipationProcess.STAGE,
        Events.HEARING_HELD,
        "于" + hearingDate + (noticeOn == null ? "" : "在" + text(execution, Vars.HEARING_PLACE)) + "举行听证会"
            + (noticeOn == null ? "" : "，决策草案及听证时间、地点于" + noticeOn + "在"
                + text(execution, Vars.HEARING_NOTICE_CHANNEL) + "公布")
            + "，听证材料于" + deliveredOn + "送达，参加人遴选办法："
            + text(execution, Vars.PARTICIPANT_SELECTION_METHOD)
            + (noticeOn == null ? "" : "；已公布的参加人名单：" + text(execution, Vars.PARTICIPANT_LIST))
            + "；听证笔录已经参加人确认签字。" + text(execution, Vars.HEARING_SUMMARY));
  }
}
