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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A change to a published catalogue during the year (新增、撤销、延期), with its reason and its
 * approval. Approved through the catalogue-adjustment process (business key {@link #businessKey()});
 * an ADD keeps the proposed item here until it is approved, so a refused proposal leaves no item.
 */
@Entity
@Table(name = "md_catalogue_adjustment")
public class CatalogueAdjustment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "catalogue_id", nullable = false)
  private Long catalogueId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AdjustmentKind kind;

  @Column(name = "item_id")
  private Long itemId;

  @Column(nullable = false)
  private String reason;

  @Column(name = "proposed_title")
  private String proposedTitle;

  @Column(name = "proposed_organising_unit")
  private String proposedOrganisingUnit;

  @Column(name = "proposed_legal_basis")
  private String proposedLegalBasis;

  @Column(name = "proposed_procedures")
  private String proposedProcedures;

  @Column(name = "proposed_completion")
  private LocalDate proposedCompletion;

  @Column(name = "new_completion")
  private LocalDate newCompletion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AdjustmentStatus status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_opinion")
  private String decisionOpinion;

  @Version private long version;

  protected CatalogueAdjustment() {}

  private CatalogueAdjustment(
      Long catalogueId, AdjustmentKind kind, String reason, String requestedBy, OffsetDateTime now) {
    this.catalogueId = catalogueId;
    this.kind = kind;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
    this.status = AdjustmentStatus.PENDING;
  }

  static CatalogueAdjustment add(
      Long catalogueId, ItemContent proposed, String reason, String requestedBy, OffsetDateTime now) {
    CatalogueAdjustment a = new CatalogueAdjustment(catalogueId, AdjustmentKind.ADD, reason, requestedBy, now);
    a.proposedTitle = proposed.title();
    a.proposedOrganisingUnit = proposed.organisingUnit();
    a.proposedLegalBasis = proposed.legalBasis();
    a.proposedProcedures = proposed.plannedProceduresCodes();
    a.proposedCompletion = proposed.plannedCompletion();
    return a;
  }

  static CatalogueAdjustment withdraw(
      Long catalogueId, Long itemId, String reason, String requestedBy, OffsetDateTime now) {
    CatalogueAdjustment a = new CatalogueAdjustment(catalogueId, AdjustmentKind.WITHDRAW, reason, requestedBy, now);
    a.itemId = itemId;
    return a;
  }

  static CatalogueAdjustment postpone(
      Long catalogueId, Long itemId, LocalDate newCompletion, String reason, String requestedBy, OffsetDateTime now) {
    CatalogueAdjustment a = new CatalogueAdjustment(catalogueId, AdjustmentKind.POSTPONE, reason, requestedBy, now);
    a.itemId = itemId;
    a.newCompletion = newCompletion;
    return a;
  }

  public static String businessKeyOf(long id) {
    return "adjustment-" + id;
  }

  public String businessKey() {
    return businessKeyOf(id);
  }

  ItemContent proposedContent() {
    return ItemContent.of(proposedTitle, proposedOrganisingUnit, proposedLegalBasis, proposedProcedures, proposedCompletion);
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void approve(Long createdItemId, String by, String opinion, OffsetDateTime now) {
    if (createdItemId != null) {
      this.itemId = createdItemId;
    }
    decide(AdjustmentStatus.APPROVED, by, opinion, now);
  }

  void reject(String by, String opinion, OffsetDateTime now) {
    decide(AdjustmentStatus.REJECTED, by, opinion, now);
  }

  private void decide(AdjustmentStatus status, String by, String opinion, OffsetDateTime now) {
    this.status = status;
    this.decidedBy = by;
    this.decisionOpinion = opinion;
    this.decidedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getCatalogueId() {
    return catalogueId;
  }

  public AdjustmentKind getKind() {
    return kind;
  }

  public Long getItemId() {
    return itemId;
  }

  public String getReason() {
    return reason;
  }

  public String getProposedTitle() {
    return proposedTitle;
  }

  public String getProposedOrganisingUnit() {
    return proposedOrganisingUnit;
  }

  public String getProposedLegalBasis() {
    return proposedLegalBasis;
  }

  public String getProposedProcedures() {
    return proposedProcedures;
  }

  public LocalDate getProposedCompletion() {
    return proposedCompletion;
  }

  public LocalDate getNewCompletion() {
    return newCompletion;
  }

  public AdjustmentStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public OffsetDateTime getRequestedAt() {
    return requestedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionOpinion() {
    return decisionOpinion;
  }

  public long getVersion() {
    return version;
  }
}
