package cn.gov.pujiang.decision.meeting;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Variables;
import cn.gov.pujiang.decision.process.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ReportToPeoplesCongress (向人大常委会报告), Decree 713 Art. 8 and the
 * Zhejiang rules on matters decided by people's congress standing committees, Art. 6. Reads
 * npcReportedOn and npcReply (both required); writes preIssueReportedOn (the latest report date, before which
 * publication may not be dated) and the trail entry NPC_REPORTED.
 */
@Component("peoplesCongressReportListener")
public class PeoplesCongressReportListener extends CompletionCheck {

  private final PreDecisionReports reports;

  PeoplesCongressReportListener(PreDecisionReports reports) {
    this.reports = reports;
  }

  @Override
  protected void check(DelegateExecution task) {
    String lastReportOn = reports.check(
        task, Variables.NPC_REPORTED_ON, Variables.NPC_REPLY, "人大常委会",
        "《重大行政决策程序暂行条例》第八条", "NPC_REPORTED");
    task.setVariable(Variables.PRE_ISSUE_REPORTED_ON, lastReportOn);
  }
}
