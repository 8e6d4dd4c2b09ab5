-- The county-wide statistics of a year spent most of their time on two columns that joined every decision of the
-- year to its records one by one: "archived within N days of publication" (Decree 713 Art. 33 及时; the archive
-- record and the last publication entry of the trail) and "every meeting recorded each participant's opinion"
-- (Art. 30). Both facts now live in the read model beside the others (ADR 0013), written by audit/DecisionFacts
-- in the transaction that changes them; the statistics read the year's rows of md_audit_decision alone
-- (docs/performance.md, "Ten years of a province").
--
-- published_at: the last PUBLISHED or NOT_PUBLISHED entry of the trail; archived_at: when the archive record
-- was closed (status ARCHIVED); opinions_recorded: discussed, and no meeting without its participants.
alter table md_audit_decision add column published_at timestamp with time zone;
alter table md_audit_decision add column archived_at timestamp with time zone;
alter table md_audit_decision add column opinions_recorded boolean default false not null;

-- The existing rows, from the application's own tables (the same definitions as DecisionFacts), so that no boot
-- has to recompute every decision from the engine history.
update md_audit_decision f set
    published_at = (select max(s.recorded_at) from md_stage_record s
                    where s.decision_id = f.decision_id and s.event in ('PUBLISHED', 'NOT_PUBLISHED')),
    archived_at = (select a.archived_at from md_archive_record a
                   where a.decision_id = f.decision_id and a.status = 'ARCHIVED'),
    opinions_recorded = case
        when exists (select 1 from md_meeting_record m where m.decision_id = f.decision_id)
         and not exists (select 1 from md_meeting_record m where m.decision_id = f.decision_id
                         and not exists (select 1 from md_meeting_participant p where p.meeting_record_id = m.id))
        then true else false end;
