package cn.gov.pujiang.decision.archive;

/**
 * What one run of decision-archiving archives (Decree 713 Art. 33, ADR 0025). major-decision maps
 * the scope in as archiveScope: the decision-making records when the decision is published, the
 * execution and evaluation records later as a supplement to the same file, and the whole record at
 * once for a decision that ends before publication.
 */
public enum ArchiveScope {
  /** 未公布即结束的决策（不予启动、不予通过、撤回）：一次归档全部记录. */
  FULL("全部决策过程记录"),
  /** 决策公布时：归档从启动到公布的决策过程记录. */
  DECISION_MAKING("决策过程记录（启动至公布）"),
  /** 执行结束后：执行、后评估和调整的记录作为补充材料归入同一案卷. */
  SUPPLEMENT("补充归档（执行、后评估和调整记录）");

  private final String label;

  ArchiveScope(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Absent in instances started before V20 (and in FULL's callers): the whole record. */
  public static ArchiveScope of(String code) {
    if (code == null || code.isBlank()) {
      return FULL;
    }
    return ArchiveScope.valueOf(code);
  }
}
