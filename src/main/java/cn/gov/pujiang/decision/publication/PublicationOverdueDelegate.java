package cn.gov.pujiang.decision.publication;

import cn.gov.pujiang.decision.engine.ProcedureRules;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Events;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordPublicationOverdue (记录公布逾期) in decision-publication, reached through
 * BoundaryEvent_PublicationOverdue when Task_PublishDecision is still open after the disclosure
 * period (GIS Regulation Art. 26). Reads no variables; writes the PUBLICATION_OVERDUE trail entry.
 */
@Component("publicationOverdueDelegate")
public class PublicationOverdueDelegate implements JavaDelegate {

  private final StageRecords records;
  private final ProcedureRules rules;

  public PublicationOverdueDelegate(StageRecords records, ProcedureRules rules) {
    this.records = records;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.record(
        execution,
        DecisionPublicationProcess.STAGE,
        Events.PUBLICATION_OVERDUE,
        "决策形成后已满" + rules.getPublicationWorkingDays() + "个工作日仍未公布，超过《政府信息公开条例》第二十六条规定的公开期限");
  }
}
