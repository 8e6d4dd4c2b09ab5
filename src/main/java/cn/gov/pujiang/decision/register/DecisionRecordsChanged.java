package cn.gov.pujiang.decision.register;

/**
 * Published (synchronously, inside the writing transaction) when an application record that the
 * auditor's compliance rules read changed for a decision: a legality round, a meeting record, a
 * procedure plan entry or a trail entry. The auditor read model (audit/DecisionFacts) recomputes the
 * decision's facts before that transaction commits.
 */
public record DecisionRecordsChanged(Long decisionId) {}
