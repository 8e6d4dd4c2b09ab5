-- Issue 22 items 1 and 2: the meeting record (Decree 713 Art. 30) names each participant in speaking order, with
-- their own opinion (同意 / 不同意 / 保留) and their words kept verbatim (Art. 38 ¶3: who dissented is on record), who
-- presided, and the decision body's own judgement of the risk (Art. 24). Insert only, like md_meeting_record.
-- Records made before this change keep their shared free-text opinions (member_opinions) and the counts entered by
-- hand; from now on the counts and "the head spoke last" are derived from the participants and member_opinions
-- stays empty.
alter table md_meeting_record alter column member_opinions drop not null;
alter table md_meeting_record add column risk_judgement varchar(32);
alter table md_meeting_record add column risk_measures varchar(2000);

create table md_meeting_participant (
    meeting_record_id  bigint        not null references md_meeting_record (id),
    speaking_order     integer       not null,
    name               varchar(50)   not null,
    position           varchar(100),
    role               varchar(16)   not null,
    presided           boolean       not null,
    opinion            varchar(16),
    statement          varchar(2000),
    primary key (meeting_record_id, speaking_order)
);
