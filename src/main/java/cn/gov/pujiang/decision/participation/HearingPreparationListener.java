package cn.gov.pujiang.decision.participation;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.date;
import static cn.gov.pujiang.decision.process.Variables.flag;

import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.process.CompletionCheck;
import cn.gov.pujiang.decision.process.EngineClock;
import cn.gov.pujiang.decision.process.ProcedureRules;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_PrepareHearing (听证准备), Decree 713 Art. 16. Reads hearingDate,
 * participantSelectionMethod, participantListPublished and materialsDeliveredOn; refuses unless the
 * selection method is stated, the participant list is published, and the materials were delivered
 * (not merely planned: the date may not lie in the future) at least
 * decision.rules.hearing-material-lead-days calendar days before the hearing. Writes nothing.
 */
@Component("hearingPreparationListener")
public class HearingPreparationListener extends CompletionCheck {

  private final ProcedureRules rules;
  private final EngineClock clock;

  public HearingPreparationListener(ProcedureRules rules, EngineClock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  protected void check(DelegateExecution execution) {
    LocalDate hearingDate = date(execution, Vars.HEARING_DATE, "听证会日期");
    LocalDate deliveredOn = date(execution, Vars.MATERIALS_DELIVERED_ON, "听证材料送达日期");
    if (hearingDate == null || deliveredOn == null) {
      throw new ProcedureViolation("请填写听证会日期和听证材料送达日期");
    }
    if (blank(execution, Vars.PARTICIPANT_SELECTION_METHOD)) {
      throw new ProcedureViolation("请填写已公开的听证参加人遴选办法（第十六条）");
    }
    if (!flag(execution, Vars.PARTICIPANT_LIST_PUBLISHED)) {
      throw new ProcedureViolation("听证参加人名单应当提前向社会公布（第十六条）");
    }
    if (deliveredOn.isAfter(clock.now().toLocalDate())) {
      throw new ProcedureViolation("听证材料尚未送达：请在材料送达听证参加人后再完成本任务");
    }
    int leadDays = rules.getHearingMaterialLeadDays();
    if (deliveredOn.isAfter(hearingDate.minusDays(leadDays))) {
      throw new ProcedureViolation(
          "听证材料应当至少在听证会举行" + leadDays + "日前送达听证参加人（第十六条）；"
              + "按送达日期" + deliveredOn + "，听证会最早可于" + deliveredOn.plusDays(leadDays) + "举行");
    }
  }
}
