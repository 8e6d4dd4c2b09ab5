package cn.gov.pujiang.decision.publication;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.date;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Channel;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Events;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.InterpretationMethod;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Variables;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordPublication (记录决策公布情况) in decision-publication. Reads documentNumber,
 * publishedOn, publicationChannel, publicationUrl and, when the decision was interpreted,
 * interpretationSummary and interpretationMethod. Writes the PUBLISHED trail entry and, after an
 * interpretation, the INTERPRETED entry. Sets no variables.
 */
@Component("recordPublicationDelegate")
public class RecordPublicationDelegate implements JavaDelegate {

  private final StageRecords records;

  public RecordPublicationDelegate(StageRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Channel channel = Channel.valueOf(text(execution, Variables.PUBLICATION_CHANNEL));
    String where = channel.online() ? channel.label() + "（" + text(execution, Variables.PUBLICATION_URL) + "）" : channel.label();
    records.record(
        execution,
        DecisionPublicationProcess.STAGE,
        Events.PUBLISHED,
        "决策已于" + date(execution, Variables.PUBLISHED_ON, "公布日期") + "通过" + where + "公布，文号："
            + text(execution, Variables.DOCUMENT_NUMBER));
    if (!blank(execution, Variables.INTERPRETATION_SUMMARY)) {
      InterpretationMethod method = InterpretationMethod.valueOf(text(execution, Variables.INTERPRETATION_METHOD));
      records.record(
          execution,
          DecisionPublicationProcess.STAGE,
          Events.INTERPRETED,
          "以" + method.label() + "方式解读决策。意见采纳情况：" + text(execution, Variables.INTERPRETATION_SUMMARY));
    }
  }
}
