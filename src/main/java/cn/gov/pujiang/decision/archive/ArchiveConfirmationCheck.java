package cn.gov.pujiang.decision.archive;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Completeness;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Events;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Vars;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.Choices;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ConfirmArchive (核对并确认归档) in decision-archiving. Reads
 * archiveComplete (routing of Gateway_ArchiveComplete); when COMPLETE, archiveRetention is required
 * (except for a supplement, which keeps its file's) and the confirming user is written to
 * archiveConfirmedBy for Task_CloseDecision; an archiveNo typed in is refused, the number is
 * assigned per DA/T 22 when the archive is closed (ADR 0025); when INCOMPLETE, missingMaterials is required and goes into the
 * ARCHIVE_RETURNED trail entry (Decree 713 Art. 33: archive promptly and completely).
 */
@Component("archiveConfirmationCheck")
public class ArchiveConfirmationCheck extends CompletionCheck {

  private final StageRecords records;
  private final Actors actors;

  public ArchiveConfirmationCheck(StageRecords records, Actors actors) {
    this.records = records;
    this.actors = actors;
  }

  @Override
  protected void check(DelegateExecution task) {
    Completeness completeness =
        Choices.required(task, Vars.ARCHIVE_COMPLETE, Completeness.class, "请选择材料是否齐全：确认归档或退回补充");
    if (completeness == Completeness.INCOMPLETE) {
      if (blank(task, Vars.MISSING_MATERIALS)) {
        throw new ProcedureViolation("退回补充的，请写明缺少的材料");
      }
      records.record(
          task,
          DecisionArchivingProcess.STAGE,
          Events.ARCHIVE_RETURNED,
          "归档材料不全，退回补充：" + text(task, Vars.MISSING_MATERIALS));
      return;
    }
    if (!blank(task, Vars.ARCHIVE_NO)) {
      throw new ProcedureViolation("档号由系统按《归档文件整理规则》（DA/T 22）自动编制，不能手工填写");
    }
    if (ArchiveScope.of(text(task, Vars.ARCHIVE_SCOPE)) != ArchiveScope.SUPPLEMENT) {
      Choices.required(task, Vars.ARCHIVE_RETENTION, ArchiveRetention.class, "确认归档的，请选择保管期限：永久、30年或10年");
    }
    task.setVariable(Vars.ARCHIVE_CONFIRMED_BY, actors.current());
  }
}
