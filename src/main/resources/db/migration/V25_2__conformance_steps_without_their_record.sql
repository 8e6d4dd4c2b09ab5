-- The steps docs/processes.md §19 had listed as "not a rule" (issue 23, ADR 0026): their evidence is a required
-- field of the task that records the step, so a decision that ran them through the model cannot lack it; but
-- the task itself can be missing (an administrator's modification that skips it, a model version without it,
-- history loaded from elsewhere). Each check finds a decision whose later stage is recorded while the trail
-- entry the step's completion check writes (md_stage_record, StageRecords) is absent: the initiation decision
-- with the undertaking unit and the completed draft with its explanation (Arts. 10-12), the signed expert
-- opinions (Art. 19), the risk report (Art. 23), the interpretation where the model requires it (Art. 32),
-- the execution unit and the execution reports (Arts. 34, 35). Only existence is checked, not time order:
-- the trail's times come from the engine clock and V25_1 shows what comparing them with other clocks did.
-- V21's contract: decision_id, evidence_at, evidence_ref, found; {scope}; H2 and PostgreSQL alike.
insert into md_conformance_rule (rule_id, article, title, description, severity, sort_order, check_sql) values
('ART10_12_INITIATION_AND_DRAFT', '《重大行政决策程序暂行条例》第十条、第十一条、第十二条', '未经启动决定或草案拟定即报送审查或讨论',
 '决策机关决定启动决策程序的，应当明确决策承办单位（第十条、第十一条）；决策承办单位应当拟定决策草案，并说明起草情况和法律依据（第十二条）。这些内容是“决定是否启动决策程序”“拟定决策草案”两项任务的必填项，任务完成时写入决策记录。检查：决策已报送合法性审查或提交集体讨论，但没有决定启动并明确承办单位的记录、没有完成草案拟定的记录，或没有草案起草说明（管理员跳过任务、模型版本缺少任务或外部导入的历史）。',
 '违法', 5,
 'select x.decision_id, x.evidence_at, x.evidence_ref, ''决策已'' || x.stage_reached || ''，但'''
 || ' || case when x.initiated = 0 then ''没有决策机关决定启动并明确承办单位的记录；'' else '''' end'
 || ' || case when x.drafted = 0 then ''没有完成决策草案拟定的记录；'' else '''' end'
 || ' || case when x.explained = 0 then ''没有草案的起草说明；'' else '''' end'
 || ' || ''未经第十条至第十二条的步骤'' as found from ('
 || 'select d.id as decision_id, ''DECISION:'' || cast(d.id as varchar(20)) || '':INITIATION_AND_DRAFT'' as evidence_ref,'
 || ' coalesce((select min(lo.submitted_at) from md_legality_opinion lo where lo.decision_id = d.id),'
 || '   (select min(m.recorded_at) from md_meeting_record m where m.decision_id = d.id)) as evidence_at,'
 || ' case when exists (select 1 from md_legality_opinion lo where lo.decision_id = d.id)'
 || '   then ''报送合法性审查'' else ''提交集体讨论'' end as stage_reached,'
 || ' case when exists (select 1 from md_stage_record s where s.decision_id = d.id and s.event = ''INITIATION_APPROVED'')'
 || '   then 1 else 0 end as initiated,'
 || ' case when exists (select 1 from md_stage_record s where s.decision_id = d.id and s.event = ''DRAFT_COMPLETED'')'
 || '   then 1 else 0 end as drafted,'
 || ' case when exists (select 1 from ACT_HI_VARINST v where v.ROOT_PROC_INST_ID_ = d.process_instance_id'
 || '   and v.NAME_ = ''draftExplanation'' and v.TEXT_ is not null and trim(v.TEXT_) <> '''') then 1 else 0 end as explained'
 || ' from md_decision d where {scope} and (exists (select 1 from md_legality_opinion lo where lo.decision_id = d.id)'
 || '   or exists (select 1 from md_meeting_record m where m.decision_id = d.id))'
 || ') x where x.initiated = 0 or x.drafted = 0 or x.explained = 0'),

('ART19_EXPERT_OPINIONS', '《重大行政决策程序暂行条例》第十九条', '专家论证结束而没有署名的论证意见',
 '专家、专业机构应当独立开展论证工作，客观、公正、科学地提出论证意见，并对所知悉的国家秘密、商业秘密、个人隐私依法履行保密义务；提供书面论证意见的，应当署名、盖章。“提交专家论证意见”任务要求确认已署名盖章并填写意见摘要和采纳情况，完成时写入决策记录。检查：专家论证已记录结果，但没有提交专家论证意见的记录。',
 '违法', 53,
 'select d.id as decision_id, s.recorded_at as evidence_at, ''RECORD:'' || cast(s.id as varchar(20)) as evidence_ref,'
 || ' ''专家论证已结束（'' || coalesce(s.summary, '''') || ''），但没有提交署名、盖章的专家论证意见的记录'' as found'
 || ' from md_decision d join md_stage_record s on s.id = (select min(s2.id) from md_stage_record s2'
 || '   where s2.decision_id = d.id and s2.event = ''ARGUMENTATION_COMPLETED'')'
 || ' where {scope} and not exists (select 1 from md_stage_record o where o.decision_id = d.id'
 || '   and o.event = ''EXPERT_OPINIONS_SUBMITTED'')'),

('ART23_RISK_REPORT', '《重大行政决策程序暂行条例》第二十三条', '风险评估结束而没有风险评估报告',
 '开展风险评估，应当对决策实施的风险进行科学预测、综合研判，形成风险评估报告，明确风险点，提出风险防范措施和处置预案。“提交风险评估报告”任务要求填写风险点、防范措施、处置预案和风险等级，完成时写入决策记录。检查：风险评估已记录结果，但没有提交风险评估报告的记录。',
 '违法', 55,
 'select d.id as decision_id, s.recorded_at as evidence_at, ''RECORD:'' || cast(s.id as varchar(20)) as evidence_ref,'
 || ' ''风险评估已结束（'' || coalesce(s.summary, '''') || ''），但没有提交风险评估报告（风险点、防范措施和处置预案）的记录'' as found'
 || ' from md_decision d join md_stage_record s on s.id = (select min(s2.id) from md_stage_record s2'
 || '   where s2.decision_id = d.id and s2.event = ''RISK_ASSESSMENT_COMPLETED'')'
 || ' where {scope} and not exists (select 1 from md_stage_record r where r.decision_id = d.id'
 || '   and r.event = ''RISK_REPORT_SUBMITTED'')'),

('ART32_INTERPRETATION', '《重大行政决策程序暂行条例》第三十二条', '公众普遍关心或专业性强的决策公布而未解读',
 '对社会公众普遍关心或者专业性、技术性较强的重大行政决策，应当说明公众意见、专家论证意见的采纳情况，通过新闻发布会、接受访谈等方式进行宣传解读。决策公布流程在这两种情形下要求“政策解读与意见采纳说明”任务，完成后与公布一并记录。检查：决策登记为公众普遍关心或专业性、技术性较强，已记录公布，但没有解读的记录。',
 '违法', 102,
 'select d.id as decision_id, s.recorded_at as evidence_at, ''RECORD:'' || cast(s.id as varchar(20)) as evidence_ref,'
 || ' ''决策'' || case when exists (select 1 from ACT_HI_VARINST v where v.ROOT_PROC_INST_ID_ = d.process_instance_id'
 || '   and v.NAME_ = ''publicConcernHigh'' and v.VAR_TYPE_ = ''boolean'' and v.LONG_ = 1) then ''为社会公众普遍关心'''
 || '   else ''专业性、技术性较强'' end || ''，已公布，但没有说明意见采纳情况并宣传解读的记录'' as found'
 || ' from md_decision d join md_stage_record s on s.id = (select min(s2.id) from md_stage_record s2'
 || '   where s2.decision_id = d.id and s2.event = ''PUBLISHED'')'
 || ' where {scope} and exists (select 1 from ACT_HI_VARINST v where v.ROOT_PROC_INST_ID_ = d.process_instance_id'
 || '   and v.NAME_ in (''publicConcernHigh'', ''specialisedTechnical'') and v.VAR_TYPE_ = ''boolean'' and v.LONG_ = 1)'
 || ' and not exists (select 1 from md_stage_record i where i.decision_id = d.id and i.event = ''INTERPRETED'')'),

('ART34_35_EXECUTION', '《重大行政决策程序暂行条例》第三十四条、第三十五条', '未明确执行单位即执行，或执行完毕而没有执行情况报告',
 '决策机关应当明确负责重大行政决策执行工作的单位（第三十四条）；决策执行单位应当跟踪决策实施情况，发现问题或情况重大变化的及时报告（第三十五条）。“明确决策执行单位”“报告决策执行情况”任务完成时写入决策记录。检查：执行阶段已有报告、问题处理、中止、评估或决策机关的决定，却没有明确执行单位的记录；或已决定是否开展后评估（只在报告执行完毕之后），却没有任何执行情况报告。报告周期（90日）是本县的选择，不是条文的期限，不据以检查。',
 '违法', 126,
 'select d.id as decision_id, s.recorded_at as evidence_at, ''RECORD:'' || cast(s.id as varchar(20)) as evidence_ref,'
 || ' ''执行阶段已记录“'' || coalesce(s.summary, '''') || ''”，但没有决策机关明确执行单位的记录'' as found'
 || ' from md_decision d join md_stage_record s on s.id = (select min(s2.id) from md_stage_record s2'
 || '   where s2.decision_id = d.id and s2.event in (''EXECUTION_REPORTED'', ''PROBLEM_ASSESSED'', ''EXECUTION_SUSPENDED'','
 || '   ''EVALUATION_DECIDED'', ''EVALUATOR_DESIGNATED'', ''EVALUATION_REPORTED'', ''EXECUTION_DECIDED''))'
 || ' where {scope} and not exists (select 1 from md_stage_record u where u.decision_id = d.id'
 || '   and u.event = ''EXECUTION_UNIT_DESIGNATED'')'
 || ' union all '
 || 'select d.id, s.recorded_at, ''RECORD:'' || cast(s.id as varchar(20)) || '':REPORT'','
 || ' ''已决定是否开展决策后评估（'' || coalesce(s.summary, '''') || ''），但没有任何决策执行情况报告'''
 || ' from md_decision d join md_stage_record s on s.id = (select min(s2.id) from md_stage_record s2'
 || '   where s2.decision_id = d.id and s2.event = ''EVALUATION_DECIDED'')'
 || ' where {scope} and not exists (select 1 from md_stage_record r where r.decision_id = d.id'
 || '   and r.event = ''EXECUTION_REPORTED'')');
