package cn.gov.pujiang.decision.review;

import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legality review rounds of a decision and the Art. 25 gate: only a draft whose latest
 * submission was reviewed and found lawful (or exploratory with the risks disclosed, or lawful
 * with changes that need no second review) may go to collective discussion.
 */
@Service
public class LegalityOpinions {

  private final LegalityOpinionRepository opinions;
  private final DecisionRegister register;
  private final EngineClock clock;

  public LegalityOpinions(LegalityOpinionRepository opinions, DecisionRegister register, EngineClock clock) {
    this.opinions = opinions;
    this.register = register;
    this.clock = clock;
  }

  /**
   * True when the latest round has a passing result. A newer round that is still open counts as
   * not passing: the draft under review again is not the one the earlier opinion covered.
   */
  @Transactional(readOnly = true)
  public boolean hasPassingOpinion(String decisionNo) {
    return latest(decisionNo).map(LegalityOpinion::isPassing).orElse(false);
  }

  @Transactional(readOnly = true)
  public Optional<LocalDate> latestSubmissionDate(String decisionNo) {
    return latest(decisionNo).map(r -> r.getSubmittedAt().atZoneSameInstant(EngineClock.ZONE).toLocalDate());
  }

  /** All rounds, oldest first. */
  @Transactional(readOnly = true)
  public List<LegalityOpinion> rounds(String decisionNo) {
    return opinions.findByDecisionIdOrderByRoundNoAsc(decisionId(decisionNo));
  }

  /** Opens the next round (previous highest + 1) for a new submission. */
  @Transactional
  public LegalityOpinion openRound(String decisionNo, String submittedBy, String processInstanceId) {
    int next = latest(decisionNo).map(r -> r.getRoundNo() + 1).orElse(1);
    Long decisionId = decisionId(decisionNo);
    register.recordsChanged(decisionId);
    return opinions.save(new LegalityOpinion(decisionId, next, clock.now(), submittedBy, processInstanceId));
  }

  /**
   * Closes a round with its result.
   *
   * @throws IllegalStateException when the round does not exist or is already closed
   */
  @Transactional
  public LegalityOpinion close(String decisionNo, int roundNo, IssuedOpinion issued) {
    LegalityOpinion round =
        opinions
            .findByDecisionIdAndRoundNo(decisionId(decisionNo), roundNo)
            .orElseThrow(() -> new IllegalStateException("No legality review round " + roundNo + " for " + decisionNo));
    round.close(issued, clock.now());
    register.recordsChanged(round.getDecisionId());
    return round;
  }

  private Optional<LegalityOpinion> latest(String decisionNo) {
    return opinions.findFirstByDecisionIdOrderByRoundNoDesc(decisionId(decisionNo));
  }

  private Long decisionId(String decisionNo) {
    return register.get(decisionNo).getId();
  }
}
