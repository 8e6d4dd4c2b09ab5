package cn.gov.pujiang.decision.publication;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Events;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_RecordNonDisclosure (记录不予公开依据) in decision-publication. Reads
 * nonDisclosureBasis: a decision may stay unpublished only on a stated legal basis (Decree 713
 * Art. 32). Writes the NOT_PUBLISHED trail entry.
 */
@Component("nonDisclosureCheck")
public class NonDisclosureCheck extends CompletionCheck {

  private final StageRecords records;

  public NonDisclosureCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    if (blank(task, Vars.NON_DISCLOSURE_BASIS)) {
      throw new ProcedureViolation("不予公布决策的，应当写明不予公开的法律依据（《重大行政决策程序暂行条例》第三十二条）");
    }
    records.record(
        task,
        DecisionPublicationProcess.STAGE,
        Events.NOT_PUBLISHED,
        "决策依法不予公开，不予公布。依据：" + text(task, Vars.NON_DISCLOSURE_BASIS));
  }
}
