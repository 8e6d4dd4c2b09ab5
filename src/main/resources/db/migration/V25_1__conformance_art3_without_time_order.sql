-- ART3_CATALOGUE no longer compares the catalogue's publication time with the decision's registration (V25
-- compared them): md_catalogue.published_at is the time the catalogue process's publication step ran, the real
-- date and channel are entered afterwards (md_catalogue_publication), and the comparison found decisions that
-- StartEligibility had rightly let start (on the shared test database the catalogues are published at start-up,
-- the tests' decisions registered under a set engine clock). A changed rule is a new migration (ADR 0026).
update md_conformance_rule set description = '决策机关应当确定并向社会公布重大行政决策事项目录，根据实际情况调整；事项须列入本机关已公布的年度目录（或经批准的新增调整）后才能启动决策程序。检查：决策没有对应的目录事项，目录事项不属于本决策机关，或所在目录至今没有公布记录（目录的公布时间是事后登记的，不据以比较先后）。原先以紧急情况为由目录外启动的另见规则ART3_OUTSIDE_CATALOGUE_EMERGENCY。',
 check_sql = 'select d.id as decision_id, d.created_at as evidence_at, ''DECISION:'' || cast(d.id as varchar(20)) as evidence_ref,'
 || ' case when i.id is null then ''决策登记时没有对应的年度决策事项目录事项'''
 || '   when c.unit_code <> d.unit_code then ''决策依据的目录事项'' || i.item_no || ''属于其他决策机关的目录'''
 || '   else ''决策依据的目录事项'' || i.item_no || ''所在的'' || cast(c.catalogue_year as varchar(10)) || ''年度目录没有公布记录'' end as found'
 || ' from md_decision d left join md_catalogue_item i on i.id = d.catalogue_item_id'
 || ' left join md_catalogue c on c.id = i.catalogue_id'
 || ' where {scope} and (d.emergency_reason is null or trim(d.emergency_reason) = '''')'
 || ' and (i.id is null or c.unit_code <> d.unit_code or c.published_at is null)'
 where rule_id = 'ART3_CATALOGUE';
