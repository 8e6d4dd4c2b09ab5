package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionStatus;
import java.time.LocalDate;

/**
 * What an auditor searches decisions by. Every field is optional. {@code stage} is where the
 * decision stands (所处阶段), {@code state} whether it is still running or concluded, {@code flag} a
 * compliance condition and {@code overdueIn} the stage process (key) in which a task was overdue.
 *
 * <p>Extension point for the catalogue: add {@code catalogueItem} here and one condition in
 * {@link DecisionSearch#where}.
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
    String overdueIn) {

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
    return new AuditCriteria(unit, year, stage, state, outcome, from, to, q, flag, overdueIn);
  }

  public AuditCriteria withFlag(ComplianceFlag flag) {
    return new AuditCriteria(unit, year, stage, state, outcome, from, to, q, flag, overdueIn);
  }
}
