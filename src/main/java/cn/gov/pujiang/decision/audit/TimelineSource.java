package cn.gov.pujiang.decision.audit;

import java.util.List;

/**
 * Contributes entries to a decision's timeline. The built-in sources read the engine history and
 * the application's records.
 *
 * <p>Extension point for documents (with their SHA-256) and for reminders and escalations: a bean
 * implementing this interface is picked up by {@link AuditTimeline} without further changes.
 */
public interface TimelineSource {

  List<TimelineEntry> entries(DecisionRef decision);

  /** The decision a timeline is assembled for. */
  record DecisionRef(long id, String decisionNo, String unitCode, String processInstanceId) {}
}
