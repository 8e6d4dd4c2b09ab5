package cn.gov.pujiang.decision.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/**
 * One step of a fair-competition review (《公平竞争审查条例》2024): the drafter's own review (Art. 13,
 * and the 初审 Art. 14 requires before the county market-regulation department) or the department's
 * review together with the drafter (Art. 14). Insert only.
 */
@Entity
@Immutable
@Table(name = "md_fair_competition_review")
public class FairCompetitionReview {

  /** Who reviewed. */
  public enum Step {
    /** 起草单位审查（第十三条）或初审（第十四条）. */
    DRAFTER,
    /** 县市场监督管理部门会同起草单位审查（第十四条）. */
    MARKET_REGULATOR
  }

  /** The review's conclusion. */
  public enum Conclusion {
    /** 符合公平竞争审查标准. */
    PASS,
    /** 违反审查标准，须调整后方可出台（第十八条）. */
    FAIL,
    /** 具有排除、限制竞争效果，但符合第十二条例外情形，已作第十七条说明. */
    EXCEPTION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_id", nullable = false)
  private Long decisionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_step", nullable = false)
  private Step step;

  @Column(name = "reviewer_unit", nullable = false)
  private String reviewerUnit;

  @Column(name = "reviewer")
  private String reviewer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Conclusion conclusion;

  @Column(name = "reviewed_on", nullable = false)
  private LocalDate reviewedOn;

  @Column(nullable = false)
  private String opinion;

  @Column(name = "stakeholders_heard", nullable = false)
  private String stakeholdersHeard;

  @Column(name = "exception_reason")
  private String exceptionReason;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected FairCompetitionReview() {}

  FairCompetitionReview(Long decisionId, Step step, String reviewerUnit, String reviewer, Conclusion conclusion,
      String opinion, String stakeholdersHeard, String exceptionReason, OffsetDateTime recordedAt,
      String processInstanceId) {
    this.decisionId = decisionId;
    this.step = step;
    this.reviewerUnit = reviewerUnit;
    this.reviewer = reviewer;
    this.conclusion = conclusion;
    this.reviewedOn = recordedAt.toLocalDate();
    this.opinion = opinion;
    this.stakeholdersHeard = stakeholdersHeard;
    this.exceptionReason = exceptionReason;
    this.recordedAt = recordedAt;
    this.processInstanceId = processInstanceId;
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public Step getStep() {
    return step;
  }

  public String getReviewerUnit() {
    return reviewerUnit;
  }

  public String getReviewer() {
    return reviewer;
  }

  public Conclusion getConclusion() {
    return conclusion;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public String getOpinion() {
    return opinion;
  }

  public String getStakeholdersHeard() {
    return stakeholdersHeard;
  }

  public String getExceptionReason() {
    return exceptionReason;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }
}
