package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.catalogue.Catalogue;
import cn.gov.pujiang.decision.support.TestUsers;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;

/**
 * Camunda's authorization checks with the user's groups taken as given ({@link
 * AuthorizationGroupsPlugin}, ADR 0015): the engine uses that manager, no group is dropped, and what
 * a user may see is decided by the groups that hold grants exactly as before.
 */
class AuthorizationGroupsPluginTest extends ProcessTestSupport {

  /** Own years, so these catalogues never meet another test's in the shared database. */
  private static final AtomicInteger YEAR = new AtomicInteger(2090);

  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }

  @Test
  void theEngineChecksWithTheUsersGroupsAsGiven() {
    AuthorizationManager manager = configuration().getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager());

    assertThat(manager).isInstanceOf(AuthorizationGroupsPlugin.GroupsAsGiven.class);
    assertThat(manager.filterAuthenticatedGroupIds(List.of("baima-clerk", "group-without-any-grant")))
        .containsExactly("baima-clerk", "group-without-any-grant");
    assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
  }

  @Test
  void aGroupWithoutGrantsNeitherAddsNorTakesAwayVisibility() {
    Catalogue catalogue = catalogues.open(TOWN, YEAR.incrementAndGet());
    String instance = TestUsers.asEngine(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(catalogue.businessKey()).singleResult().getId());

    signInWithAnExtraGroup("baima.secretary");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);

    identityService.setAuthentication("someone", List.of("group-without-any-grant"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

    signInWithAnExtraGroup("huangzhai.secretary");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  private void signInWithAnExtraGroup(String user) {
    List<String> groups = new java.util.ArrayList<>(TestUsers.asEngine(identityService,
        () -> EngineUsers.authenticationOf(identityService, user).getGroupIds()));
    assertThat(groups).isNotEmpty();
    groups.add("group-without-any-grant");
    identityService.setAuthentication(user, groups);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }
}
