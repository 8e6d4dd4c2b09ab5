package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Values;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ReviseDraft (修改补充决策草案). Reads revisionDecision, revisionSummary
 * and withdrawalReason: a resubmission or re-consultation states what changed, a withdrawal states
 * why. Writes a trail entry (退回后的处理); the reviser joins draftedBy.
 */
@Component("revisionCheck")
public class RevisionCheck extends CompletionCheck {

  private final StageRecords records;
  private final DraftAuthors authors;

  public RevisionCheck(StageRecords records, DraftAuthors authors) {
    this.records = records;
    this.authors = authors;
  }

  @Override
  protected void check(DelegateExecution execution) {
    String decision = text(execution, Vars.REVISION_DECISION);
    if (Values.WITHDRAW.equals(decision)) {
      if (blank(execution, Vars.WITHDRAWAL_REASON)) {
        throw new ProcedureViolation("撤回决策事项应当说明理由");
      }
      records.record(execution, "DRAFTING", "DECISION_WITHDRAWN", "撤回决策事项：" + text(execution, Vars.WITHDRAWAL_REASON));
    } else if (Values.RESUBMIT.equals(decision) || Values.RECONSULT.equals(decision)) {
      if (blank(execution, Vars.REVISION_SUMMARY)) {
        throw new ProcedureViolation("请说明根据审查意见或会议意见修改补充的内容");
      }
      authors.add(execution);
      records.record(execution, "DRAFTING", "DRAFT_REVISED", "修改补充草案：" + text(execution, Vars.REVISION_SUMMARY));
    } else {
      throw new ProcedureViolation("请选择修改后重新送审、重新履行公众参与等程序，或撤回");
    }
  }
}
