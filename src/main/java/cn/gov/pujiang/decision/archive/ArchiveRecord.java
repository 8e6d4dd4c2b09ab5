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

  @Enumerated(EnumType.STRING)
  private ArchiveScope scope;

  @Column(name = "fonds_code")
  private String fondsCode;

  @Column(name = "archive_year")
  private Integer archiveYear;

  @Column(name = "org_code")
  private String orgCode;

  @Column(name = "item_no")
  private Integer itemNo;

  @Column(name = "sealed_document_id")
  private Long sealedDocumentId;

  protected ArchiveRecord() {}

  ArchiveRecord(Long decisionId) {
    this.decisionId = decisionId;
  }

  void compiled(ArchiveScope scope, DecisionOutcome outcome, int entryCount, OffsetDateTime now) {
    this.scope = scope;
    this.outcome = outcome;
    this.entryCount = entryCount;
    this.compiledAt = now;
    this.status = ArchiveStatus.COMPILED;
  }

  void archived(ArchiveNumbers.ArchiveNumber number, String archivedBy, OffsetDateTime now) {
    this.archiveNo = number.text();
    this.fondsCode = number.fondsCode();
    this.archiveYear = number.year();
    this.retention = number.retention();
    this.orgCode = number.orgCode();
    this.itemNo = number.itemNo();
    this.archivedBy = archivedBy;
    this.archivedAt = now;
    this.status = ArchiveStatus.ARCHIVED;
  }

  /** The final outcome, known only when the supplement is archived after execution. */
  void concluded(DecisionOutcome outcome) {
    this.outcome = outcome;
  }

  void sealed(String chainUnit, int chainSeq, int hashScheme, long sealedTrailId, long sealedDocumentId,
      String contentHash, String previousHash, String recordHash) {
    this.sealedDocumentId = sealedDocumentId;
    this.chainUnit = chainUnit;
    this.chainSeq = chainSeq;
    this.hashScheme = hashScheme;
    this.sealedTrailId = sealedTrailId;
    this.contentHash = contentHash;
    this.previousHash = previousHash;
    this.recordHash = recordHash;
  }

  public ArchiveScope getScope() {
    return scope == null ? ArchiveScope.FULL : scope;
  }

  public String getFondsCode() {
    return fondsCode;
  }

  public Integer getArchiveYear() {
    return archiveYear;
  }

  public String getOrgCode() {
    return orgCode;
  }

  public Integer getItemNo() {
    return itemNo;
  }

  public Long getSealedTrailId() {
    return sealedTrailId;
  }

  public Long getSealedDocumentId() {
    return sealedDocumentId;
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
