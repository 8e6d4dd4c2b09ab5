package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.catalogue.Catalogue;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.TestUsers;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grants {@link InstanceAuthorizations} creates without anyone's hand: per unit on the annual
 * catalogue processes, and the clean-up of runtime grants when an instance ends (history grants
 * stay with the history). Authorization checks are on for the queries made as a user.
 */
class InstanceAuthorizationsTest extends ProcessTestSupport {

  /** Own years, so these catalogues never meet another test's in the shared database. */
  private static final AtomicInteger YEAR = new AtomicInteger(2070);

  @Autowired AuthorizationService authorizationService;

  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }

  @Test
  void aCatalogueProcessIsVisibleToItsOwnUnitOnly() {
    Catalogue catalogue = catalogues.open(TOWN, YEAR.incrementAndGet());
    String instance = instanceOf(catalogue);

    assertThat(visibleInstances("baima.secretary", instance)).isEqualTo(1);
    assertThat(visibleInstances("baima.head", instance)).isEqualTo(1);
    assertThat(visibleInstances("huangzhai.secretary", instance)).isZero();
    assertThat(visibleInstances("county.secretary", instance)).isZero();
    assertThat(visibleHistory("huangzhai.head", instance)).isZero();
  }

  @Test
  void runtimeGrantsGoWhenTheInstanceEndsAndTheHistoryStaysReadableByTheUnit() {
    int year = YEAR.incrementAndGet();
    Catalogue catalogue = catalogues.open(TOWN, year);
    String instance = instanceOf(catalogue);
    assertThat(grants(Resources.PROCESS_INSTANCE, instance)).isPositive();

    TestUsers.runAsEngine(identityService, () -> {
      catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("白马镇集镇停车管理办法", year));
      catalogues.submit(catalogue.getId(), "面向各办公室征集事项，经筛选后列入");
      testCatalogue().approveAndPublish(catalogue.businessKey());
    });

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(grants(Resources.PROCESS_INSTANCE, instance)).isZero();
    assertThat(grants(Resources.HISTORIC_PROCESS_INSTANCE, instance)).isPositive();
    // Stamped with the root and given the history's removal time, so history cleanup removes them too.
    assertThat(historyGrants(instance)).allSatisfy(grant -> {
      assertThat(grant.getRootProcessInstanceId()).isEqualTo(instance);
      assertThat(grant.getRemovalTime()).isNotNull();
    });
    assertThat(visibleHistory("baima.secretary", instance)).isEqualTo(1);
    assertThat(visibleHistory("huangzhai.secretary", instance)).isZero();
  }

  private String instanceOf(Catalogue catalogue) {
    return TestUsers.asEngine(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(catalogue.businessKey()).singleResult().getId());
  }

  private long visibleInstances(String user, String instance) {
    TestUsers.signIn(identityService, user);
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance).count();
  }

  private long visibleHistory(String user, String instance) {
    TestUsers.signIn(identityService, user);
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).count();
  }

  private java.util.List<org.camunda.bpm.engine.authorization.Authorization> historyGrants(String instance) {
    return TestUsers.asEngine(identityService, () -> authorizationService.createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(instance).list());
  }

  private long grants(Resources resource, String instance) {
    return TestUsers.asEngine(identityService, () -> authorizationService.createAuthorizationQuery()
        .resourceType(resource).resourceId(instance).count());
  }
}
