package cn.gov.pujiang.decision.archive;

import cn.gov.pujiang.decision.dossier.Dossier;
import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.process.EngineClock;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.register.DecisionStatus;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles and closes a decision's archive record, and tells other features whether a decision
 * has been archived. Compiling is idempotent: there is one record per decision, updated in place.
 */
@Service
public class ArchiveRecords {

  /** Camunda keeps a string variable in a 4000-character column; the full list stays in the trail. */
  static final int MAX_LIST_LENGTH = 3800;

  private static final DateTimeFormatter ENTRY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ArchiveRecordRepository archives;
  private final StageRecords trail;
  private final DecisionRegister register;
  private final EngineClock clock;
  private final Dossier dossier;
  private final ArchiveSeal seal;

  public ArchiveRecords(
      ArchiveRecordRepository archives,
      StageRecords trail,
      DecisionRegister register,
      EngineClock clock,
      Dossier dossier,
      ArchiveSeal seal) {
    this.archives = archives;
    this.trail = trail;
    this.register = register;
    this.clock = clock;
    this.dossier = dossier;
    this.seal = seal;
  }

  /** The decision's archive record, if one has been compiled. */
  @Transactional(readOnly = true)
  public Optional<ArchiveRecord> find(String decisionNo) {
    return archives.findByDecisionId(register.get(decisionNo).getId());
  }

  /** The archive list compiled from the decision's trail, as the office reads it. */
  public record ArchiveList(int entryCount, String text) {}

  /**
   * Creates or refreshes the decision's archive record (status COMPILED) from its trail and moves
   * the decision to ARCHIVING.
   */
  @Transactional
  public ArchiveList compile(String decisionNo, DecisionOutcome outcome) {
    Decision decision = register.get(decisionNo);
    List<StageRecord> entries = trail.trail(decisionNo);
    ArchiveRecord record =
        archives.findByDecisionId(decision.getId()).orElseGet(() -> new ArchiveRecord(decision.getId()));
    record.compiled(outcome, entries.size(), clock.now());
    archives.save(record);
    register.moveTo(decisionNo, DecisionStatus.ARCHIVING);
    String documents = documentListing(dossier.documents(decisionNo));
    return new ArchiveList(entries.size(), documents + listing(entries, MAX_LIST_LENGTH - documents.length()));
  }

  /**
   * Closes the archive (status ARCHIVED), seals it as the next link of the unit's hash chain
   * ({@link ArchiveSeal}), concludes the decision with its outcome and moves it to ARCHIVED.
   *
   * @throws IllegalStateException when no archive list has been compiled
   */
  @Transactional
  public ArchiveRecord close(String decisionNo, String archiveNo, ArchiveRetention retention, String archivedBy) {
    Decision decision = register.get(decisionNo);
    ArchiveRecord record =
        archives
            .findByDecisionId(decision.getId())
            .orElseThrow(() -> new IllegalStateException("No archive list compiled for " + decisionNo));
    record.archived(archiveNo, retention, archivedBy, clock.now());
    seal.seal(record, decision.getUnitCode(), decisionNo);
    register.conclude(decisionNo, record.getOutcome());
    register.moveTo(decisionNo, DecisionStatus.ARCHIVED);
    return record;
  }

  /** The dossier's documents, every version, ahead of the trail; empty when the dossier is. */
  private static String documentListing(List<DossierDocument> documents) {
    if (documents.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("决策档案材料（共").append(documents.size()).append("份）：\n");
    for (DossierDocument d : documents) {
      String line = String.format("- %s 第%d版 %s（SHA-256 %s…）%n",
          d.getKind().label(), d.getVersion(), d.getFileName(), d.getSha256().substring(0, 12));
      if (text.length() + line.length() > MAX_LIST_LENGTH / 2) {
        text.append("……（其余材料见决策档案）\n");
        break;
      }
      text.append(line);
    }
    return text.append("决策过程记录：\n").toString();
  }

  private static String listing(List<StageRecord> entries, int maxLength) {
    StringBuilder text = new StringBuilder();
    int n = 0;
    for (StageRecord entry : entries) {
      String line = String.format("%d. %s [%s] %s%n", ++n,
          entry.getRecordedAt().atZoneSameInstant(EngineClock.ZONE).format(ENTRY_TIME), entry.getStage(),
          entry.getSummary() == null ? entry.getEvent() : entry.getSummary());
      if (text.length() + line.length() > maxLength) {
        text.append("……（共").append(entries.size()).append("条，其余见决策过程记录）");
        break;
      }
      text.append(line);
    }
    return text.isEmpty() ? "（尚无决策过程记录）" : text.toString();
  }
}
