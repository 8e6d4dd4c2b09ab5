-- The nightly history cleanup (ADR 0002, the production window) deletes the expired engine history in
-- batches of 500 rows a table, one transaction each. PostgreSQL's autovacuum triggers by proportion
-- (vacuum at 20% dead rows, analyze at 10% changed rows): on tables of millions of rows it may not run in
-- a whole night, and with the statistics of before the cleanup the planner expects many expired rows and
-- reads the whole table for a batch's "limit 500" once few are left, so one batch holds its locks for
-- over a second (docs/performance.md, "Ten years of a province"). By row count instead, for the tables
-- the cleanup empties. Storage parameters only: a brief lock, no rewrite. H2 (demo and tests) has no
-- autovacuum.
alter table ACT_HI_ACTINST set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
  autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000);
alter table ACT_HI_TASKINST set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
  autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000);
alter table ACT_HI_PROCINST set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
  autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000);
alter table ACT_HI_VARINST set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
  autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000);
alter table ACT_HI_DETAIL set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
  autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000);
alter table ACT_HI_IDENTITYLINK set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
  autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000);
alter table ACT_HI_OP_LOG set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
  autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000);
alter table ACT_HI_JOB_LOG set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
  autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000);
