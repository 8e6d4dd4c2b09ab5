package cn.gov.pujiang.decision.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo organisation as `mvn spring-boot:run` creates it (the test profile has it too): groups first, then their users. */
@SpringBootTest
@ActiveProfiles("test")
class DemoOrganisationTest {

  @Autowired IdentityService identityService;

  @Test
  void everyUnitHasItsGroupsAndDemoUsersInThem() {
    assertThat(identityService.createGroupQuery().groupId("baima-legal-review").count()).isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupId("county-legal-review").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup("baima-clerk").list())
        .extracting(u -> u.getId()).containsExactly("baima.clerk");
    assertThat(identityService.createUserQuery().memberOfGroup("sfj-review").list())
        .extracting(u -> u.getId()).containsExactly("sfj.reviewer");
    assertThat(identityService.checkPassword("county.secretary", "demo")).isTrue();
  }
}
