package cn.gov.pujiang.decision.participation;

import static cn.gov.pujiang.decision.engine.Variables.flag;

import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.engine.ProcedureRules;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of Task_ChooseParticipationMethods (确定公众参与方式). Pre-fills the form: reads
 * hearingPlanned and sets hearingChosen when a hearing was planned, and sets commentPeriodDays to the
 * configured minimum (decision.rules.min-comment-period-days) unless a value is already present, so
 * that the form carries no hard-coded period.
 */
@Component("participationDefaultsListener")
public class ParticipationDefaultsListener implements TaskListener {

  private final ProcedureRules rules;

  public ParticipationDefaultsListener(ProcedureRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    if (flag(task, Vars.HEARING_PLANNED)) {
      task.setVariable(Vars.HEARING_CHOSEN, true);
    }
    if (task.getVariable(Vars.COMMENT_PERIOD_DAYS) == null) {
      task.setVariable(Vars.COMMENT_PERIOD_DAYS, (long) rules.getMinCommentPeriodDays());
    }
  }
}
