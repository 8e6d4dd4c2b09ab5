package cn.gov.pujiang.decision.review;

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
 * One submission for legality review (送审轮次) and, once closed, its result: the return of an
 * incomplete submission or the review opinion (合法性审查意见书) with the legal advisers' and the
 * county centre's opinions it rests on.
 */
@Entity
@Table(name = "md_legality_opinion")
public class LegalityOpinion {

  /** Size of the opinion columns of md_legality_opinion. */
  static final int MAX_OPINION = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_id", nullable = false)
  private Long decisionId;

  @Column(name = "round_no", nullable = false)
  private int roundNo;

  @Column(name = "submitted_at", nullable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  private LegalityOutcome outcome;

  private String opinion;

  @Column(name = "legal_risks")
  private String legalRisks;

  @Column(name = "recheck_required")
  private Boolean recheckRequired;

  @Column(name = "adviser_opinion")
  private String adviserOpinion;

  @Column(name = "guidance_opinion")
  private String guidanceOpinion;

  private String reviewer;

  @Column(name = "issued_at")
  private OffsetDateTime issuedAt;

  protected LegalityOpinion() {}

  LegalityOpinion(
      Long decisionId, int roundNo, OffsetDateTime submittedAt, String submittedBy, String processInstanceId) {
    this.decisionId = decisionId;
    this.roundNo = roundNo;
    this.submittedAt = submittedAt;
    this.submittedBy = submittedBy;
    this.processInstanceId = processInstanceId;
  }

  void close(IssuedOpinion issued, OffsetDateTime now) {
    if (isIssued()) {
      throw new IllegalStateException("Legality review round " + roundNo + " already closed with " + outcome);
    }
    this.outcome = issued.outcome();
    this.opinion = issued.opinion();
    this.legalRisks = issued.legalRisks();
    this.recheckRequired = issued.recheckRequired();
    this.adviserOpinion = issued.adviserOpinion();
    this.guidanceOpinion = issued.guidanceOpinion();
    this.reviewer = issued.reviewer();
    this.issuedAt = now;
  }

  public boolean isIssued() {
    return outcome != null;
  }

  /** Whether this result lets the draft go to collective discussion (Art. 25). */
  public boolean isPassing() {
    if (outcome == null) {
      return false;
    }
    return switch (outcome) {
      case LAWFUL, EXPLORATORY_RISK_DISCLOSED -> true;
      case LAWFUL_WITH_CHANGES -> !Boolean.TRUE.equals(recheckRequired);
      case UNLAWFUL, RETURNED_INCOMPLETE -> false;
    };
  }

  public Long getId() {
    return id;
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public int getRoundNo() {
    return roundNo;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public LegalityOutcome getOutcome() {
    return outcome;
  }

  public String getOpinion() {
    return opinion;
  }

  public String getLegalRisks() {
    return legalRisks;
  }

  public Boolean getRecheckRequired() {
    return recheckRequired;
  }

  public String getAdviserOpinion() {
    return adviserOpinion;
  }

  public String getGuidanceOpinion() {
    return guidanceOpinion;
  }

  public String getReviewer() {
    return reviewer;
  }

  public OffsetDateTime getIssuedAt() {
    return issuedAt;
  }
}
