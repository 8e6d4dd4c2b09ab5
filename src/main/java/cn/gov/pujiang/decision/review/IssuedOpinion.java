package cn.gov.pujiang.decision.review;

/**
 * What closes a review round: a return for incomplete materials ({@link #returned}) or the opinion
 * with the legal advisers' and, for towns, the county centre's opinions.
 */
public record IssuedOpinion(
    LegalityOutcome outcome,
    String opinion,
    String legalRisks,
    boolean recheckRequired,
    String adviserOpinion,
    String guidanceOpinion,
    String reviewer) {

  public static IssuedOpinion returned(String reason, String reviewer) {
    return new IssuedOpinion(LegalityOutcome.RETURNED_INCOMPLETE, reason, null, false, null, null, reviewer);
  }
}
