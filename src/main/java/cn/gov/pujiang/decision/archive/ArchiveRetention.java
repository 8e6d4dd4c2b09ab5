package cn.gov.pujiang.decision.archive;

/**
 * 保管期限 of an archived decision file (Archives Law Arts. 13-14; the unit's approved scheme), with
 * its code in the archive number (DA/T 22-2015: Y 永久, D30 定期30年, D10 定期10年).
 */
public enum ArchiveRetention {
  PERMANENT("永久", "Y"),
  LONG_30Y("30年", "D30"),
  SHORT_10Y("10年", "D10");

  private final String label;
  private final String code;

  ArchiveRetention(String label, String code) {
    this.label = label;
    this.code = code;
  }

  /** The retention code used in the archive number (DA/T 22-2015). */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
