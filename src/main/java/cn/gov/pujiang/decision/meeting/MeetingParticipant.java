package cn.gov.pujiang.decision.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One person at the meeting, in the order they spoke (md_meeting_participant): their role, whether they presided,
 * their own opinion and their words, kept verbatim (Decree 713 Arts. 30, 38 ¶3).
 */
@Embeddable
public class MeetingParticipant {

  @Column(nullable = false)
  private String name;

  private String position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ParticipantRole role;

  @Column(nullable = false)
  private boolean presided;

  @Enumerated(EnumType.STRING)
  private MemberOpinion opinion;

  private String statement;

  protected MeetingParticipant() {}

  public MeetingParticipant(
      String name, String position, ParticipantRole role, boolean presided, MemberOpinion opinion, String statement) {
    this.name = name;
    this.position = position;
    this.role = role;
    this.presided = presided;
    this.opinion = opinion;
    this.statement = statement;
  }

  public String getName() {
    return name;
  }

  public String getPosition() {
    return position;
  }

  public ParticipantRole getRole() {
    return role;
  }

  public boolean isPresided() {
    return presided;
  }

  public MemberOpinion getOpinion() {
    return opinion;
  }

  public String getStatement() {
    return statement;
  }

  /** Whether this person's opinion counts: the head's and the members', not observers'. */
  public boolean givesOpinion() {
    return role == ParticipantRole.HEAD || role == ParticipantRole.MEMBER;
  }
}
