package cn.gov.pujiang.decision.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * READ grants on Tasklist filters, for {@code tasklist.TaskFilters}: a filter is shared with its
 * groups or its user through a Camunda FILTER authorization. Here so that only the security package
 * writes the engine's authorization table. Idempotent: a grant that already reads is left alone.
 */
@Component
public class FilterAuthorizations {

  private final AuthorizationService authorizationService;

  public FilterAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Lets the group (or, where groupId is null, the user) read the filter. */
  public void grantRead(String filterId, String groupId, String userId) {
    var query = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.FILTER)
        .resourceId(filterId);
    List<Authorization> found = groupId != null ? query.groupIdIn(groupId).list() : query.userIdIn(userId).list();
    // The engine may already have granted the owner ALL; (type, user/group, resource) is unique.
    Authorization authorization = found.isEmpty()
        ? authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT)
        : found.get(0);
    if (!found.isEmpty() && authorization.isPermissionGranted(Permissions.READ)) {
      return;
    }
    authorization.setResource(Resources.FILTER);
    authorization.setResourceId(filterId);
    if (groupId != null) {
      authorization.setGroupId(groupId);
    } else {
      authorization.setUserId(userId);
    }
    authorization.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(authorization);
  }
}
