package cn.gov.pujiang.decision.participation;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Events;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureRules;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ChooseParticipationMethods (确定公众参与方式), Decree
 * 713 Arts. 14-16. Reads openCommentChosen, hearingChosen, otherMethodsChosen, otherMethodsDescription,
 * hearingPlanned, groupConsultationRequired, groupConsultationNote, commentPeriodDays and
 * shortenReason; refuses a choice without any method, without the planned hearing, with an
 * unexplained shortened comment period or without the arrangements the law requires. Writes the
 * three method flags as booleans, commentPeriodDays as a whole number (the timer reads it) and
 * hearingHeld (routing, output to major-decision); records the choice in the trail.
 */
@Component("participationMethodsCheck")
public class ParticipationMethodsCheck extends CompletionCheck {

  private final ProcedureRules rules;
  private final StageRecords records;

  public ParticipationMethodsCheck(ProcedureRules rules, StageRecords records) {
    this.rules = rules;
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    boolean openComment = flag(execution, Vars.OPEN_COMMENT_CHOSEN);
    boolean hearingPlanned = flag(execution, Vars.HEARING_PLANNED);
    boolean hearing = flag(execution, Vars.HEARING_CHOSEN);
    boolean otherMethods = flag(execution, Vars.OTHER_METHODS_CHOSEN);
    if (!openComment && !hearing && !otherMethods) {
      throw new ProcedureViolation("请至少选择一种公众参与方式（第十四条）");
    }
    if (hearingPlanned && !hearing) {
      throw new ProcedureViolation("本事项已确定举行听证，公众参与方式必须包括听证会（第十六条）");
    }
    if (otherMethods && blank(execution, Vars.OTHER_METHODS_DESCRIPTION)) {
      throw new ProcedureViolation("请说明座谈会、实地走访、书面征求意见、问卷调查、民意调查等其他方式的具体安排（第十四条）");
    }
    if (flag(execution, Vars.GROUP_CONSULTATION_REQUIRED) && blank(execution, Vars.GROUP_CONSULTATION_NOTE)) {
      throw new ProcedureViolation("决策事项涉及特定群体利益，请填写与相关人民团体、社会组织以及群众代表沟通协商的安排（第十四条第三款）");
    }
    Long days = openComment ? commentPeriodDays(execution) : null;

    execution.setVariable(Vars.OPEN_COMMENT_CHOSEN, openComment);
    execution.setVariable(Vars.HEARING_CHOSEN, hearing);
    execution.setVariable(Vars.OTHER_METHODS_CHOSEN, otherMethods);
    execution.setVariable(Vars.HEARING_HELD, hearingPlanned || hearing);
    if (days != null) {
      execution.setVariable(Vars.COMMENT_PERIOD_DAYS, days);
    }
    records.record(
        execution,
        PublicParticipationProcess.STAGE,
        Events.METHODS_CHOSEN,
        "确定公众参与方式：" + describe(execution, openComment, days, hearing, otherMethods));
  }

  private Long commentPeriodDays(DelegateExecution execution) {
    Long days = number(execution, Vars.COMMENT_PERIOD_DAYS);
    if (days == null || days < 1) {
      throw new ProcedureViolation("请填写征求意见期限（日）");
    }
    int minimum = rules.getMinCommentPeriodDays();
    if (days < minimum && blank(execution, Vars.SHORTEN_REASON)) {
      throw new ProcedureViolation(
          "征求意见期限一般不少于" + minimum + "日；因情况紧急等原因缩短期限的，应当说明理由（第十五条）");
    }
    return days;
  }

  private String describe(
      DelegateExecution execution, boolean openComment, Long days, boolean hearing, boolean otherMethods) {
    List<String> parts = new ArrayList<>();
    if (openComment) {
      String period = "向社会公开征求意见，期限" + days + "日";
      if (days < rules.getMinCommentPeriodDays()) {
        period += "（缩短期限理由：" + text(execution, Vars.SHORTEN_REASON) + "）";
      }
      parts.add(period);
    }
    if (hearing) {
      parts.add("听证会");
    }
    if (otherMethods) {
      parts.add("其他方式：" + text(execution, Vars.OTHER_METHODS_DESCRIPTION));
    }
    if (!blank(execution, Vars.GROUP_CONSULTATION_NOTE)) {
      parts.add("与人民团体、社会组织和群众代表沟通协商：" + text(execution, Vars.GROUP_CONSULTATION_NOTE));
    }
    return String.join("；", parts);
  }
}
