package cn.gov.pujiang.decision.archive;

import cn.gov.pujiang.decision.engine.CommonVariables;
import java.util.List;

/** Ids, variable names and choice values of processes/decision-archiving.bpmn (决策归档). */
public final class DecisionArchivingProcess {

  public static final String KEY = "decision-archiving";
  /** Stage code of this process's trail entries. */
  public static final String STAGE = "ARCHIVING";

  private DecisionArchivingProcess() {}

  /**
   * What major-decision maps into this process (the {@code <camunda:in>} mappings of
   * CallActivity_Archiving, CallActivity_ArchiveDecisionRecords and CallActivity_ArchiveSupplement),
   * and nothing else: {@link CommonVariables#EVERY_STAGE}; decisionOutcome (compileArchiveListDelegate,
   * the confirmation form); archiveScope ({@link ArchiveScope}: compileArchiveListDelegate).
   * ModelConventionsTest fails when the model's mappings differ from this list or miss a variable
   * that the model's expressions, tables or forms read; docs/processes.md has the same table.
   */
  public static final List<String> INPUTS = CommonVariables.everyStageAnd(Vars.DECISION_OUTCOME, Vars.ARCHIVE_SCOPE);

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ArchivingStarted";
    public static final String GATEWAY_COMPILE = "Gateway_Compile";
    public static final String TASK_COMPILE_ARCHIVE_LIST = "Task_CompileArchiveList";
    public static final String TASK_CONFIRM_ARCHIVE = "Task_ConfirmArchive";
    public static final String GATEWAY_ARCHIVE_COMPLETE = "Gateway_ArchiveComplete";
    public static final String TASK_SUPPLEMENT_ARCHIVE = "Task_SupplementArchive";
    public static final String TASK_CLOSE_DECISION = "Task_CloseDecision";
    public static final String END_ARCHIVED = "EndEvent_Archived";

    private Elements() {}
  }

  /** Process variable names. */
  public static final class Vars {
    /** Input from major-decision: a {@link cn.gov.pujiang.decision.register.DecisionOutcome} code. */
    public static final String DECISION_OUTCOME = "decisionOutcome";
    /** Input from major-decision: an {@link ArchiveScope} code; the compile step writes the scope archived. */
    public static final String ARCHIVE_SCOPE = "archiveScope";
    /** Written by the compile step for the office's check: numbered trail entries, shortened if long. */
    public static final String ARCHIVE_LIST = "archiveList";
    public static final String ARCHIVE_ENTRY_COUNT = "archiveEntryCount";
    public static final String ARCHIVE_COMPLETE = "archiveComplete";
    public static final String ARCHIVE_NO = "archiveNo";
    public static final String ARCHIVE_RETENTION = "archiveRetention";
    public static final String MISSING_MATERIALS = "missingMaterials";
    /** User who confirmed the archive; the close step runs as a job and has no user of its own. */
    public static final String ARCHIVE_CONFIRMED_BY = "archiveConfirmedBy";
    public static final String SUPPLEMENT_NOTE = "supplementNote";

    private Vars() {}
  }

  /** Trail events written by this process. */
  public static final class Events {
    public static final String ARCHIVE_RETURNED = "ARCHIVE_RETURNED";
    public static final String ARCHIVE_SUPPLEMENTED = "ARCHIVE_SUPPLEMENTED";
    public static final String ARCHIVED = "ARCHIVED";
    public static final String SUPPLEMENT_ARCHIVED = "ARCHIVE_SUPPLEMENT_ARCHIVED";

    private Events() {}
  }

  /** The office's finding on the archive list. */
  public enum Completeness {
    COMPLETE,
    INCOMPLETE
  }
}
