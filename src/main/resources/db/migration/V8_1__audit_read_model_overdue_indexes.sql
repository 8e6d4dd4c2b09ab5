-- The OVERDUE flag and the overdueIn drill-down (docs/audit.md) look up the decisions with late tasks:
-- without these, PostgreSQL scanned the whole md_audit_stage for one stage's late rows (measured
-- 54-110 ms at 25,000 decisions); with them it reads just those rows from the index.
create index md_audit_stage_late_idx on md_audit_stage (process_key, late_tasks, decision_id);
create index md_audit_decision_late_idx on md_audit_decision (late_tasks, decision_id);
