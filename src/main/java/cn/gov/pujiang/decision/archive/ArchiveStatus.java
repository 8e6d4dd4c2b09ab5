package cn.gov.pujiang.decision.archive;

/** Where an archive record stands. */
public enum ArchiveStatus {
  /** 归档清单已生成，待办公室核对. */
  COMPILED,
  /** 已确认归档. */
  ARCHIVED
}
