package cn.gov.pujiang.decision.security;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

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

  /**
   * A new READ-type grant on the history of an instance that starts in this command, stamped with its
   * root instance. The root is what gives a history grant the history's removal time when the root
   * ends, so that history cleanup deletes the grant with the history. (Saved through the
   * AuthorizationService, the engine looks the root up in the history, which this command has not
   * written yet, and leaves the grant without one: such grants would never be cleaned up.)
   */
  static void grantNewOnHistory(CommandContext commandContext, String groupId, String instanceId,
      String rootInstanceId, Permission... permissions) {
    AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
    grant.setResourceId(instanceId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    grant.setRootProcessInstanceId(rootInstanceId);
    commandContext.getAuthorizationManager().validateResourceCompatibility(grant);
    commandContext.getAuthorizationManager().insert(grant);
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
