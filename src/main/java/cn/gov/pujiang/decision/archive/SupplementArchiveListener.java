package cn.gov.pujiang.decision.archive;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Events;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Variables;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_SupplementArchive (补充归档材料) in decision-archiving. Reads
 * supplementNote (required) and writes the ARCHIVE_SUPPLEMENTED trail entry; removes
 * archiveComplete so that the office decides afresh on the re-compiled list instead of finding
 * its earlier "incomplete" pre-selected.
 */
@Component("supplementArchiveListener")
public class SupplementArchiveListener implements TaskListener {

  private final StageRecords records;

  public SupplementArchiveListener(StageRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    if (blank(task, Variables.SUPPLEMENT_NOTE)) {
      throw new ProcedureViolation("请说明补充了哪些归档材料");
    }
    records.record(
        task.getExecution(),
        DecisionArchivingProcess.STAGE,
        Events.ARCHIVE_SUPPLEMENTED,
        "已补充归档材料：" + text(task, Variables.SUPPLEMENT_NOTE));
    task.getExecution().removeVariable(Variables.ARCHIVE_COMPLETE);
  }
}
