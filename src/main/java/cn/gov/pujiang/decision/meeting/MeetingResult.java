package cn.gov.pujiang.decision.meeting;

import java.time.LocalDate;

/** What the meeting secretary records for one meeting (Decree 713 Art. 30). */
public record MeetingResult(
    MeetingType type,
    LocalDate date,
    String attendees,
    String memberOpinions,
    int membersInFavour,
    int membersAgainst,
    int membersAbstaining,
    boolean headSpokeLast,
    String headDecision,
    MeetingOutcome outcome,
    String deviationReason,
    String minutes,
    String recordedBy) {}
