package cn.gov.pujiang.decision.argumentation;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Events;
import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_RecordExpertOpinions (提交专家论证意见), Decree 713 Arts. 19, 29(3).
 * Reads expertOpinionsSigned, expertOpinionSummary, expertAdoptionReport and draftRevisionNeeded;
 * refuses opinions that are not signed or stamped and a missing summary or adoption report. Writes
 * draftRevisionNeeded as a boolean (Gateway_DraftNeedsRevision routes on it); records the opinions.
 */
@Component("expertOpinionsCheck")
public class ExpertOpinionsCheck extends CompletionCheck {

  private final StageRecords records;

  public ExpertOpinionsCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (!flag(execution, Vars.EXPERT_OPINIONS_SIGNED)) {
      throw new ProcedureViolation("专家、专业机构的书面论证意见应当署名、盖章（第十九条）");
    }
    if (blank(execution, Vars.EXPERT_OPINION_SUMMARY)) {
      throw new ProcedureViolation("请填写专家论证意见摘要");
    }
    if (blank(execution, Vars.EXPERT_ADOPTION_REPORT)) {
      throw new ProcedureViolation("请填写专家论证意见采纳情况，该情况须提交集体讨论（第二十九条）");
    }
    boolean revisionNeeded = flag(execution, Vars.DRAFT_REVISION_NEEDED);
    execution.setVariable(Vars.DRAFT_REVISION_NEEDED, revisionNeeded);
    records.record(
        execution,
        ExpertArgumentationProcess.STAGE,
        Events.EXPERT_OPINIONS_SUBMITTED,
        "专家论证意见（已署名或盖章）：" + text(execution, Vars.EXPERT_OPINION_SUMMARY)
            + "；采纳情况：" + text(execution, Vars.EXPERT_ADOPTION_REPORT));
  }
}
