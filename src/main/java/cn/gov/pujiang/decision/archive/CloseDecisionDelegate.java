package cn.gov.pujiang.decision.archive;

import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Events;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Variables;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseDecision (办结归档) in decision-archiving, asynchronous. Reads archiveNo,
 * archiveRetention and archiveConfirmedBy; closes the archive record (ARCHIVED), concludes the
 * decision with the archived outcome, moves it to ARCHIVED and writes the ARCHIVED trail entry.
 */
@Component("closeDecisionDelegate")
public class CloseDecisionDelegate implements JavaDelegate {

  private final ArchiveRecords archives;
  private final StageRecords records;

  public CloseDecisionDelegate(ArchiveRecords archives, StageRecords records) {
    this.archives = archives;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArchiveRetention retention = ArchiveRetention.valueOf(text(execution, Variables.ARCHIVE_RETENTION));
    String confirmedBy = text(execution, Variables.ARCHIVE_CONFIRMED_BY);
    ArchiveRecord record =
        archives.close(execution.getProcessBusinessKey(), text(execution, Variables.ARCHIVE_NO), retention, confirmedBy);
    records.record(
        execution,
        DecisionArchivingProcess.STAGE,
        Events.ARCHIVED,
        "决策（" + record.getOutcome().label() + "）已归档，档号：" + record.getArchiveNo() + "，保管期限："
            + retention.label() + "，确认人：" + confirmedBy + "，归档清单共" + record.getEntryCount() + "条记录");
  }
}
