package cn.gov.pujiang.decision.participation;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureRules;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_PrepareHearing (听证准备), Decree 713 Art. 16. Reads hearingDate,
 * hearingPlace, hearingNoticePublishedOn and hearingNoticeChannel (the draft with the time and place published in
 * advance: not in the future, before the hearing), participantSelectionMethod, participantListPublished,
 * participantList and materialsDeliveredOn; refuses unless the
 * selection method is stated, the participant list is published, and the materials were delivered
 * (not merely planned: the date may not lie in the future) at least
 * decision.rules.hearing-material-lead-days calendar days before the hearing. Writes nothing.
 */
@Component("hearingPreparationCheck")
public class HearingPreparationCheck extends CompletionCheck {

  private final ProcedureRules rules;
  private final EngineClock clock;

  public HearingPreparationCheck(ProcedureRules rules, EngineClock clock) {
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
    if (blank(execution, Vars.HEARING_PLACE) || blank(execution, Vars.HEARING_NOTICE_CHANNEL)) {
      throw new ProcedureViolation("请填写听证会地点，以及公布决策草案和听证时间、地点的渠道（第十六条）");
    }
    limit(execution, Vars.HEARING_PLACE, "听证会地点", 200);
    limit(execution, Vars.HEARING_NOTICE_CHANNEL, "公布渠道", 500);
    limit(execution, Vars.PARTICIPANT_SELECTION_METHOD, "听证参加人遴选办法", 4000);
    limit(execution, Vars.PARTICIPANT_LIST, "听证参加人名单", 2000);
    LocalDate noticeOn = date(execution, Vars.HEARING_NOTICE_PUBLISHED_ON, "公布日期");
    if (noticeOn == null) {
      throw new ProcedureViolation("听证机关应当提前公布决策草案及其说明等材料，明确听证时间、地点等信息：请填写公布日期（第十六条）");
    }
    if (noticeOn.isAfter(clock.now().toLocalDate())) {
      throw new ProcedureViolation("决策草案和听证时间、地点尚未公布：请在公布后再完成本任务（第十六条）");
    }
    if (!noticeOn.isBefore(hearingDate)) {
      throw new ProcedureViolation("决策草案及听证时间、地点应当在听证会举行前公布（第十六条）；公布日期" + noticeOn
          + "不早于听证会日期" + hearingDate);
    }
    if (blank(execution, Vars.PARTICIPANT_SELECTION_METHOD)) {
      throw new ProcedureViolation("请填写已公开的听证参加人遴选办法（第十六条）");
    }
    if (!flag(execution, Vars.PARTICIPANT_LIST_PUBLISHED)) {
      throw new ProcedureViolation("听证参加人名单应当提前向社会公布（第十六条）");
    }
    if (blank(execution, Vars.PARTICIPANT_LIST)) {
      throw new ProcedureViolation("请填写已向社会公布的听证参加人名单（第十六条）");
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

  private static void limit(DelegateExecution execution, String name, String label, int max) {
    String value = text(execution, name);
    if (value != null && value.length() > max) {
      throw new ProcedureViolation("“" + label + "”不得超过" + max + "字");
    }
  }
}
