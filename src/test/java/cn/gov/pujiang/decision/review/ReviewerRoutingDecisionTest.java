package cn.gov.pujiang.decision.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.engine.CommonVariables;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewerRoutingDecisionTest extends ProcessTestSupport {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "county, sfj-review",
    "baima, baima-legal-review",
    "zhengzhai, zhengzhai-legal-review",
    "puyang, puyang-legal-review"
  })
  void routesEachUnitToItsReviewers(String unit, String expectedGroup) {
    Object group =
        processEngine
            .getDecisionService()
            .evaluateDecisionByKey(LegalityReviewProcess.ROUTING_DECISION)
            .variables(Map.of(CommonVariables.DECISION_UNIT, unit))
            .evaluate()
            .getSingleResult()
            .getSingleEntry();

    assertThat(group).isEqualTo(expectedGroup);
  }
}
