package cn.gov.pujiang.decision.meeting;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Variables;
import cn.gov.pujiang.decision.process.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ReportToPartyCommittee (向同级党委请示报告), Decree 713 Art. 31. Reads
 * partyCommitteeReportedOn and partyCommitteeReply (both required); writes preIssueReportedOn (the latest report date, before which
 * publication may not be dated) and the trail entry
 * PARTY_COMMITTEE_REPORTED.
 */
@Component("partyCommitteeReportListener")
public class PartyCommitteeReportListener extends CompletionCheck {

  private final PreDecisionReports reports;

  PartyCommitteeReportListener(PreDecisionReports reports) {
    this.reports = reports;
  }

  @Override
  protected void check(DelegateExecution task) {
    String lastReportOn = reports.check(
        task, Variables.PARTY_COMMITTEE_REPORTED_ON, Variables.PARTY_COMMITTEE_REPLY, "同级党委",
        "《重大行政决策程序暂行条例》第三十一条", "PARTY_COMMITTEE_REPORTED");
    task.setVariable(Variables.PRE_ISSUE_REPORTED_ON, lastReportOn);
  }
}
