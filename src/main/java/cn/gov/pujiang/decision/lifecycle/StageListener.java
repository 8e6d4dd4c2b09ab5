package cn.gov.pujiang.decision.lifecycle;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Elements;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.register.DecisionStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener on the stage-entering elements of major-decision ({@link
 * MajorDecisionProcess#STAGE_OF}): moves the decision to the stage and writes a trail entry.
 * Entering another review or meeting round clears the previous round's result variables, so that
 * a reviewer's or secretary's form never comes pre-filled with the last round's outcome.
 */
@Component("stageListener")
public class StageListener implements ExecutionListener {

  private final DecisionRegister register;
  private final StageRecords records;

  public StageListener(DecisionRegister register, StageRecords records) {
    this.register = register;
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String activity = execution.getCurrentActivityId();
    DecisionStatus stage = MajorDecisionProcess.STAGE_OF.get(activity);
    if (stage == null) {
      throw new IllegalStateException("stageListener placed on an element without a stage: " + activity);
    }
    if (Elements.CALL_LEGALITY_REVIEW.equals(activity)) {
      execution.removeVariable(Vars.LEGALITY_OUTCOME);
      execution.removeVariable(Vars.LEGALITY_RECHECK_REQUIRED);
      execution.removeVariable(Vars.LEGALITY_OPINION);
      execution.removeVariable(Vars.LEGAL_RISKS);
    }
    if (Elements.CALL_COLLECTIVE_DISCUSSION.equals(activity)) {
      execution.removeVariable(Vars.MEETING_OUTCOME);
    }
    if (register.get(execution.getProcessBusinessKey()).getStatus() == stage) {
      return;
    }
    register.moveTo(execution.getProcessBusinessKey(), stage);
    records.record(execution, stage.name(), "STAGE_ENTERED", "进入“" + stage.label() + "”阶段");
  }
}
