package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Elements;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Take listener on every sequence flow of major-decision that leads to CallActivity_Archiving.
 * Writes decisionOutcome (a {@link DecisionOutcome} name) from the flow taken; after execution it
 * translates executionOutcome (COMPLETED, ADJUSTMENT_REQUIRED, TERMINATED).
 */
@Component("outcomeListener")
public class OutcomeListener implements ExecutionListener {

  static final String FLOW_EXECUTION_ENDED = "SequenceFlow_ExecutionEnded";

  @Override
  public void notify(DelegateExecution execution) {
    String flow = execution.getCurrentTransitionId();
    DecisionOutcome outcome =
        switch (flow) {
          case Elements.FLOW_NOT_STARTED -> DecisionOutcome.NOT_INITIATED;
          case Elements.FLOW_WITHDRAWN -> DecisionOutcome.WITHDRAWN;
          case Elements.FLOW_MEETING_REJECTED -> DecisionOutcome.REJECTED;
          case FLOW_EXECUTION_ENDED -> fromExecution(text(execution, Vars.EXECUTION_OUTCOME));
          default -> throw new IllegalStateException("outcomeListener placed on unknown flow " + flow);
        };
    execution.setVariable(Vars.DECISION_OUTCOME, outcome.name());
  }

  private static DecisionOutcome fromExecution(String executionOutcome) {
    if (executionOutcome == null) {
      throw new IllegalStateException("decision-execution ended without executionOutcome");
    }
    if ("COMPLETED".equals(executionOutcome)) {
      return DecisionOutcome.ADOPTED;
    }
    return DecisionOutcome.valueOf(executionOutcome);
  }
}
