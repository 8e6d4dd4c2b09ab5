package cn.gov.pujiang.decision.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * The record of one meeting on a decision (集体讨论和决定情况, Decree 713 Art. 30), including
 * dissenting opinions. Immutable: it is the basis for tracing liability (Art. 38). Since V19 each participant is
 * a row of md_meeting_participant in speaking order and the counts are derived from their opinions; records made
 * before keep their free-text {@code memberOpinions} and the counts entered by hand.
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

  /** Free text of records made before V19; null since. */
  @Column(name = "member_opinions")
  private String memberOpinions;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "md_meeting_participant", joinColumns = @JoinColumn(name = "meeting_record_id"))
  @OrderColumn(name = "speaking_order")
  private List<MeetingParticipant> participants = new ArrayList<>();

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

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_judgement")
  private RiskJudgement riskJudgement;

  @Column(name = "risk_measures")
  private String riskMeasures;

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
    MeetingSpeeches speeches = result.speeches();
    this.decisionId = decisionId;
    this.meetingType = result.type();
    this.meetingDate = result.date();
    this.attendees = abbreviate(speeches.attendeesLine(), speeches.participants().size());
    this.participants = new ArrayList<>(speeches.participants());
    this.membersInFavour = (int) speeches.count(MemberOpinion.AGREE);
    this.membersAgainst = (int) speeches.count(MemberOpinion.DISAGREE);
    this.membersAbstaining = (int) speeches.count(MemberOpinion.RESERVE);
    this.headSpokeLast = speeches.headSpokeLast();
    this.headDecision = result.headDecision();
    this.outcome = result.outcome();
    this.deviationReason = result.deviationReason();
    this.riskJudgement = result.riskJudgement();
    this.riskMeasures = result.riskMeasures();
    this.minutes = result.minutes();
    this.recordedBy = result.recordedBy();
    this.recordedAt = recordedAt;
    this.processInstanceId = processInstanceId;
  }

  /** The attendees column holds 2000 characters; the full list is in md_meeting_participant. */
  private static String abbreviate(String names, int count) {
    return names.length() <= 2000 ? names : names.substring(0, 1980) + "……等" + count + "人";
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

  /** In speaking order; empty for records made before V19. */
  public List<MeetingParticipant> getParticipants() {
    return participants;
  }

  public RiskJudgement getRiskJudgement() {
    return riskJudgement;
  }

  public String getRiskMeasures() {
    return riskMeasures;
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
