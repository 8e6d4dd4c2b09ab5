package cn.gov.pujiang.decision.record;

import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads a decision's trail. Delegates call {@link #record} with the execution so that
 * the entry carries the decision (business key), process instance, activity and acting user.
 */
@Service
public class StageRecords {

  private static final int MAX_SUMMARY = 4000;

  private final StageRecordRepository records;
  private final DecisionRegister register;
  private final Actors actors;
  private final EngineClock clock;

  public StageRecords(
      StageRecordRepository records, DecisionRegister register, Actors actors, EngineClock clock) {
    this.records = records;
    this.register = register;
    this.actors = actors;
    this.clock = clock;
  }

  @Transactional
  public StageRecord record(DelegateExecution execution, String stage, String event, String summary) {
    Decision decision = register.get(execution.getProcessBusinessKey());
    register.recordsChanged(decision.getId());
    return records.save(
        new StageRecord(
            decision.getId(),
            stage,
            event,
            truncate(summary),
            actors.current(),
            execution.getProcessInstanceId(),
            execution.getCurrentActivityId(),
            clock.now()));
  }

  /**
   * An entry written outside a process step (e.g. a due date recomputed when an administrator loads
   * a calendar year), naming the acting user explicitly.
   */
  @Transactional
  public StageRecord record(String decisionNo, String processInstanceId, String activityId, String actor,
      String stage, String event, String summary) {
    Decision decision = register.get(decisionNo);
    register.recordsChanged(decision.getId());
    return records.save(
        new StageRecord(decision.getId(), stage, event, truncate(summary), actor, processInstanceId, activityId,
            clock.now()));
  }

  /** Trail stage and event of an administrator's intervention through the engine's own APIs. */
  public static final String INTERVENTION = "INTERVENTION";
  public static final String ADMIN_INTERVENTION = "ADMIN_INTERVENTION";

  /**
   * Records an administrator's intervention (security/InterventionCheck) in the trail of the decision
   * whose number is the process instance's business key, in the intervention's own transaction.
   *
   * @return false when no decision has that number (e.g. a catalogue process)
   */
  @Transactional
  public boolean recordIntervention(String decisionNo, String processInstanceId, String summary, String actor) {
    Decision decision = decisionNo == null ? null : register.find(decisionNo).orElse(null);
    if (decision == null) {
      return false;
    }
    register.recordsChanged(decision.getId());
    records.save(new StageRecord(decision.getId(), INTERVENTION, ADMIN_INTERVENTION, truncate(summary), actor,
        processInstanceId, null, clock.now()));
    return true;
  }

  @Transactional(readOnly = true)
  public List<StageRecord> trail(String decisionNo) {
    return records.findByDecisionIdOrderByRecordedAtAscIdAsc(register.get(decisionNo).getId());
  }

  @Transactional(readOnly = true)
  public List<StageRecord> events(String decisionNo, String event) {
    return records.findByDecisionIdAndEventOrderByIdAsc(register.get(decisionNo).getId(), event);
  }

  private static String truncate(String s) {
    return s == null || s.length() <= MAX_SUMMARY ? s : s.substring(0, MAX_SUMMARY - 1) + "…";
  }
}
