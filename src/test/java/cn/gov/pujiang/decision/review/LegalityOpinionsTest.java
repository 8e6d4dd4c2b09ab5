package cn.gov.pujiang.decision.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.pujiang.decision.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class LegalityOpinionsTest extends ProcessTestSupport {

  @Autowired LegalityOpinions opinions;

  private String decisionNo;

  @BeforeEach
  void registerDecision() {
    decisionNo = registerDecision(TOWN, "白马镇农贸市场改造").getDecisionNo();
  }

  @Test
  void decisionWithoutReviewHasNoPassingOpinion() {
    assertThat(opinions.hasPassingOpinion(decisionNo)).isFalse();
    assertThat(opinions.latestSubmissionDate(decisionNo)).isEmpty();
    assertThat(opinions.rounds(decisionNo)).isEmpty();
  }

  @ParameterizedTest(name = "{0}, recheck {1} -> passing {2}")
  @CsvSource({
    "LAWFUL, false, true",
    "EXPLORATORY_RISK_DISCLOSED, false, true",
    "LAWFUL_WITH_CHANGES, false, true",
    "LAWFUL_WITH_CHANGES, true, false",
    "UNLAWFUL, false, false",
    "RETURNED_INCOMPLETE, false, false"
  })
  void passesOnlyLawfulOrDisclosedOrChangedWithoutRecheck(
      LegalityOutcome outcome, boolean recheck, boolean passing) {
    closeNewRound(outcome, recheck);

    assertThat(opinions.hasPassingOpinion(decisionNo)).isEqualTo(passing);
  }

  @Test
  void latestRoundDecidesWhetherTheDraftMayGoToDiscussion() {
    closeNewRound(LegalityOutcome.UNLAWFUL, false);
    closeNewRound(LegalityOutcome.LAWFUL, false);
    assertThat(opinions.hasPassingOpinion(decisionNo)).isTrue();

    closeNewRound(LegalityOutcome.RETURNED_INCOMPLETE, false);
    assertThat(opinions.hasPassingOpinion(decisionNo)).isFalse();
  }

  @Test
  void resubmittedDraftStillUnderReviewIsNotPassing() {
    closeNewRound(LegalityOutcome.LAWFUL, false);

    opinions.openRound(decisionNo, ACTING_USER, null);

    assertThat(opinions.hasPassingOpinion(decisionNo)).isFalse();
  }

  @Test
  void numbersRoundsConsecutivelyAndKeepsThemInOrder() {
    closeNewRound(LegalityOutcome.RETURNED_INCOMPLETE, false);
    closeNewRound(LegalityOutcome.LAWFUL_WITH_CHANGES, true);
    opinions.openRound(decisionNo, ACTING_USER, null);

    assertThat(opinions.rounds(decisionNo))
        .extracting(LegalityOpinion::getRoundNo, LegalityOpinion::getOutcome)
        .containsExactly(
            tuple(1, LegalityOutcome.RETURNED_INCOMPLETE),
            tuple(2, LegalityOutcome.LAWFUL_WITH_CHANGES),
            tuple(3, null));
  }

  @Test
  void latestSubmissionDateIsTheShanghaiDateOfTheLatestRound() {
    setClock(LocalDateTime.of(2026, 3, 2, 10, 0));
    closeNewRound(LegalityOutcome.RETURNED_INCOMPLETE, false);
    setClock(LocalDateTime.of(2026, 3, 10, 0, 30));

    opinions.openRound(decisionNo, ACTING_USER, null);

    assertThat(opinions.latestSubmissionDate(decisionNo)).contains(LocalDate.of(2026, 3, 10));
  }

  @Test
  void refusesToCloseARoundTwice() {
    closeNewRound(LegalityOutcome.UNLAWFUL, false);

    assertThatThrownBy(() -> opinions.close(decisionNo, 1, opinion(LegalityOutcome.LAWFUL, false)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(opinions.rounds(decisionNo).get(0).getOutcome()).isEqualTo(LegalityOutcome.UNLAWFUL);
  }

  private void closeNewRound(LegalityOutcome outcome, boolean recheck) {
    int round = opinions.openRound(decisionNo, ACTING_USER, null).getRoundNo();
    opinions.close(decisionNo, round, opinion(outcome, recheck));
  }

  private static IssuedOpinion opinion(LegalityOutcome outcome, boolean recheck) {
    return new IssuedOpinion(outcome, "审查意见", null, recheck, "法律顾问意见", null, "baima.reviewer");
  }
}
