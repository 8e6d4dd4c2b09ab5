package cn.gov.pujiang.decision.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision organ (决策机关): the county government or one of its towns and subdistricts. */
@Entity
@Table(name = "md_unit")
public class Unit {

  public enum Kind {
    COUNTY,
    SUBDISTRICT,
    TOWN,
    TOWNSHIP
  }

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected Unit() {}

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Kind getKind() {
    return kind;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isCounty() {
    return kind == Kind.COUNTY;
  }
}
