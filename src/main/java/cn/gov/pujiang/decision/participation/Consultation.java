package cn.gov.pujiang.decision.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A decision's online public consultation (md_consultation, Decree 713 Art. 15): what the public page
 * shows and until when opinions are taken. Its public id is a random token, never the decision number.
 */
@Entity
@Table(name = "md_consultation")
public class Consultation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_token", nullable = false)
  private String publicToken;

  @Column(name = "decision_no", nullable = false)
  private String decisionNo;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(nullable = false)
  private String title;

  /** Comma-separated ids of the dossier document versions published with the consultation. */
  @Column(name = "document_ids", nullable = false)
  private String documentIds;

  @Column(name = "other_ways", nullable = false)
  private String otherWays;

  @Column(name = "period_days", nullable = false)
  private int periodDays;

  @Column(name = "shorten_reason")
  private String shortenReason;

  @Column(name = "opens_at", nullable = false)
  private OffsetDateTime opensAt;

  @Column(name = "closes_at", nullable = false)
  private OffsetDateTime closesAt;

  @Column(name = "opened_by", nullable = false)
  private String openedBy;

  protected Consultation() {}

  Consultation(String publicToken, String decisionNo, String unitCode, String title, List<Long> documentIds,
      String otherWays, int periodDays, String shortenReason, OffsetDateTime opensAt, String openedBy) {
    this.publicToken = publicToken;
    this.decisionNo = decisionNo;
    this.unitCode = unitCode;
    this.title = title;
    this.documentIds = String.join(",", documentIds.stream().map(String::valueOf).toList());
    this.otherWays = otherWays;
    this.periodDays = periodDays;
    this.shortenReason = shortenReason;
    this.opensAt = opensAt;
    this.closesAt = opensAt.plusDays(periodDays);
    this.openedBy = openedBy;
  }

  /** Whether opinions are taken at this moment (engine clock): from opening until the end of the period. */
  public boolean isOpenAt(OffsetDateTime now) {
    return !now.isBefore(opensAt) && now.isBefore(closesAt);
  }

  public List<Long> documentIdList() {
    return documentIds.isBlank() ? List.of() : Arrays.stream(documentIds.split(",")).map(Long::valueOf).toList();
  }

  public Long getId() {
    return id;
  }

  public String getPublicToken() {
    return publicToken;
  }

  public String getDecisionNo() {
    return decisionNo;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getTitle() {
    return title;
  }

  public String getOtherWays() {
    return otherWays;
  }

  public int getPeriodDays() {
    return periodDays;
  }

  public String getShortenReason() {
    return shortenReason;
  }

  public OffsetDateTime getOpensAt() {
    return opensAt;
  }

  public OffsetDateTime getClosesAt() {
    return closesAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }
}
