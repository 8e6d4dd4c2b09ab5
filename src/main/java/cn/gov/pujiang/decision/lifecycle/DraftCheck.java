package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.blank;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_DraftDecision (拟定决策草案), Decree 713 Arts. 12-13. Reads
 * draftSummary, draftExplanation, legalBasis, coUnitNames and interUnitConsultation; refuses a draft
 * without explanation or legal basis, and one that names co-units without recording their
 * consultation. Adds the drafting user to draftedBy (the reviewer's separation of duties).
 */
@Component("draftCheck")
public class DraftCheck extends CompletionCheck {

  private final DraftAuthors authors;
  private final StageRecords records;

  public DraftCheck(DraftAuthors authors, StageRecords records) {
    this.authors = authors;
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (blank(execution, Vars.DRAFT_SUMMARY) || blank(execution, Vars.DRAFT_EXPLANATION)) {
      throw new ProcedureViolation("请填写决策草案及起草说明（第十二条）");
    }
    if (blank(execution, Vars.LEGAL_BASIS)) {
      throw new ProcedureViolation("请列明决策的法律、法规、规章和政策依据（第十二条）");
    }
    if (!blank(execution, Vars.CO_UNIT_NAMES) && blank(execution, Vars.INTER_UNIT_CONSULTATION)) {
      throw new ProcedureViolation("决策事项涉及其他单位职责的，应当与其充分协商，请填写协商情况及分歧意见（第十三条）");
    }
    authors.add(execution);
    records.record(execution, "DRAFTING", "DRAFT_COMPLETED", "完成决策草案拟定");
  }
}
