package cn.gov.pujiang.decision.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of a decision's append-only trail (决策过程记录, Decree 713 Art. 33). */
@Entity
@Table(name = "md_stage_record")
public class StageRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_id", nullable = false)
  private Long decisionId;

  @Column(nullable = false)
  private String stage;

  @Column(nullable = false)
  private String event;

  private String summary;

  private String actor;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "activity_id")
  private String activityId;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected StageRecord() {}

  StageRecord(
      Long decisionId,
      String stage,
      String event,
      String summary,
      String actor,
      String processInstanceId,
      String activityId,
      OffsetDateTime recordedAt) {
    this.decisionId = decisionId;
    this.stage = stage;
    this.event = event;
    this.summary = summary;
    this.actor = actor;
    this.processInstanceId = processInstanceId;
    this.activityId = activityId;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public String getStage() {
    return stage;
  }

  public String getEvent() {
    return event;
  }

  public String getSummary() {
    return summary;
  }

  public String getActor() {
    return actor;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getActivityId() {
    return activityId;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }
}
