-- Auditor workspace (issue 6, docs/audit.md).
--
-- 1. Tamper evidence: when a decision is archived, its archive record is sealed with a SHA-256 over
--    its canonical content (decision, procedure plan, legality rounds, meetings, trail up to the
--    sealing moment) and chained to the previous sealed record of the same unit. Records archived
--    before this migration stay unsealed (hash columns null) and are reported as such.
alter table md_archive_record add column chain_unit varchar(32);
alter table md_archive_record add column chain_seq integer;
alter table md_archive_record add column hash_scheme integer;
alter table md_archive_record add column sealed_trail_id bigint;
alter table md_archive_record add column content_hash varchar(64);
alter table md_archive_record add column previous_hash varchar(64);
alter table md_archive_record add column record_hash varchar(64);
-- One position per unit chain: two archivings that raced for the same place cannot both commit.
create unique index md_archive_record_chain_uk on md_archive_record (chain_unit, chain_seq);

-- 2. Indexes for the auditor queries (search, statistics, drill-down). The engine's own ACT_HI_*
--    indexes on ROOT_PROC_INST_ID_ serve the timeline and the per-stage figures; the app's tables
--    need these for the filters and the correlated EXISTS checks.
create index md_decision_created_idx on md_decision (created_at);
create index md_decision_status_idx on md_decision (status, created_at);
create index md_decision_process_idx on md_decision (process_instance_id);
create index md_stage_record_event_idx on md_stage_record (decision_id, event);
create index md_procedure_requirement_required_idx on md_procedure_requirement (decision_id, required);
