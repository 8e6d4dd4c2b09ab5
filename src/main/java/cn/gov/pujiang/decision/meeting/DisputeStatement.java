package cn.gov.pujiang.decision.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * The statement of a dispute between units on the draft, part of the materials for the decision body (Decree 713
 * Art. 13: 争议的主要问题，有关单位的意见，决策承办单位的意见、理由和依据). Insert only.
 */
@Entity
@Immutable
@Table(name = "md_dispute_statement")
public class DisputeStatement {

  /** One unit's view, in the order entered. */
  @Embeddable
  public static class UnitView {
    @Column(name = "unit_name", nullable = false)
    private String unit;

    @Column(name = "view_text", nullable = false)
    private String view;

    protected UnitView() {}

    public UnitView(String unit, String view) {
      this.unit = unit;
      this.view = view;
    }

    public String getUnit() {
      return unit;
    }

    public String getView() {
      return view;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_id", nullable = false)
  private Long decisionId;

  @Column(name = "main_issues", nullable = false)
  private String mainIssues;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "md_dispute_unit_view", joinColumns = @JoinColumn(name = "dispute_statement_id"))
  @OrderColumn(name = "position")
  private List<UnitView> unitViews = new ArrayList<>();

  @Column(name = "undertaker_view", nullable = false)
  private String undertakerView;

  @Column(name = "undertaker_reasons", nullable = false)
  private String undertakerReasons;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected DisputeStatement() {}

  DisputeStatement(Long decisionId, String mainIssues, List<UnitView> unitViews, String undertakerView,
      String undertakerReasons, String recordedBy, OffsetDateTime recordedAt, String processInstanceId) {
    this.decisionId = decisionId;
    this.mainIssues = mainIssues;
    this.unitViews = new ArrayList<>(unitViews);
    this.undertakerView = undertakerView;
    this.undertakerReasons = undertakerReasons;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public String getMainIssues() {
    return mainIssues;
  }

  public List<UnitView> getUnitViews() {
    return unitViews;
  }

  public String getUndertakerView() {
    return undertakerView;
  }

  public String getUndertakerReasons() {
    return undertakerReasons;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }
}
