-- Auditor read model (issue 6, docs/audit.md, ADR 0013): per-decision compliance facts, so that the
-- county-wide statistics of a year are one indexed aggregate instead of a join over the whole engine
-- history. Written only by audit/DecisionFacts, in the transaction of the engine step or application
-- service that changed the decision (so it cannot drift); back-filled at boot for every decision that
-- has no row yet (the rows are computed from ACT_HI_*, which Flyway cannot read on a new database).
-- To rebuild after a change of a compliance rule, a later migration deletes the rows; the next boot
-- refills them.

-- One row per decision: the rules of audit/ComplianceSql evaluated once. unit_code and created_at are
-- the decision's own (neither ever changes), copied so that a year's statistics read these tables alone.
create table md_audit_decision (
    decision_id          bigint       not null primary key references md_decision (id),
    unit_code            varchar(32)  not null,
    created_at           timestamp with time zone not null,
    discussed            boolean      not null,
    skipped_review       boolean      not null,
    procedures_missing   boolean      not null,
    -- Tasks of the decision's process tree that ended after their due date.
    late_tasks           integer      not null,
    refreshed_at         timestamp with time zone not null
);
create index md_audit_decision_year_idx on md_audit_decision (created_at, unit_code);

-- One row per decision and stage process (PROC_DEF_KEY_ of the tree's process instances and tasks):
-- the sums behind the per-stage figures (counts and summed milliseconds; means are sum / count).
create table md_audit_stage (
    decision_id          bigint       not null references md_decision (id),
    process_key          varchar(255) not null,
    unit_code            varchar(32)  not null,
    created_at           timestamp with time zone not null,
    stages_completed     integer      not null,
    stage_millis         bigint       not null,
    tasks                integer      not null,
    tasks_completed      integer      not null,
    task_millis          bigint       not null,
    tasks_due_completed  integer      not null,
    tasks_on_time        integer      not null,
    late_tasks           integer      not null,
    constraint md_audit_stage_pk primary key (decision_id, process_key)
);
create index md_audit_stage_year_idx on md_audit_stage (created_at, unit_code);

-- Open tasks that have a due date: whether they are overdue depends on the time of the question, so
-- the due date is kept and compared then. Small: only running tasks.
create table md_audit_open_task (
    task_id              varchar(64)  not null primary key,
    decision_id          bigint       not null references md_decision (id),
    process_key          varchar(255) not null,
    due_date             timestamp    not null
);
create index md_audit_open_task_decision_idx on md_audit_open_task (decision_id, due_date);

-- The auditor timeline reads a decision's reminders and escalations by its number.
create index md_notification_decision_idx on md_notification (decision_no, created_at);
