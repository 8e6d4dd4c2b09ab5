-- Covering indexes on the engine's history for the auditor statistics (docs/audit.md, ADR 0012): the
-- statistics join a year's decisions to their tasks and stage instances by ROOT_PROC_INST_ID_; with these
-- INCLUDE indexes that is an index-only scan instead of a scan of the whole history. They follow V24, which
-- installs the engine's tables (ADR 0029); before that they were made by an engine plugin at start-up, hence
-- "if not exists". CONCURRENTLY keeps a running system writing history; Flyway runs such a script outside a
-- transaction. H2 (demo and tests) needs none.
create index concurrently if not exists md_audit_hi_task_root on ACT_HI_TASKINST (ROOT_PROC_INST_ID_)
  include (PROC_DEF_KEY_, START_TIME_, END_TIME_, DURATION_, DUE_DATE_, DELETE_REASON_);
create index concurrently if not exists md_audit_hi_proc_root on ACT_HI_PROCINST (ROOT_PROC_INST_ID_)
  include (PROC_DEF_KEY_, START_TIME_, END_TIME_, DURATION_);
