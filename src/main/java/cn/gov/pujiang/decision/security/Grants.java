package cn.gov.pujiang.decision.security;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Idempotent creation of GRANT authorizations: a grant that already holds the permissions is left
 * alone, a missing permission is added to the existing row, so start-up can run again and again and
 * an administrator's extra permissions survive.
 */
final class Grants {

  private Grants() {}

  static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    Authorization grant = existing;
    if (grant == null) {
      grant = newGrant(authorizations, groupId, resource, resourceId);
    } else if (Arrays.stream(permissions).allMatch(grant::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }

  /** A grant on a resource that has none for this group yet (e.g. a process instance starting now). */
  static void grantNew(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization grant = newGrant(authorizations, groupId, resource, resourceId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }

  private static Authorization newGrant(AuthorizationService authorizations, String groupId, Resource resource,
      String resourceId) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    return grant;
  }
}
