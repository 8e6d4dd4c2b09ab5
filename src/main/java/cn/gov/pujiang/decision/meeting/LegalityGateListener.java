package cn.gov.pujiang.decision.meeting;

import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.review.LegalityOpinions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of StartEvent_DiscussionRequested (collective-discussion) and of
 * CallActivity_CollectiveDiscussion (major-decision): the Art. 25 hard gate. Reads the business key
 * (decision number) only; refuses unless the latest legality review round has a passing opinion,
 * so that not even a Cockpit modification brings an unreviewed draft to the meeting.
 */
@Component("legalityGateListener")
public class LegalityGateListener implements ExecutionListener {

  static final String REFUSAL =
      "未经合法性审查或者经审查不合法的决策草案，不得提交决策机关讨论（《重大行政决策程序暂行条例》第二十五条）";

  private final LegalityOpinions opinions;

  public LegalityGateListener(LegalityOpinions opinions) {
    this.opinions = opinions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!opinions.hasPassingOpinion(execution.getProcessBusinessKey())) {
      throw new ProcedureViolation(REFUSAL);
    }
  }
}
