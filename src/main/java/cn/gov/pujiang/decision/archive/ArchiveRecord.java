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

/** The archive record of one decision (决策归档记录, Decree 713 Art. 33). */
@Entity
@Table(name = "md_archive_record")
public class ArchiveRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_id", nullable = false, unique = true)
  private Long decisionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DecisionOutcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArchiveStatus status;

  @Column(name = "entry_count", nullable = false)
  private int entryCount;

  @Column(name = "compiled_at", nullable = false)
  private OffsetDateTime compiledAt;

  @Column(name = "archive_no")
  private String archiveNo;

  @Enumerated(EnumType.STRING)
  private ArchiveRetention retention;

  @Column(name = "archived_by")
  private String archivedBy;

  @Column(name = "archived_at")
  private OffsetDateTime archivedAt;

  @Column(name = "chain_unit")
  private String chainUnit;

  @Column(name = "chain_seq")
  private Integer chainSeq;

  @Column(name = "hash_scheme")
  private Integer hashScheme;

  @Column(name = "sealed_trail_id")
  private Long sealedTrailId;

  @Column(name = "content_hash")
  private String contentHash;

  @Column(name = "previous_hash")
  private String previousHash;

  @Column(name = "record_hash")
  private String recordHash;

  protected ArchiveRecord() {}

  ArchiveRecord(Long decisionId) {
    this.decisionId = decisionId;
  }

  void compiled(DecisionOutcome outcome, int entryCount, OffsetDateTime now) {
    this.outcome = outcome;
    this.entryCount = entryCount;
    this.compiledAt = now;
    this.status = ArchiveStatus.COMPILED;
  }

  void archived(String archiveNo, ArchiveRetention retention, String archivedBy, OffsetDateTime now) {
    this.archiveNo = archiveNo;
    this.retention = retention;
    this.archivedBy = archivedBy;
    this.archivedAt = now;
    this.status = ArchiveStatus.ARCHIVED;
  }

  void sealed(String chainUnit, int chainSeq, int hashScheme, long sealedTrailId, String contentHash,
      String previousHash, String recordHash) {
    this.chainUnit = chainUnit;
    this.chainSeq = chainSeq;
    this.hashScheme = hashScheme;
    this.sealedTrailId = sealedTrailId;
    this.contentHash = contentHash;
    this.previousHash = previousHash;
    this.recordHash = recordHash;
  }

  public Integer getChainSeq() {
    return chainSeq;
  }

  public String getContentHash() {
    return contentHash;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getRecordHash() {
    return recordHash;
  }

  public Long getId() {
    return id;
  }

  public Long getDecisionId() {
    return decisionId;
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

  public OffsetDateTime getCompiledAt() {
    return compiledAt;
  }

  public String getArchiveNo() {
    return archiveNo;
  }

  public ArchiveRetention getRetention() {
    return retention;
  }

  public String getArchivedBy() {
    return archivedBy;
  }

  public OffsetDateTime getArchivedAt() {
    return archivedAt;
  }
}
