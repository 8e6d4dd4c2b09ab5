package cn.gov.pujiang.decision.archive;

import cn.gov.pujiang.decision.register.DecisionOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A supplement (补充归档) to an archived decision file: the trail entries and dossier documents added
 * after the decision-making records were archived at publication (Decree 713 Art. 33, ADR 0025).
 * It keeps the file's archive number; its own SHA-256 covers exactly the rows between the bounds.
 */
@Entity
@Table(name = "md_archive_supplement")
public class ArchiveSupplement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "archive_record_id", nullable = false)
  private Long archiveRecordId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DecisionOutcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArchiveStatus status;

  @Column(name = "entry_count", nullable = false)
  private int entryCount;

  @Column(name = "from_trail_id", nullable = false)
  private long fromTrailId;

  @Column(name = "to_trail_id", nullable = false)
  private long toTrailId;

  @Column(name = "from_document_id", nullable = false)
  private long fromDocumentId;

  @Column(name = "to_document_id", nullable = false)
  private long toDocumentId;

  @Column(name = "compiled_at", nullable = false)
  private OffsetDateTime compiledAt;

  @Column(name = "archived_by")
  private String archivedBy;

  @Column(name = "archived_at")
  private OffsetDateTime archivedAt;

  @Column(name = "content_hash")
  private String contentHash;

  protected ArchiveSupplement() {}

  ArchiveSupplement(Long archiveRecordId, long fromTrailId, long fromDocumentId) {
    this.archiveRecordId = archiveRecordId;
    this.fromTrailId = fromTrailId;
    this.fromDocumentId = fromDocumentId;
  }

  void compiled(DecisionOutcome outcome, int entryCount, OffsetDateTime now) {
    this.outcome = outcome;
    this.entryCount = entryCount;
    this.compiledAt = now;
    this.status = ArchiveStatus.COMPILED;
  }

  void archived(String archivedBy, OffsetDateTime now, long toTrailId, long toDocumentId, String contentHash) {
    this.archivedBy = archivedBy;
    this.archivedAt = now;
    this.toTrailId = toTrailId;
    this.toDocumentId = toDocumentId;
    this.contentHash = contentHash;
    this.status = ArchiveStatus.ARCHIVED;
  }

  public Long getId() {
    return id;
  }

  public Long getArchiveRecordId() {
    return archiveRecordId;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public ArchiveStatus getStatus() {
    return status;
  }

  public int getEntryCount() {
    return entryCount;
  }

  public long getFromTrailId() {
    return fromTrailId;
  }

  public long getToTrailId() {
    return toTrailId;
  }

  public long getFromDocumentId() {
    return fromDocumentId;
  }

  public long getToDocumentId() {
    return toDocumentId;
  }

  public OffsetDateTime getCompiledAt() {
    return compiledAt;
  }

  public String getArchivedBy() {
    return archivedBy;
  }

  public OffsetDateTime getArchivedAt() {
    return archivedAt;
  }

  public String getContentHash() {
    return contentHash;
  }
}
