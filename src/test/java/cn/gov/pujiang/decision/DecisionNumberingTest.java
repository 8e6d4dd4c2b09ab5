package cn.gov.pujiang.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.register.Decision;
import org.junit.jupiter.api.Test;

/** A registered decision is numbered after its unit and year; an unknown unit is refused. */
class DecisionNumberingTest extends ProcessTestSupport {

  @Test
  void registersDecisionWithUnitAndYearInItsNumber() {
    Decision decision = registerDecision(TOWN, "白马镇农贸市场改造");

    assertThat(decision.getDecisionNo()).matches("baima-\\d{4}-\\d{6}");
  }

  @Test
  void refusesDecisionOfUnknownUnit() {
    assertThatThrownBy(() -> registerDecision("atlantis", "不存在的单位"))
        .isInstanceOf(cn.gov.pujiang.decision.refusal.Refusal.class)
        .hasMessageContaining("atlantis");
  }
}
