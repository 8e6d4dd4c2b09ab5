package cn.gov.pujiang.decision.security;

import static cn.gov.pujiang.decision.security.Grants.grant;

import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.review.LegalityReviewProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Per-decision authorizations, created by the engine itself when a process instance starts, so that
 * nobody has to grant them by hand. A parse listener adds {@link #onStart} as a start listener to
 * every process (no BPMN edits):
 * <ul>
 *   <li>the groups of the decision's unit ({@code decisionUnit}: clerk, leadership, office, legal
 *       adviser, town legality reviewers) may READ the instance and its history;</li>
 *   <li>when a decision is submitted for legality review (the {@code legality-review} process
 *       starts), the county judicial bureau's groups ({@code sfj-review}, {@code sfj-guidance}) may
 *       READ the review and the whole decision;</li>
 *   <li>the annual catalogue processes ({@code decision-catalogue}, {@code catalogue-adjustment})
 *       carry their unit as {@code catalogueUnit}; the same groups of that unit may READ them;</li>
 *   <li>with authorization checks on, a decision can only be started for a unit whose clerks the
 *       starting user belongs to (or by an administrator). Catalogue processes are started by the
 *       application after its own unit check (see {@code process.StartAsApplication}).</li>
 * </ul>
 * Nothing is left behind: when an instance ends, the engine deletes its runtime grants
 * (PROCESS_INSTANCE) itself; the history grants stay as long as the history they open: they carry
 * the root instance, get the history's removal time when it ends, and history cleanup deletes them
 * with the history. InstanceAuthorizationsTest checks both.
 * Tasks need no extra grant: Camunda gives a task's candidate groups READ and UPDATE on it (and,
 * with historic instance permissions on, on its history).
 */
@Component
public class InstanceAuthorizations extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(InstanceAuthorizations.class);

  static final List<String> UNIT_ROLES =
      List.of(Groups.CLERK, Groups.LEADERSHIP, Groups.OFFICE, Groups.LEGAL_ADVISER, Groups.LEGAL_REVIEW);
  static final List<String> REVIEW_BODIES = List.of(Groups.JUDICIAL_BUREAU_REVIEW, Groups.JUDICIAL_BUREAU_GUIDANCE);

  private final ExecutionListener startListener = this::onStart;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, startListener);
      }
    });
  }

  void onStart(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution.getProcessInstance();
    boolean decision = execution.getVariable(CommonVariables.DECISION_UNIT) instanceof String;
    Object unitValue =
        execution.getVariable(decision ? CommonVariables.DECISION_UNIT : CommonVariables.CATALOGUE_UNIT);
    if (!(unitValue instanceof String unit) || unit.isBlank()) {
      log.warn("Process instance {} of {} started without {} or {}: no unit grants created", instance.getId(),
          execution.getProcessDefinitionId(), CommonVariables.DECISION_UNIT, CommonVariables.CATALOGUE_UNIT);
      return;
    }
    // The application's own starts run with the checks off after its own unit check (a colleague's
    // 征求意见 instance, started for the task's holder, who need not be a clerk: ADR 0028).
    if (decision && instance.getSuperExecution() == null
        && Context.getProcessEngineConfiguration().isAuthorizationEnabled()
        && Context.getCommandContext().isAuthorizationCheckEnabled()) {
      refuseStartForAnotherUnit(execution, unit);
    }
    // The grants are the engine's doing, not the starting user's: they need no CREATE on Authorization,
    // and the user operation log would otherwise credit the user with some 60 "Create Authorization"
    // rows per instance (a third of all rows a decision wrote, docs/performance.md).
    CommandContext commandContext = Context.getCommandContext();
    boolean checking = commandContext.isAuthorizationCheckEnabled();
    boolean logging = commandContext.isUserOperationLogEnabled();
    commandContext.disableAuthorizationCheck();
    commandContext.disableUserOperationLog();
    try {
      AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
      String id = instance.getId();
      String root = root(instance).getId();
      for (String role : UNIT_ROLES) {
        readable(authorizations, commandContext, Groups.of(unit, role), id, root);
      }
      if (LegalityReviewProcess.KEY.equals(processKey(instance))) {
        for (String body : REVIEW_BODIES) {
          readable(authorizations, commandContext, body, id, root);
          // A review started on its own is its own root; a second review round finds the root's grant there.
          if (!root.equals(id)) {
            readableAlready(authorizations, body, root);
          }
        }
      }
    } finally {
      if (checking) {
        commandContext.enableAuthorizationCheck();
      }
      if (logging) {
        commandContext.enableUserOperationLog();
      }
    }
  }

  /** A clerk of one town must not open a decision in another town's name (and so in its catalogue). */
  private static void refuseStartForAnotherUnit(DelegateExecution execution, String unit) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!groups.contains(Groups.of(unit, Groups.CLERK)) && !groups.contains(Groups.ADMINS)) {
      throw new AuthorizationException("只能由本单位承办人员发起本单位的决策事项（决策机关：" + unit + "）");
    }
  }

  /**
   * READ on an instance that starts in this command, and on its history. Its id is new, so it has no
   * grants yet: they are inserted without first being looked up. The history grant carries the root
   * instance, so that it is removed with the history (see {@link Grants#grantNewOnHistory}).
   */
  private static void readable(AuthorizationService authorizations, CommandContext commandContext, String group,
      String instanceId, String rootInstanceId) {
    Grants.grantNew(authorizations, group, Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
    Grants.grantNewOnHistory(commandContext, group, instanceId, rootInstanceId, HistoricProcessInstancePermissions.READ);
  }

  /** READ on an instance that already runs (the decision a review belongs to), and on its history. */
  private static void readableAlready(AuthorizationService authorizations, String group, String instanceId) {
    grant(authorizations, group, Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
    grant(authorizations, group, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, HistoricProcessInstancePermissions.READ);
  }

  private static String processKey(ExecutionEntity instance) {
    return instance.getProcessDefinition().getKey();
  }

  private static ExecutionEntity root(ExecutionEntity instance) {
    ExecutionEntity current = instance;
    while (current.getSuperExecution() != null) {
      current = current.getSuperExecution().getProcessInstance();
    }
    return current;
  }
}
