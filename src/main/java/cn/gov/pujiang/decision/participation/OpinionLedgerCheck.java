package cn.gov.pujiang.decision.participation;

import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_CollectPublicComments (汇总公众意见) and Task_ConsolidateOpinions
 * (研究采纳公众意见), Decree 713 Art. 18: every opinion of the ledger must be answered (or dismissed as
 * 不予处理) first. Being an engine listener, it holds for Tasklist, /engine-rest and the application's API
 * alike. Reads the business key (decision number); writes nothing.
 */
@Component("opinionLedgerCheck")
public class OpinionLedgerCheck extends CompletionCheck {

  private final Consultations consultations;

  public OpinionLedgerCheck(Consultations consultations) {
    this.consultations = consultations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    long open = consultations.unanswered(execution.getProcessBusinessKey());
    if (open > 0) {
      throw new ProcedureViolation("意见台账中还有" + open + "条意见未处理，请逐条作出采纳、部分采纳、不予采纳、"
          + "不属于本决策事项或不予处理的结论后再完成本任务（第十八条）");
    }
  }
}
