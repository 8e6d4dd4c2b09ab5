package cn.gov.pujiang.decision.archive;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Events;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Vars;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_SupplementArchive (补充归档材料) in decision-archiving. Reads
 * supplementNote (required) and writes the ARCHIVE_SUPPLEMENTED trail entry; removes
 * archiveComplete so that the office decides afresh on the re-compiled list instead of finding
 * its earlier "incomplete" pre-selected.
 */
@Component("supplementArchiveCheck")
public class SupplementArchiveCheck extends CompletionCheck {

  private final StageRecords records;

  public SupplementArchiveCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    if (blank(task, Vars.SUPPLEMENT_NOTE)) {
      throw new ProcedureViolation("请说明补充了哪些归档材料");
    }
    records.record(
        task,
        DecisionArchivingProcess.STAGE,
        Events.ARCHIVE_SUPPLEMENTED,
        "已补充归档材料：" + text(task, Vars.SUPPLEMENT_NOTE));
    task.removeVariable(Vars.ARCHIVE_COMPLETE);
  }
}
