package cn.gov.pujiang.decision.meeting;

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
 * The record of one meeting on a decision (集体讨论和决定情况, Decree 713 Art. 30), including
 * dissenting opinions. Immutable: it is the basis for tracing liability (Art. 38).
 */
@Entity
@Immutable
@Table(name = "md_meeting_record")
public class MeetingRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_id", nullable = false)
  private Long decisionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "meeting_type", nullable = false)
  private MeetingType meetingType;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Column(nullable = false)
  private String attendees;

  @Column(name = "member_opinions", nullable = false)
  private String memberOpinions;

  @Column(name = "members_in_favour", nullable = false)
  private int membersInFavour;

  @Column(name = "members_against", nullable = false)
  private int membersAgainst;

  @Column(name = "members_abstaining", nullable = false)
  private int membersAbstaining;

  @Column(name = "head_spoke_last", nullable = false)
  private boolean headSpokeLast;

  @Column(name = "head_decision", nullable = false)
  private String headDecision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingOutcome outcome;

  @Column(name = "deviation_reason")
  private String deviationReason;

  @Column(nullable = false)
  private String minutes;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected MeetingRecord() {}

  MeetingRecord(Long decisionId, MeetingResult result, OffsetDateTime recordedAt, String processInstanceId) {
    this.decisionId = decisionId;
    this.meetingType = result.type();
    this.meetingDate = result.date();
    this.attendees = result.attendees();
    this.memberOpinions = result.memberOpinions();
    this.membersInFavour = result.membersInFavour();
    this.membersAgainst = result.membersAgainst();
    this.membersAbstaining = result.membersAbstaining();
    this.headSpokeLast = result.headSpokeLast();
    this.headDecision = result.headDecision();
    this.outcome = result.outcome();
    this.deviationReason = result.deviationReason();
    this.minutes = result.minutes();
    this.recordedBy = result.recordedBy();
    this.recordedAt = recordedAt;
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public MeetingType getMeetingType() {
    return meetingType;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getAttendees() {
    return attendees;
  }

  public String getMemberOpinions() {
    return memberOpinions;
  }

  public int getMembersInFavour() {
    return membersInFavour;
  }

  public int getMembersAgainst() {
    return membersAgainst;
  }

  public int getMembersAbstaining() {
    return membersAbstaining;
  }

  public boolean isHeadSpokeLast() {
    return headSpokeLast;
  }

  public String getHeadDecision() {
    return headDecision;
  }

  public MeetingOutcome getOutcome() {
    return outcome;
  }

  public String getDeviationReason() {
    return deviationReason;
  }

  public String getMinutes() {
    return minutes;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
