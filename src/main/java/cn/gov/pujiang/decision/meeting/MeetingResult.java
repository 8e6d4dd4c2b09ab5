package cn.gov.pujiang.decision.meeting;

import java.time.LocalDate;

/**
 * What the meeting secretary records for one meeting (Decree 713 Art. 30): the speeches in order, the head's
 * decision, the reasons where it departs from the majority, and the body's risk judgement (Art. 24).
 */
public record MeetingResult(
    MeetingType type,
    LocalDate date,
    MeetingSpeeches speeches,
    String headDecision,
    MeetingOutcome outcome,
    String deviationReason,
    RiskJudgement riskJudgement,
    String riskMeasures,
    String minutes,
    String recordedBy) {}
