package cn.gov.pujiang.decision.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A decision organ's annual catalogue of major decision matters (年度重大行政决策事项目录, Decree 713
 * Art. 3 para. 3). Approved and published through the decision-catalogue process, whose business key
 * is {@link #businessKey()}.
 */
@Entity
@Table(name = "md_catalogue")
public class Catalogue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "catalogue_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CatalogueStatus status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "approval_body")
  private String approvalBody;

  @Column(name = "approval_note")
  private String approvalNote;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "party_consent_note")
  private String partyConsentNote;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Catalogue() {}

  Catalogue(String unitCode, int year, String approvalBody, String createdBy, OffsetDateTime now) {
    this.unitCode = unitCode;
    this.year = year;
    this.approvalBody = approvalBody;
    this.createdBy = createdBy;
    this.status = CatalogueStatus.COMPILING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public static String businessKeyOf(long id) {
    return "catalogue-" + id;
  }

  public String businessKey() {
    return businessKeyOf(id);
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void submitForApproval(OffsetDateTime now) {
    this.status = CatalogueStatus.UNDER_APPROVAL;
    this.updatedAt = now;
  }

  void returnForCompilation(String note, OffsetDateTime now) {
    this.status = CatalogueStatus.COMPILING;
    this.approvalNote = note;
    this.updatedAt = now;
  }

  void approve(String note, OffsetDateTime now) {
    this.approvalNote = note;
    this.approvedAt = now;
    this.updatedAt = now;
  }

  void recordPartyConsent(String note, OffsetDateTime now) {
    this.partyConsentNote = note;
    this.updatedAt = now;
  }

  void publish(OffsetDateTime now) {
    this.status = CatalogueStatus.PUBLISHED;
    this.publishedAt = now;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public int getYear() {
    return year;
  }

  public CatalogueStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getApprovalBody() {
    return approvalBody;
  }

  public String getApprovalNote() {
    return approvalNote;
  }

  public OffsetDateTime getApprovedAt() {
    return approvedAt;
  }

  public String getPartyConsentNote() {
    return partyConsentNote;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
