-- Task actions (issue 19, ADR 0022): 抄送 (copy), 催办 (urge) and 转办 (hand over) tell people through the
-- inbox. A task may be urged once a day and copied or handed over many times, so a notification is now
-- unique per (task, kind, occasion): the occasion is '' for the one-off reminder and escalation (their
-- cluster safety is unchanged), the day (yyyy-MM-dd) for an urge, and the trail entry's id for a copy or
-- hand-over.
alter table md_notification add column occasion varchar(64) default '' not null;
alter table md_notification drop constraint md_notification_task_kind_uk;
alter table md_notification add constraint md_notification_task_kind_occasion_uk unique (task_id, kind, occasion);
