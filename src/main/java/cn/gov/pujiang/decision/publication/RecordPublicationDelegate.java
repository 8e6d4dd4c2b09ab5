package cn.gov.pujiang.decision.publication;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Channel;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Events;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.InterpretationMethod;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Vars;
import cn.gov.pujiang.decision.publication.PublicationRecords.ChannelEntry;
import cn.gov.pujiang.decision.record.StageRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordPublication (记录决策公布情况) in decision-publication. Reads documentNumber, publishedBy, the
 * channel fields checked by {@link PublicationCheck} and, when the decision was interpreted,
 * interpretationSummary and interpretationMethod. Stores one md_publication_channel row per channel
 * and writes the PUBLISHED trail entry and, after an interpretation, the INTERPRETED entry. Sets no
 * variables.
 */
@Component("recordPublicationDelegate")
public class RecordPublicationDelegate implements JavaDelegate {

  private final StageRecords records;
  private final PublicationRecords publications;

  public RecordPublicationDelegate(StageRecords records, PublicationRecords publications) {
    this.records = records;
    this.publications = publications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ChannelEntry> entries = new ArrayList<>();
    StringJoiner where = new StringJoiner("；");
    for (Channel channel : Channel.values()) {
      if (flag(execution, channel.publishedVariable())) {
        ChannelEntry entry = new ChannelEntry(channel,
            date(execution, channel.publishedOnVariable(), channel.label() + "公布日期"),
            text(execution, channel.referenceVariable()));
        entries.add(entry);
        where.add(entry.publishedOn() + "通过" + channel.label() + "（" + entry.reference() + "）");
      }
    }
    String documentNumber = text(execution, Vars.DOCUMENT_NUMBER);
    publications.record(execution.getProcessBusinessKey(), documentNumber, entries,
        text(execution, Vars.PUBLISHED_BY), execution.getProcessInstanceId());
    records.record(
        execution,
        DecisionPublicationProcess.STAGE,
        Events.PUBLISHED,
        "决策已公布，文号：" + documentNumber + "。" + where);
    if (!blank(execution, Vars.INTERPRETATION_SUMMARY)) {
      InterpretationMethod method = InterpretationMethod.valueOf(text(execution, Vars.INTERPRETATION_METHOD));
      records.record(
          execution,
          DecisionPublicationProcess.STAGE,
          Events.INTERPRETED,
          "以" + method.label() + "方式解读决策。意见采纳情况：" + text(execution, Vars.INTERPRETATION_SUMMARY));
    }
  }
}
