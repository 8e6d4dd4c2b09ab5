package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.flag;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.process.Actors;
import cn.gov.pujiang.decision.process.CompletionCheck;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ConfirmProcedures (确认履行的法定程序). For every plannable procedure
 * reads {@code <procedure>Required}, {@code <procedure>Planned} and {@code
 * <procedure>ExemptionReason}: a required procedure may be left out only with a written reason
 * (特别说明), and a hearing is a form of public participation, so it cannot be planned without it.
 * Writes {@code proceduresConfirmedBy}: the asynchronous plan recording after this task runs in the
 * job executor, without the clerk's login, and must still name who decided.
 */
@Component("confirmProceduresListener")
public class ConfirmProceduresListener extends CompletionCheck {

  private final Actors actors;

  public ConfirmProceduresListener(Actors actors) {
    this.actors = actors;
  }

  @Override
  protected void check(DelegateExecution execution) {
    for (Procedure procedure : Procedure.values()) {
      if (!procedure.plannable()) {
        continue;
      }
      boolean required = flag(execution, procedure.requiredVariable());
      boolean planned = flag(execution, procedure.plannedVariable());
      if (required && !planned && blank(execution, procedure.exemptionVariable())) {
        throw new ProcedureViolation(
            "依规定应当履行“" + procedure.label() + "”程序；确需不履行的，必须填写特别说明，供审查和审计查阅");
      }
    }
    if (flag(execution, Procedure.HEARING.plannedVariable())
        && !flag(execution, Procedure.PUBLIC_PARTICIPATION.plannedVariable())) {
      throw new ProcedureViolation("听证会是公众参与的一种方式，举行听证须同时履行公众参与程序");
    }
    execution.setVariable(Vars.PROCEDURES_CONFIRMED_BY, actors.current());
  }
}
