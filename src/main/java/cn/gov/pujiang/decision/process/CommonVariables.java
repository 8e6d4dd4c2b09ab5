package cn.gov.pujiang.decision.process;

/**
 * Process variables that every process of the lifecycle carries. The major-decision process sets
 * them at its start and passes them into each call activity; the business key is the decision
 * number in every process instance.
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

  private CommonVariables() {}
}
