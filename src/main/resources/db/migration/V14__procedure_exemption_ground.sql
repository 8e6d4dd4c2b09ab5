-- Issue 15 item 1: a required procedure may be left out only under its lawful exception (Decree 713
-- Art. 14 依法不予公开, Art. 22 ¶2 已评估, FCR Regulation Arts. 12/17), recorded with its evidence in
-- exemption_reason. Rows written before this change keep a null ground: a free-text 特别说明 that the
-- auditor still reads as it was written.
alter table md_procedure_requirement add column exemption_ground varchar(32);
