package cn.gov.pujiang.decision.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One matter of a catalogue: 事项名称, 承办单位, 法律政策依据和理由, 履行程序要求 and 计划完成时间, the
 * columns of the catalogues published in Zhejiang (docs/conventions.md, "Practice where the law is silent").
 */
@Entity
@Table(name = "md_catalogue_item")
public class CatalogueItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "catalogue_id", nullable = false)
  private Long catalogueId;

  @Column(name = "item_no", nullable = false, unique = true)
  private String itemNo;

  @Column(nullable = false)
  private int seq;

  @Column(nullable = false)
  private String title;

  @Column(name = "organising_unit", nullable = false)
  private String organisingUnit;

  @Column(name = "legal_basis", nullable = false)
  private String legalBasis;

  @Column(name = "planned_procedures", nullable = false)
  private String plannedProcedures;

  @Column(name = "planned_completion", nullable = false)
  private LocalDate plannedCompletion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemOrigin origin;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected CatalogueItem() {}

  CatalogueItem(
      Catalogue catalogue, int seq, ItemContent content, ItemOrigin origin, String createdBy, OffsetDateTime now) {
    this.catalogueId = catalogue.getId();
    this.seq = seq;
    this.itemNo = String.format("%s-%d-C%02d", catalogue.getUnitCode(), catalogue.getYear(), seq);
    this.origin = origin;
    this.status = ItemStatus.PLANNED;
    this.createdBy = createdBy;
    this.createdAt = now;
    apply(content, now);
  }

  void apply(ItemContent content, OffsetDateTime now) {
    this.title = content.title();
    this.organisingUnit = content.organisingUnit();
    this.legalBasis = content.legalBasis();
    this.plannedProcedures = content.plannedProceduresCodes();
    this.plannedCompletion = content.plannedCompletion();
    this.updatedAt = now;
  }

  void postpone(LocalDate newCompletion, OffsetDateTime now) {
    this.plannedCompletion = newCompletion;
    this.updatedAt = now;
  }

  void withdraw(OffsetDateTime now) {
    this.status = ItemStatus.WITHDRAWN;
    this.updatedAt = now;
  }

  void markStarted(OffsetDateTime now) {
    this.status = ItemStatus.STARTED;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getCatalogueId() {
    return catalogueId;
  }

  public String getItemNo() {
    return itemNo;
  }

  public int getSeq() {
    return seq;
  }

  public String getTitle() {
    return title;
  }

  public String getOrganisingUnit() {
    return organisingUnit;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getPlannedProcedures() {
    return plannedProcedures;
  }

  public LocalDate getPlannedCompletion() {
    return plannedCompletion;
  }

  public ItemStatus getStatus() {
    return status;
  }

  public ItemOrigin getOrigin() {
    return origin;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
