package cn.gov.pujiang.decision.review;

import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordReviewOverdue (记录审查超期) of legality-review, reached from the non-interrupting timer
 * BoundaryEvent_ReviewOverdue. Reads the business key only; writes the trail entry REVIEW_OVERDUE.
 */
@Component("recordReviewOverdueDelegate")
public class RecordReviewOverdueDelegate implements JavaDelegate {

  static final String EVENT = "REVIEW_OVERDUE";

  private final StageRecords records;

  public RecordReviewOverdueDelegate(StageRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.record(execution, DecisionStatus.LEGALITY_REVIEW.name(), EVENT, "送审时预留的审查时间（不少于7个工作日，第二十六条）已过，尚未出具审查意见");
  }
}
