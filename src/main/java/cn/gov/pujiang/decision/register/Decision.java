package cn.gov.pujiang.decision.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A decision matter (重大行政决策事项). Its decision number is the business key of its
 * major-decision process instance; documents, opinions and records refer to it.
 */
@Entity
@Table(name = "md_decision")
public class Decision {

  /** Taken from md_decision_seq before insert, because the decision number is built from it. */
  @Id private Long id;

  /** The natural id: never changes once assigned (DecisionRegister looks decisions up by it). */
  @org.hibernate.annotations.NaturalId
  @Column(name = "decision_no", nullable = false, unique = true)
  private String decisionNo;

  @Column(nullable = false)
  private String title;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "proposer_type", nullable = false)
  private String proposerType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DecisionStatus status;

  @Enumerated(EnumType.STRING)
  private DecisionOutcome outcome;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  /** The catalogue item this decision carries out; null only when it started for an emergency. */
  @Column(name = "catalogue_item_id")
  private Long catalogueItemId;

  /** Why the matter had to start outside the catalogue (紧急情况说明), for auditors. */
  @Column(name = "emergency_reason")
  private String emergencyReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Decision() {}

  Decision(
      long id,
      String decisionNo,
      String title,
      String unitCode,
      String proposerType,
      String createdBy,
      OffsetDateTime now) {
    this.id = id;
    this.decisionNo = decisionNo;
    this.title = title;
    this.unitCode = unitCode;
    this.proposerType = proposerType;
    this.createdBy = createdBy;
    this.status = DecisionStatus.INITIATION;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void linkToCatalogue(Long catalogueItemId, String emergencyReason) {
    this.catalogueItemId = catalogueItemId;
    this.emergencyReason = emergencyReason;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void moveTo(DecisionStatus status, OffsetDateTime now) {
    this.status = status;
    this.updatedAt = now;
  }

  void conclude(DecisionOutcome outcome, OffsetDateTime now) {
    this.outcome = outcome;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getDecisionNo() {
    return decisionNo;
  }

  public String getTitle() {
    return title;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getProposerType() {
    return proposerType;
  }

  public DecisionStatus getStatus() {
    return status;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Long getCatalogueItemId() {
    return catalogueItemId;
  }

  public String getEmergencyReason() {
    return emergencyReason;
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
}
