package cn.gov.pujiang.decision.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One recipient's copy of a notification (md_inbox_message), with its e-mail delivery. */
@Entity
@Table(name = "md_inbox_message")
public class InboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "notification_id", nullable = false)
  private Notification notification;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "email_status", nullable = false)
  private EmailStatus emailStatus;

  @Column(name = "email_address")
  private String emailAddress;

  @Column(name = "email_sent_at")
  private OffsetDateTime emailSentAt;

  @Column(name = "email_error")
  private String emailError;

  protected InboxMessage() {}

  InboxMessage(Notification notification, String recipient, String title, String body,
      OffsetDateTime now, String emailAddress, EmailStatus emailStatus) {
    this.notification = notification;
    this.recipient = recipient;
    this.title = title;
    this.body = body;
    this.createdAt = now;
    this.emailAddress = emailAddress;
    this.emailStatus = emailStatus;
  }

  void emailSent(OffsetDateTime now) {
    this.emailStatus = EmailStatus.SENT;
    this.emailSentAt = now;
  }

  void emailFailed(String error) {
    this.emailStatus = EmailStatus.FAILED;
    this.emailError = error == null ? null : error.substring(0, Math.min(500, error.length()));
  }

  void read(OffsetDateTime now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Notification getNotification() {
    return notification;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getReadAt() {
    return readAt;
  }

  public EmailStatus getEmailStatus() {
    return emailStatus;
  }

  public String getEmailAddress() {
    return emailAddress;
  }

  public OffsetDateTime getEmailSentAt() {
    return emailSentAt;
  }

  public String getEmailError() {
    return emailError;
  }
}
