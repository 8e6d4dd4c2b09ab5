package cn.gov.pujiang.decision.security;

import static cn.gov.pujiang.decision.security.Grants.grant;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess;
import cn.gov.pujiang.decision.organisation.GroupAuthorizations;
import cn.gov.pujiang.decision.organisation.Groups;
import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Group-level authorizations, created when the organisation's groups are created (at every start,
 * idempotently). They open the applications and the things that are not secret (process models,
 * filters, names of colleagues); which decisions a group may see is granted per process instance by
 * {@link InstanceAuthorizations}. Auditors read everything and change nothing. {@code camunda-admin}
 * gets ALL on every resource from the Camunda starter when the first administrator is created.
 * The role model is documented in docs/security.md.
 */
@Component
public class OrganisationAuthorizations implements GroupAuthorizations {

  private final AuthorizationService authorizations;

  public OrganisationAuthorizations(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Grants for every workflow group (unit roles and county-wide review bodies). */
  @Override
  public void grantWorkflowGroups(Collection<String> groupIds) {
    for (String group : groupIds) {
      grant(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Models and forms are public knowledge inside the county; instance data is granted per instance.
      grant(authorizations, group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      grant(authorizations, group, Resources.DEPLOYMENT, ANY, Permissions.READ);
      // Tasklist filters are not granted here: tasklist/TaskFilters shares each filter with its own
      // groups, so a clerk's Tasklist lists his office's filters, not every unit's.
      // Names of colleagues (assignees, candidate groups) shown in Tasklist.
      grant(authorizations, group, Resources.USER, ANY, Permissions.READ);
      grant(authorizations, group, Resources.GROUP, ANY, Permissions.READ);
    }
  }

  /** A unit's clerks start decisions of their own unit (the unit is checked at start, see InstanceAuthorizations). */
  @Override
  public void grantClerk(String clerkGroupId) {
    grant(authorizations, clerkGroupId, Resources.PROCESS_DEFINITION, MajorDecisionProcess.KEY,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(authorizations, clerkGroupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }

  /** Auditors: read every decision, task, history entry and model; no UPDATE, CREATE or DELETE anywhere. */
  @Override
  public void grantAuditors() {
    String auditors = Groups.AUDITORS;
    grant(authorizations, auditors, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(authorizations, auditors, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(authorizations, auditors, Resources.PROCESS_DEFINITION, ANY,
        Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grant(authorizations, auditors, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(authorizations, auditors, Resources.TASK, ANY, Permissions.READ);
    grant(authorizations, auditors, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grant(authorizations, auditors, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(authorizations, auditors, Resources.DECISION_DEFINITION, ANY,
        Permissions.READ, Permissions.READ_HISTORY);
    grant(authorizations, auditors, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(authorizations, auditors, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(authorizations, auditors, Resources.FILTER, ANY, Permissions.READ);
    grant(authorizations, auditors, Resources.USER, ANY, Permissions.READ);
    grant(authorizations, auditors, Resources.GROUP, ANY, Permissions.READ);
  }
}
