package cn.gov.pujiang.decision.archive;

import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Events;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseDecision (办结归档) in decision-archiving, asynchronous. Reads archiveScope,
 * archiveRetention (not for a supplement) and archiveConfirmedBy; closes the archive list through
 * {@link ArchiveRecords#close}, which assigns the DA/T 22 number, writes archiveNo back for the
 * record and writes the ARCHIVED (or ARCHIVE_SUPPLEMENT_ARCHIVED) trail entry.
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
    ArchiveScope scope = ArchiveScope.of(text(execution, Vars.ARCHIVE_SCOPE));
    String retentionCode = text(execution, Vars.ARCHIVE_RETENTION);
    ArchiveRetention retention = retentionCode == null ? null : ArchiveRetention.valueOf(retentionCode);
    String confirmedBy = text(execution, Vars.ARCHIVE_CONFIRMED_BY);
    ArchiveRecord record = archives.close(execution.getProcessBusinessKey(), scope, retention, confirmedBy);
    execution.setVariable(Vars.ARCHIVE_NO, record.getArchiveNo());
    if (scope == ArchiveScope.SUPPLEMENT) {
      records.record(
          execution,
          DecisionArchivingProcess.STAGE,
          Events.SUPPLEMENT_ARCHIVED,
          "执行、后评估和调整记录已补充归入档号" + record.getArchiveNo() + "案卷，决策结果：" + record.getOutcome().label()
              + "，确认人：" + confirmedBy);
      return;
    }
    records.record(
        execution,
        DecisionArchivingProcess.STAGE,
        Events.ARCHIVED,
        (scope == ArchiveScope.DECISION_MAKING ? "决策公布，决策过程记录（启动至公布）已归档" : "决策（" + record.getOutcome().label() + "）已归档")
            + "，档号：" + record.getArchiveNo() + "，保管期限：" + record.getRetention().label() + "，确认人：" + confirmedBy
            + "，归档清单共" + record.getEntryCount() + "条记录");
  }
}
