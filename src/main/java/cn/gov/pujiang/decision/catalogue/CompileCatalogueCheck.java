package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.number;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_CompileCatalogue (编制目录草案) in decision-catalogue. Reads
 * catalogueId, compilationNote and itemsConfirmed: the catalogue goes to the approving meeting only
 * with at least one item, an explanation of how it was compiled and the office's confirmation that
 * every item states its organising unit, basis and procedures. Marks the catalogue as under approval
 * and writes catalogueSummary, the item list the approval forms show.
 */
@Component("compileCatalogueCheck")
public class CompileCatalogueCheck extends CompletionCheck {

  private final Catalogues catalogues;

  public CompileCatalogueCheck(Catalogues catalogues) {
    this.catalogues = catalogues;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (blank(execution, Vars.COMPILATION_NOTE)) {
      throw new ProcedureViolation("请填写编制说明（事项征集、筛选和征求意见情况）");
    }
    if (!flag(execution, Vars.ITEMS_CONFIRMED)) {
      throw new ProcedureViolation("请确认每个事项均已列明承办单位、法律政策依据、履行程序要求和计划完成时间");
    }
    long catalogueId = number(execution, Vars.CATALOGUE_ID);
    catalogues.markSubmitted(catalogueId);
    execution.setVariable(Vars.CATALOGUE_SUMMARY, catalogues.summary(catalogueId));
  }
}
