package cn.gov.pujiang.decision.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of one document in a decision's dossier (md_document). Never changed once inserted:
 * Hibernate ignores changes to it, and on PostgreSQL a trigger refuses any UPDATE or DELETE. The
 * bytes are in {@link DocumentContent}.
 */
@Entity
@Immutable
@Table(name = "md_document")
public class DossierDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_no", nullable = false)
  private String decisionNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(nullable = false)
  private int version;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  /** Fixed-length hex: char(64), which PostgreSQL reports as bpchar. */
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected DossierDocument() {}

  DossierDocument(
      String decisionNo,
      DocumentKind kind,
      int version,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      OffsetDateTime uploadedAt) {
    this.decisionNo = decisionNo;
    this.kind = kind;
    this.version = version;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getDecisionNo() {
    return decisionNo;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public int getVersion() {
    return version;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public OffsetDateTime getUploadedAt() {
    return uploadedAt;
  }
}
