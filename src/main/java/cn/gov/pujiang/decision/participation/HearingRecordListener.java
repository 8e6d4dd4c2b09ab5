package cn.gov.pujiang.decision.participation;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.date;
import static cn.gov.pujiang.decision.process.Variables.flag;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Events;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.process.CompletionCheck;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_HoldHearing (举行听证会), Decree 713 Art. 17. Reads hearingRecordSigned
 * and hearingSummary (and, for the trail, hearingDate, materialsDeliveredOn,
 * participantSelectionMethod); refuses a hearing whose record the participants have not confirmed
 * and signed. Records the hearing in the trail.
 */
@Component("hearingRecordListener")
public class HearingRecordListener extends CompletionCheck {

  private final StageRecords records;

  public HearingRecordListener(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (!flag(execution, Vars.HEARING_RECORD_SIGNED)) {
      throw new ProcedureViolation("听证笔录应当经听证参加人确认并签字（第十七条）");
    }
    if (blank(execution, Vars.HEARING_SUMMARY)) {
      throw new ProcedureViolation("请填写听证会情况及听证参加人的主要意见");
    }
    records.record(
        execution,
        PublicParticipationProcess.STAGE,
        Events.HEARING_HELD,
        "于" + date(execution, Vars.HEARING_DATE, "听证会日期") + "举行听证会，听证材料于"
            + date(execution, Vars.MATERIALS_DELIVERED_ON, "听证材料送达日期") + "送达，参加人遴选办法："
            + text(execution, Vars.PARTICIPANT_SELECTION_METHOD) + "；听证笔录已经参加人确认签字。"
            + text(execution, Vars.HEARING_SUMMARY));
  }
}
