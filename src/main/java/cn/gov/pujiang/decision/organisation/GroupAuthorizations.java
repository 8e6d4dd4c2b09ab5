package cn.gov.pujiang.decision.organisation;

import java.util.Collection;

/**
 * The group-level authorizations each organisation group gets when {@link OrganisationInitializer}
 * creates it (and again, idempotently, at every start). The organisation owns this interface and
 * {@code security.OrganisationAuthorizations} implements it, so that the engine's authorization
 * tables are written only from the {@code security} package and the organisation does not depend
 * on it.
 */
public interface GroupAuthorizations {

  /** Grants for every workflow group (unit roles and county-wide review bodies). */
  void grantWorkflowGroups(Collection<String> groupIds);

  /** A unit's clerks start decisions of their own unit. */
  void grantClerk(String clerkGroupId);

  /** Auditors read everything and change nothing. */
  void grantAuditors();
}
