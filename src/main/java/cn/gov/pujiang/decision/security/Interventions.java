package cn.gov.pujiang.decision.security;

import java.util.List;
import org.camunda.bpm.engine.impl.batch.DeleteBatchCmd;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetBatchStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExtendLockOnExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByDefinitionIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByInstanceIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBulkCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;

/**
 * The engine commands that can move a token, skip a listener or an input/output mapping, write the
 * variables the models' gates and routing read, or change when a step runs, none of which passes
 * through the completion checks of a user task (docs/security.md, "Bypass classes"). Only
 * {@code camunda-admin} may run them, with a reason ({@link InterventionCheck}).
 *
 * <p>The list names engine classes, not REST paths, so that every door (engine REST, the webapps'
 * API, Java, a batch) meets it. Camunda 7.24.0 is frozen (ADR 0010): the classes do not move.
 * {@code InterventionCoverageTest} takes every operation from Camunda's OpenAPI document and fails
 * when one that changes process state is not refused.
 */
final class Interventions {

  /** One kind of intervention: which commands, what it is called in Chinese, whether a reason is required. */
  record Kind(String what, boolean reasonRequired, List<Class<?>> commands) {

    boolean matches(Command<?> command) {
      return commands.stream().anyMatch(type -> type.isInstance(command));
    }
  }

  private static Kind kind(String what, Class<?>... commands) {
    return new Kind(what, true, List.of(commands));
  }

  /**
   * Order matters where engine classes inherit: {@code ResolveTaskCmd} is a {@code CompleteTaskCmd}
   * (completion is checked separately, {@link FormSubmissionCheck}); assigning a task to a colleague is
   * an identity-link command but an ordinary part of Tasklist, so it is not listed.
   */
  static final List<Kind> KINDS = List.of(
      kind("从指定环节启动流程实例", StartProcessInstanceAtActivitiesCmd.class),
      kind("修改流程实例的执行位置", ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
          ProcessInstanceModificationCmd.class, ProcessInstanceModificationBatchCmd.class),
      kind("重启流程实例", AbstractRestartProcessInstanceCmd.class, RestartProcessInstancesBatchCmd.class),
      kind("迁移流程实例", AbstractMigrationCmd.class, SetProcessDefinitionVersionCmd.class),
      kind("删除流程实例", AbstractDeleteProcessInstanceCmd.class, DeleteProcessInstanceBatchCmd.class,
          DeleteDeploymentCmd.class, AbstractDeleteProcessDefinitionCmd.class, DeleteProcessDefinitionsByIdsCmd.class,
          DeleteTaskCmd.class),
      kind("删除或改变流程历史记录", DeleteHistoricProcessInstancesCmd.class,
          DeleteHistoricProcessInstancesBatchCmd.class, DeleteHistoricTaskInstanceCmd.class,
          DeleteHistoricVariableInstanceCmd.class, DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class,
          SetRemovalTimeToHistoricProcessInstancesCmd.class, SetRemovalTimeToHistoricDecisionInstancesCmd.class,
          SetRemovalTimeToHistoricBatchesCmd.class, UpdateProcessDefinitionHistoryTimeToLiveCmd.class,
          UpdateDecisionDefinitionHistoryTimeToLiveCmd.class, DeleteHistoricDecisionInstancesBatchCmd.class,
          DeleteHistoricDecisionInstancesBulkCmd.class, DeleteHistoricDecisionInstanceByInstanceIdCmd.class,
          DeleteHistoricDecisionInstanceByDefinitionIdCmd.class),
      kind("直接写入或删除流程变量", AbstractSetVariableCmd.class, AbstractRemoveVariableCmd.class,
          AbstractPatchVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class),
      kind("向流程发送消息或信号", AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class,
          MessageEventReceivedCmd.class, SignalEventReceivedCmd.class, SignalCmd.class,
          EvaluateStartConditionCmd.class),
      kind("立即执行作业或定时器", ExecuteJobsCmd.class),
      kind("修改作业或定时器的到期时间、优先级", SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class,
          SetJobPriorityCmd.class, SetJobDefinitionPriorityCmd.class, UnlockJobCmd.class),
      kind("删除作业", DeleteJobCmd.class, DeleteJobsCmd.class, DeleteBatchCmd.class),
      kind("挂起或激活流程、作业", AbstractSetProcessInstanceStateCmd.class,
          AbstractSetProcessDefinitionStateCmd.class, AbstractUpdateProcessInstancesSuspendStateCmd.class,
          AbstractSetJobStateCmd.class, AbstractSetJobDefinitionStateCmd.class, AbstractSetBatchStateCmd.class),
      kind("创建或消除故障", CreateIncidentCmd.class, ResolveIncidentCmd.class),
      kind("处理外部任务", ExternalTaskCmd.class, FetchExternalTasksCmd.class, ExtendLockOnExternalTaskCmd.class,
          AbstractSetExternalTaskRetriesCmd.class, SetExternalTaskPriorityCmd.class),
      kind("修改待办任务的期限、名称或候选人", SaveTaskCmd.class, AbstractSetTaskPropertyCmd.class,
          DeleteIdentityLinkCmd.class),
      kind("委派待办任务或以错误、升级事件结束待办任务", DelegateTaskCmd.class, ResolveTaskCmd.class,
          HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class),
      // Retrying a failed step runs it again with all its checks: an operator's routine (docs/processes.md
      // §15), done from Cockpit, which cannot send a reason. Recorded, but no reason required.
      new Kind("重试失败的步骤", false, List.of(SetJobRetriesCmd.class, AbstractSetJobsRetriesBatchCmd.class)));

  private Interventions() {}

  /** The kind of intervention a command is, or null for an ordinary command. */
  static Kind of(Command<?> command) {
    if (command instanceof AssignTaskCmd) {
      return null;
    }
    if (command instanceof AbstractAddIdentityLinkCmd) {
      return KINDS.stream().filter(k -> k.commands().contains(DeleteIdentityLinkCmd.class)).findFirst().orElseThrow();
    }
    for (Kind kind : KINDS) {
      if (kind.matches(command)) {
        return kind;
      }
    }
    return null;
  }
}
