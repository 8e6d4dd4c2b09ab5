package cn.gov.pujiang.decision.participation;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.flag;

import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ConsolidateOpinions (研究采纳公众意见), Decree 713 Art. 18. Reads
 * publicOpinionAdoptionReport, which the collective discussion needs (Art. 29(2)), and refuses to
 * go on without it; writes draftRevisedAfterParticipation as a boolean.
 */
@Component("opinionAdoptionCheck")
public class OpinionAdoptionCheck extends CompletionCheck {

  @Override
  protected void check(DelegateExecution execution) {
    if (blank(execution, Vars.PUBLIC_OPINION_ADOPTION_REPORT)) {
      throw new ProcedureViolation("请填写公众主要意见及采纳情况，该情况须提交集体讨论（第十八条、第二十九条）");
    }
    boolean revised = flag(execution, Vars.DRAFT_REVISED_AFTER_PARTICIPATION);
    execution.setVariable(Vars.DRAFT_REVISED_AFTER_PARTICIPATION, revised);
  }
}
