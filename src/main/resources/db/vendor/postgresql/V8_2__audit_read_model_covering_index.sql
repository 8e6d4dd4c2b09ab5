-- PostgreSQL only (H2 has no INCLUDE; V8's md_audit_stage_year_idx serves it): the year's per-stage sums of
-- the statistics become an index-only scan instead of visiting every heap page that holds a row of the
-- year (a year's decisions are spread over the table as they were registered over time).
drop index md_audit_stage_year_idx;
create index md_audit_stage_year_cover on md_audit_stage (created_at, unit_code, process_key)
    include (tasks, task_millis, tasks_completed, tasks_due_completed, tasks_on_time, late_tasks, stages_completed,
             stage_millis);
