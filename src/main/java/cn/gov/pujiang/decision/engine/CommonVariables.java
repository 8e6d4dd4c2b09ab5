package cn.gov.pujiang.decision.engine;

import java.util.List;
import java.util.stream.Stream;

/**
 * Process variables that every process of the lifecycle carries. The major-decision process sets
 * them at its start and maps them into each call activity ({@link #EVERY_STAGE}); the business key
 * is the decision number in every process instance.
 */
public final class CommonVariables {

  /** 决策编号, equal to the business key. */
  public static final String DECISION_NO = "decisionNo";
  /** 决策事项名称. */
  public static final String DECISION_TITLE = "decisionTitle";
  /** Code of the decision organ (county or a town), e.g. "baima"; prefix of candidate groups. */
  public static final String DECISION_UNIT = "decisionUnit";
  /** The decision organ's Chinese name, e.g. "白马镇"; what Tasklist shows under each task. */
  public static final String DECISION_UNIT_NAME = "decisionUnitName";
  /** Code of the unit whose annual catalogue a catalogue process handles; prefix of its candidate groups. */
  public static final String CATALOGUE_UNIT = "catalogueUnit";

  /**
   * What every stage process receives from major-decision, whatever its own models read: the unit
   * for the per-instance grants (security/InstanceAuthorizations, a start listener on every process:
   * without it nobody of the unit could open the stage), the candidate groups and the escalation
   * (notification/DeadlineWatch); number and title for the reminders and every form's heading; the
   * unit's name for Tasklist's task list (tasklist/TaskFilters.SHOWN_VARIABLES).
   */
  public static final List<String> EVERY_STAGE =
      List.of(DECISION_NO, DECISION_TITLE, DECISION_UNIT, DECISION_UNIT_NAME);

  /** {@link #EVERY_STAGE} and the given variables: a stage's INPUTS list. */
  public static List<String> everyStageAnd(String... more) {
    return Stream.concat(EVERY_STAGE.stream(), Stream.of(more)).toList();
  }

  private CommonVariables() {}
}
