package cn.gov.pujiang.decision.archive;

/** 保管期限 of an archived decision file (Archives Law Arts. 13-14; the unit's approved scheme). */
public enum ArchiveRetention {
  PERMANENT("永久"),
  LONG_30Y("30年"),
  SHORT_10Y("10年");

  private final String label;

  ArchiveRetention(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
