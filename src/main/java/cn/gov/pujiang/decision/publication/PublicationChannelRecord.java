package cn.gov.pujiang.decision.publication;

import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Channel;
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
 * One channel through which a decision was published (Decree 713 Art. 32): the date and the issue
 * (gazette, newspaper) or address (website, new media) where the public can find it. Insert only.
 */
@Entity
@Immutable
@Table(name = "md_publication_channel")
public class PublicationChannelRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_id", nullable = false)
  private Long decisionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(name = "published_on", nullable = false)
  private LocalDate publishedOn;

  @Column(nullable = false)
  private String reference;

  @Column(name = "document_number", nullable = false)
  private String documentNumber;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected PublicationChannelRecord() {}

  PublicationChannelRecord(Long decisionId, Channel channel, LocalDate publishedOn, String reference,
      String documentNumber, String recordedBy, OffsetDateTime recordedAt, String processInstanceId) {
    this.decisionId = decisionId;
    this.channel = channel;
    this.publishedOn = publishedOn;
    this.reference = reference;
    this.documentNumber = documentNumber;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.processInstanceId = processInstanceId;
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public Channel getChannel() {
    return channel;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public String getReference() {
    return reference;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }
}
