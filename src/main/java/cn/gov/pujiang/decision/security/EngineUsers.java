package cn.gov.pujiang.decision.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The engine's view of a user: id plus current groups and tenants from the identity tables. */
public final class EngineUsers {

  private EngineUsers() {}

  public static Authentication authenticationOf(IdentityService identityService, String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    return new Authentication(userId, groups, tenants);
  }
}
