package cn.gov.pujiang.decision.lifecycle;

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
 * Whether the rules require a procedure for a decision, whether it is carried out, and the reason
 * (特别说明) when a required one is not. Auditors read exemptions from here.
 */
@Entity
@Table(name = "md_procedure_requirement")
public class ProcedureRequirement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_id", nullable = false)
  private Long decisionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "procedure_code", nullable = false)
  private Procedure procedure;

  @Column(nullable = false)
  private boolean required;

  @Column(nullable = false)
  private boolean planned;

  @Column(name = "legal_basis")
  private String legalBasis;

  @Column(name = "exemption_reason")
  private String exemptionReason;

  /** The lawful exception claimed; null for plans recorded before the legal review of the models (free-text 特别说明). */
  @Enumerated(EnumType.STRING)
  @Column(name = "exemption_ground")
  private ExemptionGround exemptionGround;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private OffsetDateTime decidedAt;

  protected ProcedureRequirement() {}

  ProcedureRequirement(Long decisionId, Procedure procedure) {
    this.decisionId = decisionId;
    this.procedure = procedure;
  }

  void update(
      boolean required,
      boolean planned,
      String legalBasis,
      String exemptionReason,
      ExemptionGround exemptionGround,
      String decidedBy,
      OffsetDateTime decidedAt) {
    this.required = required;
    this.planned = planned;
    this.legalBasis = legalBasis;
    this.exemptionReason = exemptionReason;
    this.exemptionGround = exemptionGround;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public Procedure getProcedure() {
    return procedure;
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isPlanned() {
    return planned;
  }

  /** A procedure the rules require but the organising unit does not carry out. */
  public boolean isExempted() {
    return required && !planned;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getExemptionReason() {
    return exemptionReason;
  }

  public ExemptionGround getExemptionGround() {
    return exemptionGround;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }
}
