package cn.gov.pujiang.decision.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One reminder or escalation of one task (md_notification); at most one per task, kind and occasion. */
@Entity
@Table(name = "md_notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NotificationKind kind;

  /** '' for a one-off notice; the day of an urge, the trail entry of a copy or hand-over (V16). */
  @Column(nullable = false)
  private String occasion = "";

  @Column(name = "task_name", nullable = false)
  private String taskName;

  @Column(name = "task_definition_key")
  private String taskDefinitionKey;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "decision_no")
  private String decisionNo;

  @Column(name = "decision_title")
  private String decisionTitle;

  @Column(name = "decision_unit")
  private String decisionUnit;

  @Column(name = "due_date")
  private OffsetDateTime dueDate;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Notification() {}

  Notification(Notice notice, OffsetDateTime now) {
    this.taskId = notice.taskId();
    this.kind = notice.kind();
    this.occasion = notice.occasion();
    this.taskName = notice.taskName();
    this.taskDefinitionKey = notice.taskDefinitionKey();
    this.processInstanceId = notice.processInstanceId();
    this.decisionNo = notice.decisionNo();
    this.decisionTitle = notice.decisionTitle();
    this.decisionUnit = notice.decisionUnit();
    this.dueDate = notice.dueDate();
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getTaskId() {
    return taskId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getTaskName() {
    return taskName;
  }

  public String getTaskDefinitionKey() {
    return taskDefinitionKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getDecisionNo() {
    return decisionNo;
  }

  public String getDecisionTitle() {
    return decisionTitle;
  }

  public String getDecisionUnit() {
    return decisionUnit;
  }

  public OffsetDateTime getDueDate() {
    return dueDate;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
