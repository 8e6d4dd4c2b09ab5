package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.PartyCommitteeResponse;
import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Vars;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ReportToPartyCommittee (向同级党委请示报告), Decree 713 Art. 31. Reads
 * partyCommitteeResponse (AGREED, CHANGES_REQUESTED, REFUSED: Gateway_PartyCommitteeReply sends anything
 * but AGREED back to the decision organ's meeting), partyCommitteeReportedOn and partyCommitteeReply (all
 * required); writes preIssueReportedOn (the latest report date, before which
 * publication may not be dated) and the trail entry
 * PARTY_COMMITTEE_REPORTED.
 */
@Component("partyCommitteeReportCheck")
public class PartyCommitteeReportCheck extends CompletionCheck {

  private final PreDecisionReports reports;

  PartyCommitteeReportCheck(PreDecisionReports reports) {
    this.reports = reports;
  }

  @Override
  protected void check(DelegateExecution task) {
    PartyCommitteeResponse response = null;
    String value = text(task, Vars.PARTY_COMMITTEE_RESPONSE);
    for (PartyCommitteeResponse r : PartyCommitteeResponse.values()) {
      if (r.name().equals(value)) {
        response = r;
      }
    }
    if (response == null) {
      throw new ProcedureViolation("请选择党委的答复：同意出台、提出修改意见或者不同意出台（《重大行政决策程序暂行条例》第三十一条）");
    }
    if (response != PartyCommitteeResponse.AGREED
        && task.getBpmnModelInstance().getModelElementById(CollectiveDiscussionProcess.Elements.GATEWAY_PARTY_COMMITTEE_REPLY) == null) {
      // An instance still on a model version that cannot return the decision: it would go on to publication.
      throw new ProcedureViolation("本决策按旧版流程办理，党委未同意出台的无法在此退回；请联系系统管理员将流程实例迁移到新版本");
    }
    String lastReportOn = reports.check(
        task, Vars.PARTY_COMMITTEE_REPORTED_ON, Vars.PARTY_COMMITTEE_REPLY, "同级党委",
        "《重大行政决策程序暂行条例》第三十一条", "PARTY_COMMITTEE_REPORTED", response.label());
    task.setVariable(Vars.PRE_ISSUE_REPORTED_ON, lastReportOn);
  }
}
