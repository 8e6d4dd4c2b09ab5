package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Values;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ApproveCatalogue (审议决策事项目录) in decision-catalogue.
 * Reads approvalDecision (APPROVE | RETURN), approvalMeetingDate, approvalOpinion and approvalBody:
 * the leadership records what the approving meeting (county: executive meeting; town: its joint
 * Party-government meeting; configurable in decision.catalogue) decided and when. A returned
 * catalogue goes back to compilation.
 */
@Component("catalogueApprovalCheck")
public class CatalogueApprovalCheck extends CompletionCheck {

  private final Catalogues catalogues;
  private final EngineClock clock;

  public CatalogueApprovalCheck(Catalogues catalogues, EngineClock clock) {
    this.catalogues = catalogues;
    this.clock = clock;
  }

  @Override
  protected void check(DelegateExecution execution) {
    String decision = text(execution, Vars.APPROVAL_DECISION);
    if (!Values.APPROVE.equals(decision) && !Values.RETURN.equals(decision)) {
      throw new ProcedureViolation("请选择审议结果：审议通过或退回修改");
    }
    LocalDate meeting = date(execution, Vars.MEETING_DATE, "会议日期");
    if (meeting == null) {
      throw new ProcedureViolation("请填写审议目录的会议日期");
    }
    if (meeting.isAfter(clock.now().toLocalDate())) {
      throw new ProcedureViolation("会议日期不能晚于今天：请在会议审议后再记录结果");
    }
    if (blank(execution, Vars.APPROVAL_OPINION)) {
      throw new ProcedureViolation("请填写会议审议意见");
    }
    String note = text(execution, Vars.APPROVAL_BODY) + "（" + meeting + "）" + (Values.APPROVE.equals(decision) ? "审议通过" : "退回修改")
        + "：" + text(execution, Vars.APPROVAL_OPINION);
    catalogues.recordApproval(number(execution, Vars.CATALOGUE_ID), Values.APPROVE.equals(decision), note);
  }
}
