package cn.gov.pujiang.decision.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Vars;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluates the deployed risk-controllability table through the engine, one case per rule. */
class RiskControllabilityDecisionTest extends ProcessTestSupport {

  @ParameterizedTest(name = "{0} risk, mitigation in place {1}: controllable {2}")
  @CsvSource({
    "HIGH,   true,  false",
    "HIGH,   false, false",
    "MEDIUM, true,  true",
    "MEDIUM, false, false",
    "LOW,    true,  true",
    "LOW,    false, true"
  })
  void judgesControllabilityFromRiskLevelAndMitigation(
      RiskLevel level, boolean mitigated, boolean controllable) {
    DmnDecisionResult result = evaluate(level.name(), mitigated);

    assertThat(result).hasSize(1);
    assertThat((Boolean) result.getSingleEntry()).isEqualTo(controllable);
  }

  @Test
  void matchesNoRuleForAnUnknownLevelSoTheReportListenerMustRefuseIt() {
    assertThat(evaluate("VERY_HIGH", true)).isEmpty();
  }

  private DmnDecisionResult evaluate(String riskLevel, boolean mitigationInPlace) {
    return processEngine.getDecisionService()
        .evaluateDecisionByKey(RiskAssessmentProcess.CONTROLLABILITY_DECISION)
        .variables(Variables.createVariables()
            .putValue(Vars.RISK_LEVEL, riskLevel)
            .putValue(Vars.MITIGATION_IN_PLACE, mitigationInPlace))
        .evaluate();
  }
}
