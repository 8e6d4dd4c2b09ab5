package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.engine.Variables.flag;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Vars;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ReportToPeoplesCongress (向人大常委会报告), Decree 713 Art. 8 and the
 * Zhejiang rules on matters decided by people's congress standing committees, Art. 6. Reads
 * npcReportedOn and npcReply (both required) and npcDecisionRequired (the matter is one the standing
 * committee decides: Gateway_NpcDecisionRequired then waits for its decision); writes npcDecisionRequired
 * (false when not given), preIssueReportedOn (the latest report date, before which
 * publication may not be dated) and the trail entry NPC_REPORTED.
 */
@Component("peoplesCongressReportCheck")
public class PeoplesCongressReportCheck extends CompletionCheck {

  private final PreDecisionReports reports;

  PeoplesCongressReportCheck(PreDecisionReports reports) {
    this.reports = reports;
  }

  @Override
  protected void check(DelegateExecution task) {
    if (flag(task, Vars.NPC_DECISION_REQUIRED)
        && task.getBpmnModelInstance().getModelElementById(CollectiveDiscussionProcess.Elements.GATEWAY_NPC_DECISION_REQUIRED) == null) {
      // An instance still on a model version that does not wait for the committee's decision.
      throw new ProcedureViolation("本决策按旧版流程办理，无法等待人大常委会决定；请联系系统管理员将流程实例迁移到新版本");
    }
    String lastReportOn = reports.check(
        task, Vars.NPC_REPORTED_ON, Vars.NPC_REPLY, "人大常委会",
        "《重大行政决策程序暂行条例》第八条", "NPC_REPORTED",
        flag(task, Vars.NPC_DECISION_REQUIRED) ? "须由人大常委会讨论决定，待其决定后方可公布" : null);
    task.setVariable(Vars.PRE_ISSUE_REPORTED_ON, lastReportOn);
    task.setVariable(Vars.NPC_DECISION_REQUIRED, flag(task, Vars.NPC_DECISION_REQUIRED));
  }
}
