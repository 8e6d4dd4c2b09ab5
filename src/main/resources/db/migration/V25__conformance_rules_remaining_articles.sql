-- The articles docs/processes.md cites as a gate, limit or required step that V21 had no rule for (issue 23,
-- ADR 0026): the catalogue (Art. 3), the dispute statement (Art. 13), the hearing's notice, materials and
-- signed record (Arts. 16, 17), the experts' independence and selection record (Arts. 19-21, 41), the
-- decision body's risk judgement (Art. 24), the legal adviser's opinion (Art. 28), the meeting materials
-- (Art. 29), the fair-competition review before issue (FCR Regulation Arts. 13-18) and the evaluator's
-- independence (Art. 36); and the fair-competition exceptions (FCR Regulation Arts. 12, 17) for the auditor
-- to check one by one, which the statistics' exception rate now counts.
-- Rows only, as V21 says: the checks follow V21's contract (decision_id, evidence_at, evidence_ref, found;
-- {scope}; :today, :archiveDays) and run on H2 and PostgreSQL alike. ACT_HI_VARINST holds a variable's last
-- value; the checks read it by ROOT_PROC_INST_ID_, which every stage process of a decision shares.
insert into md_conformance_rule (rule_id, article, title, description, severity, sort_order, check_sql) values
('ART3_CATALOGUE', '《重大行政决策程序暂行条例》第三条第三款', '决策事项未列入已公布的年度目录即启动',
 '决策机关应当确定并向社会公布重大行政决策事项目录，根据实际情况调整；事项须列入本机关已公布的年度目录（或经批准的新增调整）后才能启动决策程序。检查：决策没有对应的目录事项，目录事项不属于本决策机关，或决策登记时所在目录尚未公布。原先以紧急情况为由目录外启动的另见规则ART3_OUTSIDE_CATALOGUE_EMERGENCY。',
 '违法', 1,
 'select d.id as decision_id, d.created_at as evidence_at, ''DECISION:'' || cast(d.id as varchar(20)) as evidence_ref,'
 || ' case when i.id is null then ''决策登记时没有对应的年度决策事项目录事项'''
 || '   when c.unit_code <> d.unit_code then ''决策依据的目录事项'' || i.item_no || ''属于其他决策机关的目录'''
 || '   else ''决策登记时目录事项'' || i.item_no || ''所在的'' || cast(c.catalogue_year as varchar(10)) || ''年度目录尚未公布'' end as found'
 || ' from md_decision d left join md_catalogue_item i on i.id = d.catalogue_item_id'
 || ' left join md_catalogue c on c.id = i.catalogue_id'
 || ' where {scope} and (d.emergency_reason is null or trim(d.emergency_reason) = '''')'
 || ' and (i.id is null or c.unit_code <> d.unit_code or c.published_at is null or c.published_at > d.created_at)'),

('ART3_OUTSIDE_CATALOGUE_EMERGENCY', '《重大行政决策程序暂行条例》第三条第二款、第三款', '以紧急情况为由在目录外启动（已停止的做法）',
 '本系统早期允许以紧急情况为由在目录外启动决策；现在突发事件应急处置决策不适用本程序（第三条第二款），其他事项须经目录调整新增（第三条第三款）。此前以这种方式启动的决策逐件列出，须核对其理由。',
 '提示', 2,
 'select d.id as decision_id, d.created_at as evidence_at, ''DECISION:'' || cast(d.id as varchar(20)) as evidence_ref,'
 || ' ''以紧急情况为由在目录外启动，理由：'' || d.emergency_reason as found'
 || ' from md_decision d where {scope} and d.emergency_reason is not null and trim(d.emergency_reason) <> '''''),

('ART13_DISPUTE_STATEMENT', '《重大行政决策程序暂行条例》第十三条', '有关单位意见不一致而未向决策机关说明争议',
 '决策草案涉及其他单位职责的，应当充分征求其意见；不能取得一致意见的，应当向决策机关说明争议的主要问题、有关单位的意见、决策承办单位的意见、理由和依据。检查：报送集体讨论时记录了单位间存在争议，但会议前没有争议问题说明；或草案列明了协办单位，却没有征求其意见的记录。',
 '违法', 35,
 'select d.id as decision_id, m.recorded_at as evidence_at, ''MEETING:'' || cast(m.id as varchar(20)) as evidence_ref,'
 || ' ''会议（'' || cast(m.meeting_date as varchar(10)) || ''）前，材料记录有关单位对草案有争议，但没有向决策机关说明争议的主要问题和各方意见'' as found'
 || ' from md_decision d join md_meeting_record m on m.decision_id = d.id'
 || ' where {scope} and exists (select 1 from ACT_HI_VARINST mv where mv.ROOT_PROC_INST_ID_ = d.process_instance_id and mv.NAME_ = ''unitsDisagreed'' and mv.VAR_TYPE_ = ''boolean'' and mv.LONG_ = 1)'
 || ' and not exists (select 1 from md_dispute_statement ds where ds.decision_id = d.id and ds.recorded_at <= m.recorded_at)'
 || ' union all '
 || 'select d.id, m.recorded_at, ''MEETING:'' || cast(m.id as varchar(20)) || '':CO_UNITS'','
 || ' ''草案涉及协办单位（'' || cu.TEXT_ || ''），会议（'' || cast(m.meeting_date as varchar(10)) || ''）前没有征求其意见的记录'''
 || ' from md_decision d join md_meeting_record m on m.decision_id = d.id'
 || ' join ACT_HI_VARINST cu on cu.ROOT_PROC_INST_ID_ = d.process_instance_id and cu.NAME_ = ''coUnitNames'''
 || '   and cu.TEXT_ is not null and trim(cu.TEXT_) <> '''''
 || ' where {scope} and m.id = (select min(m2.id) from md_meeting_record m2 where m2.decision_id = d.id)'
 || ' and not exists (select 1 from ACT_HI_VARINST ic where ic.ROOT_PROC_INST_ID_ = d.process_instance_id'
 || '   and ic.NAME_ = ''interUnitConsultation'' and ic.TEXT_ is not null and trim(ic.TEXT_) <> '''')'),

('ART16_HEARING_NOTICE', '《重大行政决策程序暂行条例》第十六条、第十七条', '听证未提前公布或材料送达不足7日',
 '决策机关应当提前公布决策草案及其说明等材料，明确听证时间、地点等信息；听证材料应当至少在听证会举行7日前送达听证参加人（decision.rules.hearing-material-lead-days）。检查每次听证（md_hearing）：听证公告不早于听证日期，或材料送达距听证不足7日。',
 '违法', 42,
 'select d.id as decision_id, h.recorded_at as evidence_at, ''HEARING:'' || cast(h.id as varchar(20)) as evidence_ref,'
 || ' ''听证会于'' || cast(h.hearing_date as varchar(10)) || ''举行，'' || case when nd.day_no >= hd.day_no'
 || '   then ''听证公告'' || cast(h.notice_published_on as varchar(10)) || ''才发布，没有提前公布'''
 || '   else ''听证材料'' || cast(h.materials_delivered_on as varchar(10)) || ''才送达，距听证仅'''
 || '     || cast(hd.day_no - md.day_no as varchar(10)) || ''日'' end as found'
 || ' from md_decision d join md_hearing h on h.decision_id = d.id'
 || ' join md_conformance_day hd on hd.cal_day = h.hearing_date'
 || ' join md_conformance_day nd on nd.cal_day = h.notice_published_on'
 || ' join md_conformance_day md on md.cal_day = h.materials_delivered_on'
 || ' where {scope} and (nd.day_no >= hd.day_no or hd.day_no - md.day_no < 7)'),

('ART17_HEARING_RECORD', '《重大行政决策程序暂行条例》第十七条', '听证没有经签字的听证笔录',
 '听证会应当按照规定程序进行，听证笔录应当由听证参加人确认签字（决策档案材料“听证笔录”）。检查每次听证（md_hearing）：记录听证时决策档案中没有听证笔录。',
 '违法', 43,
 'select d.id as decision_id, h.recorded_at as evidence_at, ''HEARING:'' || cast(h.id as varchar(20)) || '':RECORD'' as evidence_ref,'
 || ' ''听证会于'' || cast(h.hearing_date as varchar(10)) || ''举行，决策档案中没有听证笔录'' as found'
 || ' from md_decision d join md_hearing h on h.decision_id = d.id'
 || ' where {scope} and not exists (select 1 from md_document doc where doc.decision_no = d.decision_no'
 || '   and doc.kind = ''HEARING_RECORD'' and doc.uploaded_at <= h.recorded_at)'),

('ART20_EXPERT_INDEPENDENCE', '《重大行政决策程序暂行条例》第二十条、第四十一条', '选取了有直接利害关系或已除名的专家',
 '选择专家应当坚持专业性、代表性和中立性，与决策事项有直接利害关系的专家不得参加论证；被除名的专家不得再参加。检查专家遴选记录：所选库内专家在遴选前已被除名，或其申报的利害关系包含本决策机关名称，或（只有一项申报时）该项出现在决策事项名称中。多项申报逐项比对由遴选时的办理检查负责。',
 '违法', 52,
 'select d.id as decision_id, p.selected_at as evidence_at, ''EXPERT:'' || cast(p.id as varchar(20)) as evidence_ref,'
 || ' ''选取的专家'' || e.name || case when exists (select 1 from md_expert_sanction x where x.expert_id = e.id'
 || '   and x.kind = ''REMOVED'' and x.recorded_at <= p.selected_at) then ''在遴选前已被除名'''
 || '   else ''申报与“'' || e.declared_conflicts || ''”存在利害关系，与本决策事项有直接利害关系'' end as found'
 || ' from md_decision d join md_expert_participation p on p.decision_id = d.id'
 || ' join md_expert e on e.id = p.expert_id join md_unit u on u.code = d.unit_code'
 || ' where {scope} and (exists (select 1 from md_expert_sanction x where x.expert_id = e.id'
 || '   and x.kind = ''REMOVED'' and x.recorded_at <= p.selected_at)'
 || ' or (e.declared_conflicts is not null and (position(u.name in e.declared_conflicts) > 0'
 || '   or position(trim(e.declared_conflicts) in d.title) > 0)))'),

('ART21_EXPERT_SELECTION_RECORD', '《重大行政决策程序暂行条例》第十九条、第二十一条', '专家论证没有专家遴选记录',
 '专家论证应当从专家库选取专家，库外选取须说明理由（本县专家库，第二十一条）；论证意见已提交，却没有任何专家遴选记录（库内专家或附理由的库外专家），无法核对论证专家的来源和中立性。专家库建立前完成的论证也会列出。',
 '不规范', 54,
 'select d.id as decision_id, s.recorded_at as evidence_at, ''RECORD:'' || cast(s.id as varchar(20)) as evidence_ref,'
 || ' ''专家论证意见已提交，但没有专家遴选记录（库内专家或说明理由的库外专家）'' as found'
 || ' from md_decision d join md_stage_record s on s.id = (select min(s2.id) from md_stage_record s2'
 || '   where s2.decision_id = d.id and s2.event in (''EXPERT_OPINIONS_SUBMITTED'', ''ARGUMENTATION_COMPLETED''))'
 || ' where {scope} and not exists (select 1 from md_expert_participation p where p.decision_id = d.id)'),

('ART24_RISK_JUDGEMENT', '《重大行政决策程序暂行条例》第二十四条', '风险不可控仍作出决策',
 '决策机关应当将风险评估结果作为决策的重要依据；认为风险不可控的，在采取调整决策草案等措施确保风险可控后，可以作出决策。检查：经过风险评估的决策，会议通过时记录的判断为“风险不可控”，或为“采取措施后可控”却没有记录措施。',
 '违法', 56,
 'select d.id as decision_id, m.recorded_at as evidence_at, ''MEETING:'' || cast(m.id as varchar(20)) as evidence_ref,'
 || ' ''会议（'' || cast(m.meeting_date as varchar(10)) || ''）通过决策，'' || case when m.risk_judgement = ''UNCONTROLLABLE'''
 || '   then ''记录的风险判断为风险不可控'' else ''风险判断为采取措施后可控，但没有记录措施'' end as found'
 || ' from md_decision d join md_meeting_record m on m.decision_id = d.id and m.outcome = ''ADOPTED'''
 || ' where {scope} and (m.risk_judgement = ''UNCONTROLLABLE'' or (m.risk_judgement = ''CONTROLLABLE_WITH_MEASURES'''
 || '   and (m.risk_measures is null or trim(m.risk_measures) = '''')))'),

('ART24_RISK_JUDGEMENT_MISSING', '《重大行政决策程序暂行条例》第二十四条', '经风险评估的决策通过时没有记录决策机关的风险判断',
 '风险评估结果应当作为决策的重要依据：决策完成风险评估后，会议通过决策时没有记录决策机关对风险是否可控的判断（会议记录增加风险判断之前的记录也会列出，其依据须查阅风险评估报告）。',
 '不规范', 57,
 'select d.id as decision_id, m.recorded_at as evidence_at, ''MEETING:'' || cast(m.id as varchar(20)) as evidence_ref,'
 || ' ''会议（'' || cast(m.meeting_date as varchar(10)) || ''）通过决策，决策已经风险评估，会议记录没有决策机关对风险是否可控的判断'' as found'
 || ' from md_decision d join md_meeting_record m on m.decision_id = d.id and m.outcome = ''ADOPTED'''
 || ' where {scope} and m.risk_judgement is null and exists (select 1 from md_stage_record s where s.decision_id = d.id'
 || '   and s.event in (''RISK_ASSESSMENT_COMPLETED'', ''RISK_REPORT_SUBMITTED'') and s.recorded_at <= m.recorded_at)'),

('FCR18_REVIEW_BEFORE_ISSUE', '《公平竞争审查条例》第十三条至第十八条；《重大行政决策程序暂行条例》第二十九条第一项', '涉及经营者经济活动的措施未经公平竞争审查即出台',
 '起草涉及经营者经济活动的政策措施，应当进行公平竞争审查；未经审查或经审查违反审查标准的，不得出台（第十八条）；适用第十二条例外的应当说明理由（第十七条）。检查：涉及市场主体经济活动或应履行程序表要求公平竞争审查的决策已公布，公布前最近一次审查结论不是“符合”或附理由的“例外”，也没有审查完成的记录或依法不审查的说明。',
 '违法', 58,
 'select d.id as decision_id, p.recorded_at as evidence_at, ''RECORD:'' || cast(p.id as varchar(20)) as evidence_ref,'
 || ' case when exists (select 1 from md_fair_competition_review v where v.decision_id = d.id and v.recorded_at <= p.recorded_at)'
 || '   then ''决策已公布，公布前最近一次公平竞争审查的结论不允许出台（或适用例外而未说明理由）'''
 || '   else ''决策涉及经营者经济活动，公布前没有公平竞争审查记录，也没有依法不审查的说明'' end as found'
 || ' from md_decision d join md_stage_record p on p.id = (select min(p2.id) from md_stage_record p2'
 || '   where p2.decision_id = d.id and p2.event = ''PUBLISHED'')'
 || ' where {scope} and (exists (select 1 from ACT_HI_VARINST mv where mv.ROOT_PROC_INST_ID_ = d.process_instance_id and mv.NAME_ = ''involvesMarketActors'' and mv.VAR_TYPE_ = ''boolean'' and mv.LONG_ = 1) or exists (select 1 from md_procedure_requirement fr where fr.decision_id = d.id and fr.procedure_code = ''FAIR_COMPETITION_REVIEW'' and fr.required = true))'
 || ' and not exists (select 1 from md_fair_competition_review v where v.id = (select max(v2.id)'
 || '   from md_fair_competition_review v2 where v2.decision_id = d.id and v2.recorded_at <= p.recorded_at)'
 || '   and (v.conclusion = ''PASS'' or (v.conclusion = ''EXCEPTION'' and v.exception_reason is not null'
 || '   and trim(v.exception_reason) <> '''')))'
 || ' and not (not exists (select 1 from md_fair_competition_review v3 where v3.decision_id = d.id)'
 || '   and exists (select 1 from md_stage_record r where r.decision_id = d.id'
 || '   and r.event = ''FAIR_COMPETITION_REVIEWED'' and r.recorded_at <= p.recorded_at))'
 || ' and not exists (select 1 from md_procedure_requirement x where x.decision_id = d.id'
 || '   and x.procedure_code = ''FAIR_COMPETITION_REVIEW'' and x.planned = false'
 || '   and x.exemption_reason is not null and trim(x.exemption_reason) <> '''')'),

('FCR17_EXCEPTION', '《公平竞争审查条例》第十二条、第十七条', '公平竞争审查适用例外情形',
 '经公平竞争审查认为具有排除、限制竞争效果，但符合第十二条例外情形而出台的，应当说明理由；合法，但须逐件核对其依据（统计页“公平竞争审查适用第十二条例外情形”即本规则的结果）。',
 '提示', 59,
 'select d.id as decision_id, v.recorded_at as evidence_at, ''FCR:'' || cast(v.id as varchar(20)) as evidence_ref,'
 || ' ''公平竞争审查（'' || cast(v.reviewed_on as varchar(10)) || ''）适用第十二条例外情形，理由：'''
 || '   || coalesce(v.exception_reason, ''未说明'') as found'
 || ' from md_decision d join md_fair_competition_review v on v.decision_id = d.id and v.conclusion = ''EXCEPTION'''
 || ' where {scope}'),

('ART28_LEGAL_ADVISER', '《重大行政决策程序暂行条例》第二十八条', '合法性审查未听取法律顾问、公职律师意见',
 '负责合法性审查的部门应当及时提出合法性审查意见，并对合法性审查意见负责；在合法性审查过程中，应当组织法律顾问、公职律师提出法律意见。检查每一轮出具了审查结论的合法性审查（退回补充材料的除外）：没有记录法律顾问、公职律师的意见。',
 '违法', 25,
 'select d.id as decision_id, o.issued_at as evidence_at, ''REVIEW:'' || cast(o.id as varchar(20)) as evidence_ref,'
 || ' ''第'' || cast(o.round_no as varchar(10)) || ''轮合法性审查出具了结论，但没有法律顾问、公职律师的意见'' as found'
 || ' from md_decision d join md_legality_opinion o on o.decision_id = d.id'
 || ' where {scope} and o.issued_at is not null and o.outcome <> ''RETURNED_INCOMPLETE'''
 || ' and (o.adviser_opinion is null or trim(o.adviser_opinion) = '''')'),

('ART29_MEETING_MATERIALS', '《重大行政决策程序暂行条例》第二十九条', '集体讨论前未报送规定材料或缺少公平竞争审查情况',
 '决策草案提交决策机关讨论，应当报送决策草案及其说明、公众参与和专家论证、风险评估、合法性审查等材料，涉及市场主体经济活动的包括公平竞争审查情况（第二十九条第一项；《公平竞争审查条例》）。检查每次会议：会议前没有报送集体讨论材料的记录；或决策涉及市场主体经济活动（或须公平竞争审查），会议前最近一次报送的材料不含公平竞争审查情况。',
 '违法', 65,
 'select d.id as decision_id, m.recorded_at as evidence_at, ''MEETING:'' || cast(m.id as varchar(20)) as evidence_ref,'
 || ' ''会议（'' || cast(m.meeting_date as varchar(10)) || ''）前没有报送集体讨论材料的记录'' as found'
 || ' from md_decision d join md_meeting_record m on m.decision_id = d.id'
 || ' where {scope} and not exists (select 1 from md_stage_record s where s.decision_id = d.id'
 || '   and s.event = ''MEETING_MATERIALS_SUBMITTED'' and s.recorded_at <= m.recorded_at)'
 || ' union all '
 || 'select d.id, m.recorded_at, ''MEETING:'' || cast(m.id as varchar(20)) || '':FCR'','
 || ' ''会议（'' || cast(m.meeting_date as varchar(10)) || ''）的材料不含公平竞争审查情况，而决策涉及市场主体经济活动'''
 || ' from md_decision d join md_meeting_record m on m.decision_id = d.id'
 || ' join md_stage_record s on s.id = (select max(s2.id) from md_stage_record s2 where s2.decision_id = d.id'
 || '   and s2.event = ''MEETING_MATERIALS_SUBMITTED'' and s2.recorded_at <= m.recorded_at)'
 || ' where {scope} and (exists (select 1 from ACT_HI_VARINST mv where mv.ROOT_PROC_INST_ID_ = d.process_instance_id and mv.NAME_ = ''involvesMarketActors'' and mv.VAR_TYPE_ = ''boolean'' and mv.LONG_ = 1) or exists (select 1 from md_procedure_requirement fr where fr.decision_id = d.id and fr.procedure_code = ''FAIR_COMPETITION_REVIEW'' and fr.required = true))'
 || ' and (s.summary is null or position(''公平竞争审查'' in s.summary) = 0)'),

('ART36_EVALUATOR_INDEPENDENCE', '《重大行政决策程序暂行条例》第三十六条第二款', '决策后评估委托给了决策前承担论证评估的单位',
 '开展决策后评估，可以委托专业机构、社会组织等第三方进行，决策作出前承担主要论证评估工作的单位除外。检查：决策后评估单位与决策承办单位、专家论证机构或风险评估单位是同一单位（名称去掉空格、标点并统一大小写后相同，与办理时的检查一致，但不做全角半角转换）。',
 '违法', 125,
 'select d.id as decision_id, coalesce((select min(s.recorded_at) from md_stage_record s where s.decision_id = d.id'
 || '   and s.event = ''EVALUATOR_DESIGNATED''), ev.CREATE_TIME_) as evidence_at,'
 || ' ''VARIABLE:'' || ev.ID_ as evidence_ref,'
 || ' ''决策后评估单位“'' || ev.TEXT_ || ''”在决策前是'' || min(case o.NAME_ when ''undertakingUnitName'' then ''决策承办单位'''
 || '   when ''expertInstitution'' then ''专家论证机构'' else ''风险评估单位'' end) as found'
 || ' from md_decision d join ACT_HI_VARINST ev on ev.ROOT_PROC_INST_ID_ = d.process_instance_id'
 || '   and ev.NAME_ = ''evaluatorUnit'' and ev.TEXT_ is not null'
 || ' join ACT_HI_VARINST o on o.ROOT_PROC_INST_ID_ = d.process_instance_id'
 || '   and o.NAME_ in (''undertakingUnitName'', ''expertInstitution'', ''riskAssessorUnit'') and o.TEXT_ is not null'
 || ' where {scope} and lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(o.TEXT_, '' '', ''''), ''　'', ''''), ''。'', ''''), ''，'', ''''), ''.'', ''''), '','', ''''), ''、'', ''''), ''·'', ''''), ''（'', ''''), ''）'', ''''), ''('', ''''), '')'', ''''), ''-'', ''''), ''—'', ''''), ''：'', ''''), '':'', ''''), ''；'', ''''), '';'', '''')) = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(ev.TEXT_, '' '', ''''), ''　'', ''''), ''。'', ''''), ''，'', ''''), ''.'', ''''), '','', ''''), ''、'', ''''), ''·'', ''''), ''（'', ''''), ''）'', ''''), ''('', ''''), '')'', ''''), ''-'', ''''), ''—'', ''''), ''：'', ''''), '':'', ''''), ''；'', ''''), '';'', '''')) and lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(ev.TEXT_, '' '', ''''), ''　'', ''''), ''。'', ''''), ''，'', ''''), ''.'', ''''), '','', ''''), ''、'', ''''), ''·'', ''''), ''（'', ''''), ''）'', ''''), ''('', ''''), '')'', ''''), ''-'', ''''), ''—'', ''''), ''：'', ''''), '':'', ''''), ''；'', ''''), '';'', '''')) <> '''''
 || ' group by d.id, ev.ID_, ev.TEXT_, ev.CREATE_TIME_');
