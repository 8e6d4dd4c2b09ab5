package cn.gov.pujiang.decision.participation;

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
 * One opinion of a decision's participation stage (md_public_opinion): received online or entered by
 * the clerk, then answered with a {@link OpinionClass} and reason, or dismissed (不予处理) with a reason.
 * The author's name and contact are kept for the clerk only and never published.
 */
@Entity
@Table(name = "md_public_opinion")
public class PublicOpinion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_no", nullable = false)
  private String decisionNo;

  @Column(name = "receipt_no")
  private String receiptNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OpinionSource source;

  @Column(nullable = false)
  private String body;

  @Column(name = "author_name")
  private String authorName;

  @Column(name = "author_contact")
  private String authorContact;

  @Column(name = "text_hash", nullable = false)
  private String textHash;

  @Column(name = "attachment_name")
  private String attachmentName;

  @Column(name = "attachment_type")
  private String attachmentType;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  @Column(name = "entered_by")
  private String enteredBy;

  @Enumerated(EnumType.STRING)
  private OpinionClass classification;

  private String reason;

  @Column(nullable = false)
  private boolean dismissed;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  protected PublicOpinion() {}

  PublicOpinion(String decisionNo, String receiptNo, OpinionSource source, String body, String authorName,
      String authorContact, String textHash, OffsetDateTime receivedAt, String enteredBy) {
    this.decisionNo = decisionNo;
    this.receiptNo = receiptNo;
    this.source = source;
    this.body = body;
    this.authorName = authorName;
    this.authorContact = authorContact;
    this.textHash = textHash;
    this.receivedAt = receivedAt;
    this.enteredBy = enteredBy;
  }

  /** Name and type of the attachment; its bytes (column attachment) are written and read by {@link Consultations}. */
  void attach(String name, String contentType) {
    this.attachmentName = name;
    this.attachmentType = contentType;
  }

  void answer(OpinionClass classification, String reason, String by, OffsetDateTime at) {
    this.classification = classification;
    this.reason = reason;
    this.dismissed = false;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  void dismiss(String reason, String by, OffsetDateTime at) {
    this.classification = null;
    this.reason = reason;
    this.dismissed = true;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  /** Neither answered nor dismissed: what keeps 汇总公众意见 and 研究采纳公众意见 from completing. */
  public boolean isUnanswered() {
    return classification == null && !dismissed;
  }

  public Long getId() {
    return id;
  }

  public String getDecisionNo() {
    return decisionNo;
  }

  public String getReceiptNo() {
    return receiptNo;
  }

  public OpinionSource getSource() {
    return source;
  }

  public String getBody() {
    return body;
  }

  public String getAuthorName() {
    return authorName;
  }

  public String getAuthorContact() {
    return authorContact;
  }

  public String getTextHash() {
    return textHash;
  }

  public String getAttachmentName() {
    return attachmentName;
  }

  public String getAttachmentType() {
    return attachmentType;
  }

  public OffsetDateTime getReceivedAt() {
    return receivedAt;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public OpinionClass getClassification() {
    return classification;
  }

  public String getReason() {
    return reason;
  }

  public boolean isDismissed() {
    return dismissed;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public OffsetDateTime getAnsweredAt() {
    return answeredAt;
  }
}
