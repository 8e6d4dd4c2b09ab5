package cn.gov.pujiang.decision.phrase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One 常用语 (md_common_phrase): a user's own, or a unit's shared list kept by its office. */
@Entity
@Table(name = "md_common_phrase")
public class CommonPhrase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_user")
  private String ownerUser;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(nullable = false)
  private String text;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected CommonPhrase() {}

  CommonPhrase(String ownerUser, String unitCode, String text, String createdBy, OffsetDateTime createdAt) {
    this.ownerUser = ownerUser;
    this.unitCode = unitCode;
    this.text = text;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getOwnerUser() {
    return ownerUser;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getText() {
    return text;
  }
}
