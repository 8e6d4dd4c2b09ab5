package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionStatus;
import java.time.LocalDate;

/**
 * What an auditor searches decisions by. Every field is optional. {@code stage} is where the
 * decision stands (所处阶段), {@code state} whether it is still running or concluded, {@code flag} a
 * compliance condition and {@code overdueIn} the stage process (key) in which a task was overdue.
 *
 * <p>{@code catalogueItem} is the number of the catalogue item a decision carries out (目录事项编号,
 * e.g. {@code baima-2026-C03}); {@code outsideCatalogue} true selects the decisions started outside
 * the catalogue for an emergency (目录外紧急启动), false those started from a catalogue item;
 * {@code catalogueYear} selects the decisions carrying out an item of that year's catalogue (the
 * link behind the catalogue completion figure).
 */
public record AuditCriteria(
    String unit,
    Integer year,
    DecisionStatus stage,
    State state,
    DecisionOutcome outcome,
    LocalDate from,
    LocalDate to,
    String q,
    ComplianceFlag flag,
    String overdueIn,
    String catalogueItem,
    Boolean outsideCatalogue,
    Integer catalogueYear) {

  /** The criteria without the catalogue conditions. */
  public AuditCriteria(String unit, Integer year, DecisionStatus stage, State state, DecisionOutcome outcome,
      LocalDate from, LocalDate to, String q, ComplianceFlag flag, String overdueIn) {
    this(unit, year, stage, state, outcome, from, to, q, flag, overdueIn, null, null, null);
  }

  /** Running (办理中) or concluded (已办结, an outcome is recorded). */
  public enum State {
    OPEN("办理中"),
    CONCLUDED("已办结");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public static AuditCriteria forYear(int year) {
    return new AuditCriteria(null, year, null, null, null, null, null, null, null, null);
  }

  public AuditCriteria withUnit(String unit) {
    return new AuditCriteria(unit, year, stage, state, outcome, from, to, q, flag, overdueIn, catalogueItem,
        outsideCatalogue, catalogueYear);
  }

  public AuditCriteria withFlag(ComplianceFlag flag) {
    return new AuditCriteria(unit, year, stage, state, outcome, from, to, q, flag, overdueIn, catalogueItem,
        outsideCatalogue, catalogueYear);
  }
}
