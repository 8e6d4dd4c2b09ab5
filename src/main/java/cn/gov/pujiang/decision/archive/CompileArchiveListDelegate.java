package cn.gov.pujiang.decision.archive;

import cn.gov.pujiang.decision.refusal.Quote;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.archive.ArchiveRecords.ArchiveList;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Vars;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CompileArchiveList (生成归档清单) in decision-archiving, asynchronous and safe to re-run.
 * Reads the business key, decisionOutcome and archiveScope ({@link ArchiveScope}, FULL when absent);
 * creates or refreshes the archive record or, for a supplement, the supplement row; writes
 * archiveList, archiveEntryCount and the scope actually archived (archiveScope) for the office's check
 * in Task_ConfirmArchive.
 */
@Component("compileArchiveListDelegate")
public class CompileArchiveListDelegate implements JavaDelegate {

  private final ArchiveRecords archives;

  public CompileArchiveListDelegate(ArchiveRecords archives) {
    this.archives = archives;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = text(execution, Vars.DECISION_OUTCOME);
    DecisionOutcome outcome =
        Arrays.stream(DecisionOutcome.values())
            .filter(o -> o.name().equals(code))
            .findFirst()
            .orElseThrow(() -> new ProcedureViolation("决策结果无效，无法归档：" + Quote.of(code)));
    String key = execution.getProcessBusinessKey();
    ArchiveScope scope = archives.effectiveScope(key, ArchiveScope.of(text(execution, Vars.ARCHIVE_SCOPE)));
    ArchiveList list = archives.compile(key, outcome, scope);
    execution.setVariable(Vars.ARCHIVE_SCOPE, scope.name());
    execution.setVariable(Vars.ARCHIVE_LIST, list.text());
    execution.setVariable(Vars.ARCHIVE_ENTRY_COUNT, list.entryCount());
  }
}
