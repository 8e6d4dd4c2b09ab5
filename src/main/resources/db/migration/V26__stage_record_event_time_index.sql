-- Statistics over a year: the figure "archived within N days of publication" and the rules that look
-- for one kind of trail event (shortened review, procedures waived, fair-competition exceptions) read
-- md_stage_record by event for every decision of the year. With the time in the index they are
-- answered from the index alone (measured in docs/performance.md, "Ten years of a province"). The
-- (decision_id, event) index stays for the per-decision look-ups.
create index md_stage_record_event_time_idx on md_stage_record (event, decision_id, recorded_at);
