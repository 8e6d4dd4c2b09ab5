package cn.gov.pujiang.decision.notification;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What to tell whom about one task: the key (task id, kind, occasion; see V16), the task and decision it concerns, the
 * Chinese title and text, and the Camunda user ids of the recipients.
 */
public record Notice(
    String taskId,
    NotificationKind kind,
    String taskName,
    String taskDefinitionKey,
    String processInstanceId,
    String decisionNo,
    String decisionTitle,
    String decisionUnit,
    OffsetDateTime dueDate,
    String title,
    String body,
    Set<String> recipients,
    String occasion) {

  /** A one-off notice of its task and kind (reminder, escalation): occasion ''. */
  public Notice(String taskId, NotificationKind kind, String taskName, String taskDefinitionKey,
      String processInstanceId, String decisionNo, String decisionTitle, String decisionUnit, OffsetDateTime dueDate,
      String title, String body, Set<String> recipients) {
    this(taskId, kind, taskName, taskDefinitionKey, processInstanceId, decisionNo, decisionTitle, decisionUnit,
        dueDate, title, body, recipients, "");
  }

  public Notice {
    occasion = occasion == null ? "" : occasion;
  }
}
