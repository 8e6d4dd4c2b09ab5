package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules application services use to decide who sees which unit's decisions. */
class UnitAccessTest extends ProcessTestSupport {

  @Autowired UnitAccess access;

  @Test
  void clerkSeesAndActsForOwnTownOnly() {
    TestUsers.signIn(identityService, "baima.clerk");

    assertThat(access.ownUnits()).containsExactly("baima");
    assertThat(access.canRead("baima", false)).isTrue();
    assertThat(access.canRead("huangzhai", true)).isFalse();
    assertThat(access.canAct("huangzhai")).isFalse();
    assertThatThrownBy(() -> access.requireRead("huangzhai", true))
        .isInstanceOf(Refusal.class).hasMessageContaining("未找到");
    assertThatThrownBy(() -> access.requireAct("huangzhai"))
        .isInstanceOf(Refusal.class).hasMessageContaining("本单位");
  }

  @Test
  void judicialBureauSeesDecisionsOnlyOnceSubmittedForReview() {
    TestUsers.signIn(identityService, "sfj.reviewer");

    assertThat(access.isJudicialBureau()).isTrue();
    assertThat(access.canRead("baima", false)).isFalse();
    assertThat(access.canRead("baima", true)).isTrue();
    assertThat(access.canAct("baima")).isFalse();
  }

  @Test
  void auditorReadsEverythingAndActsNowhere() {
    TestUsers.signIn(identityService, "auditor");

    assertThat(access.isAuditor()).isTrue();
    assertThat(access.canRead("huangzhai", false)).isTrue();
    assertThat(access.canRead("county", false)).isTrue();
    assertThat(access.canAct("huangzhai")).isFalse();
    assertThat(access.ownUnits()).isEmpty();
  }

  @Test
  void nobodySignedInSeesNothing() {
    identityService.clearAuthentication();

    assertThat(access.current()).isNull();
    assertThat(access.canRead("baima", true)).isFalse();
  }
}
