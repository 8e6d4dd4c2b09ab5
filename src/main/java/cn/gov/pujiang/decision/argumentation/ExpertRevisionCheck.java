package cn.gov.pujiang.decision.argumentation;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Events;
import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ReviseDraftAfterExperts (根据专家意见修改草案). Reads
 * expertRevisionSummary; refuses a revision that does not say what changed, and records it.
 */
@Component("expertRevisionCheck")
public class ExpertRevisionCheck extends CompletionCheck {

  private final StageRecords records;

  public ExpertRevisionCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (blank(execution, Vars.EXPERT_REVISION_SUMMARY)) {
      throw new ProcedureViolation("请说明根据专家意见对决策草案所作的修改");
    }
    records.record(
        execution,
        ExpertArgumentationProcess.STAGE,
        Events.DRAFT_REVISED,
        "根据专家意见修改决策草案：" + text(execution, Vars.EXPERT_REVISION_SUMMARY));
  }
}
