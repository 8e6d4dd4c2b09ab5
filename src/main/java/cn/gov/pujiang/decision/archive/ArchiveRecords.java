package cn.gov.pujiang.decision.archive;

import cn.gov.pujiang.decision.dossier.Dossier;
import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.engine.EngineClock;
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
  private final ArchiveNumbers numbers;
  private final ArchiveSupplementRepository supplements;

  public ArchiveRecords(
      ArchiveRecordRepository archives,
      StageRecords trail,
      DecisionRegister register,
      EngineClock clock,
      Dossier dossier,
      ArchiveSeal seal,
      ArchiveNumbers numbers,
      ArchiveSupplementRepository supplements) {
    this.archives = archives;
    this.trail = trail;
    this.register = register;
    this.clock = clock;
    this.dossier = dossier;
    this.seal = seal;
    this.numbers = numbers;
    this.supplements = supplements;
  }

  /** The supplements added to the decision's archived file, oldest first. */
  @Transactional(readOnly = true)
  public List<ArchiveSupplement> supplements(String decisionNo) {
    return find(decisionNo).map(r -> supplements.findByArchiveRecordIdOrderById(r.getId())).orElse(List.of());
  }

  /**
   * The scope a run actually archives: a supplement needs a file archived at publication; a decision
   * whose file was not (an instance started before ADR 0025) is archived whole.
   */
  @Transactional(readOnly = true)
  public ArchiveScope effectiveScope(String decisionNo, ArchiveScope requested) {
    if (requested != ArchiveScope.SUPPLEMENT) {
      return requested;
    }
    return find(decisionNo).filter(r -> r.getStatus() == ArchiveStatus.ARCHIVED).isPresent()
        ? ArchiveScope.SUPPLEMENT : ArchiveScope.FULL;
  }

  /** The decision's archive record, if one has been compiled. */
  @Transactional(readOnly = true)
  public Optional<ArchiveRecord> find(String decisionNo) {
    return archives.findByDecisionId(register.get(decisionNo).getId());
  }

  /** The archive list compiled from the decision's trail, as the office reads it. */
  public record ArchiveList(int entryCount, String text) {}

  /** As {@link #compile(String, DecisionOutcome, ArchiveScope)} for the whole record. */
  @Transactional
  public ArchiveList compile(String decisionNo, DecisionOutcome outcome) {
    return compile(decisionNo, outcome, ArchiveScope.FULL);
  }

  /**
   * Creates or refreshes the archive list (status COMPILED). FULL and DECISION_MAKING compile the
   * decision's archive record from its whole trail; SUPPLEMENT compiles a supplement row from what
   * was added after the file was sealed. FULL and SUPPLEMENT move the decision to ARCHIVING; at
   * publication (DECISION_MAKING) the decision goes on to execution.
   */
  @Transactional
  public ArchiveList compile(String decisionNo, DecisionOutcome outcome, ArchiveScope requested) {
    Decision decision = register.get(decisionNo);
    ArchiveScope scope = effectiveScope(decisionNo, requested);
    List<StageRecord> entries = trail.trail(decisionNo);
    List<DossierDocument> documents = dossier.documents(decisionNo);
    if (scope == ArchiveScope.SUPPLEMENT) {
      ArchiveRecord file = archives.findByDecisionId(decision.getId()).orElseThrow();
      long fromTrail = file.getSealedTrailId() == null ? 0 : file.getSealedTrailId();
      long fromDocument = file.getSealedDocumentId() == null ? Long.MAX_VALUE : file.getSealedDocumentId();
      entries = entries.stream().filter(e -> e.getId() > fromTrail).toList();
      documents = documents.stream().filter(d -> d.getId() > fromDocument).toList();
      ArchiveSupplement supplement =
          supplements
              .findFirstByArchiveRecordIdAndStatus(file.getId(), ArchiveStatus.COMPILED)
              .orElseGet(() -> new ArchiveSupplement(file.getId(), fromTrail, fromDocument == Long.MAX_VALUE ? 0 : fromDocument));
      supplement.compiled(outcome, entries.size(), clock.now());
      supplements.save(supplement);
    } else {
      ArchiveRecord record =
          archives.findByDecisionId(decision.getId()).orElseGet(() -> new ArchiveRecord(decision.getId()));
      record.compiled(scope, outcome, entries.size(), clock.now());
      archives.save(record);
    }
    if (scope != ArchiveScope.DECISION_MAKING) {
      register.moveTo(decisionNo, DecisionStatus.ARCHIVING);
    }
    // The auditor's read model keeps when the record was archived (a recompiled record is no longer).
    register.recordsChanged(decision.getId());
    String heading = scope == ArchiveScope.SUPPLEMENT ? "补充归档：档号 " + find(decisionNo).orElseThrow().getArchiveNo()
        + " 案卷在决策公布时已归档，以下为其后形成的记录和材料。\n" : "";
    String documentText = heading + documentListing(documents);
    return new ArchiveList(entries.size(), documentText + listing(entries, MAX_LIST_LENGTH - documentText.length()));
  }

  /**
   * Closes the archive list. FULL and DECISION_MAKING: the record is ARCHIVED under the next DA/T 22
   * number of the unit ({@link ArchiveNumbers}) and sealed as the next link of the unit's hash chain
   * ({@link ArchiveSeal}). SUPPLEMENT: the compiled supplement is ARCHIVED under the file's number with
   * its own hash, and the file takes the final outcome. FULL and SUPPLEMENT conclude the decision and
   * move it to ARCHIVED; DECISION_MAKING leaves it to execution.
   *
   * @param retention the office's choice; ignored for a supplement, which keeps the file's
   * @throws IllegalStateException when no archive list has been compiled
   */
  @Transactional
  public ArchiveRecord close(String decisionNo, ArchiveScope requested, ArchiveRetention retention, String archivedBy) {
    Decision decision = register.get(decisionNo);
    ArchiveRecord record =
        archives
            .findByDecisionId(decision.getId())
            .orElseThrow(() -> new IllegalStateException("No archive list compiled for " + decisionNo));
    ArchiveScope scope = effectiveScope(decisionNo, requested);
    if (scope == ArchiveScope.SUPPLEMENT) {
      ArchiveSupplement supplement =
          supplements
              .findFirstByArchiveRecordIdAndStatus(record.getId(), ArchiveStatus.COMPILED)
              .orElseThrow(() -> new IllegalStateException("No supplement compiled for " + decisionNo));
      long toTrail = seal.lastTrailId(decision.getId());
      long toDocument = seal.lastDocumentId(decision.getId());
      supplement.archived(archivedBy, clock.now(), toTrail, toDocument,
          seal.supplementHash(decision.getId(), supplement.getFromTrailId(), toTrail, supplement.getFromDocumentId(), toDocument));
      record.concluded(supplement.getOutcome());
    } else {
      int year = clock.now().atZoneSameInstant(EngineClock.ZONE).getYear();
      record.archived(numbers.next(decision.getUnitCode(), year, retention), archivedBy, clock.now());
      seal.seal(record, decision.getUnitCode(), decisionNo);
    }
    if (scope != ArchiveScope.DECISION_MAKING) {
      register.conclude(decisionNo, record.getOutcome());
      register.moveTo(decisionNo, DecisionStatus.ARCHIVED);
    }
    // The auditor's read model keeps when the record was archived, for the promptness figure (Art. 33).
    register.recordsChanged(decision.getId());
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
