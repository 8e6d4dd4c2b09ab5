package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.audit.AuditStatistics.Ratio;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Statistics columns for compliance flags that are lawful only with a recorded reason or evidence
 * (the legal review of the models): per unit and year, the decisions flagged out of the decisions registered, linking to
 * the search by the flag. Read from the trail directly (index on decision_id, event). Read-only.
 */
abstract class FlaggedDecisionFigures implements UnitFigureSource {

  private final NamedParameterJdbcTemplate jdbc;
  private final ComplianceFlag flag;
  private final String condition;
  /** The decisions counted against: null for every decision registered in the year. */
  private final String base;

  FlaggedDecisionFigures(NamedParameterJdbcTemplate jdbc, ComplianceFlag flag, String condition) {
    this(jdbc, flag, condition, null);
  }

  FlaggedDecisionFigures(NamedParameterJdbcTemplate jdbc, ComplianceFlag flag, String condition, String base) {
    this.jdbc = jdbc;
    this.flag = flag;
    this.condition = condition;
    this.base = base;
  }

  @Override
  public Map<String, Ratio> figures(AuditCriteria criteria) {
    Map<String, Ratio> out = new LinkedHashMap<>();
    if (criteria.year() == null) {
      return out;
    }
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("yearStart", DecisionSearch.startOfDay(LocalDate.of(criteria.year(), 1, 1)))
        .addValue("yearEnd", DecisionSearch.startOfDay(LocalDate.of(criteria.year() + 1, 1, 1)));
    String scope = "d.created_at >= :yearStart and d.created_at < :yearEnd";
    if (criteria.unit() != null && !criteria.unit().isBlank()) {
      scope += " and d.unit_code = :unit";
      params.addValue("unit", criteria.unit());
    }
    // A flag that is a rule's findings counts what the rule finds over the same year and unit.
    String counted = flag.ruleId() == null ? condition : RuleFindings.condition(jdbc, flag.ruleId(), scope, condition);
    String sql = "select d.unit_code,"
        + (base == null ? " count(*)," : " sum(case when " + base + " then 1 else 0 end),")
        + " sum(case when " + counted + " then 1 else 0 end)"
        + " from md_decision d where " + scope;
    jdbc.query(sql + " group by d.unit_code", params, rs -> {
      String unit = rs.getString(1);
      out.put(unit, new Ratio(rs.getLong(3), rs.getLong(2), AuditStatistics.query(criteria.year(), unit, flag)));
    });
    return out;
  }

  /** Decree 713 Art. 26 "一般不少于7个工作日": meetings the decision organ held sooner, with its reason. */
  @Component
  static class ReviewTimeShortened extends FlaggedDecisionFigures {
    ReviewTimeShortened(NamedParameterJdbcTemplate jdbc) {
      super(jdbc, ComplianceFlag.REVIEW_TIME_SHORTENED, ComplianceSql.REVIEW_TIME_SHORTENED);
    }

    @Override
    public String key() {
      return "reviewTimeShortened";
    }

    @Override
    public String label() {
      return "缩短合法性审查时间（件数/本年登记的决策）";
    }
  }

  /** Decree 713 Arts. 14, 19, 22; FCR Regulation Arts. 12, 17: procedures left out, facts corrected. */
  @Component
  static class ProcedureWaived extends FlaggedDecisionFigures {
    ProcedureWaived(NamedParameterJdbcTemplate jdbc) {
      super(jdbc, ComplianceFlag.PROCEDURE_WAIVED, ComplianceSql.PROCEDURE_WAIVED);
    }

    @Override
    public String key() {
      return "procedureWaived";
    }

    @Override
    public String label() {
      return "程序依法定例外未履行或事项属性经审定更正（件数/本年登记的决策）";
    }
  }

  /** FCR Regulation Arts. 13, 14: decisions whose fair-competition review is recorded. */
  @Component
  static class FairCompetitionReviewed extends FlaggedDecisionFigures {
    FairCompetitionReviewed(NamedParameterJdbcTemplate jdbc) {
      super(jdbc, ComplianceFlag.FAIR_COMPETITION_REVIEWED, ComplianceSql.FAIR_COMPETITION_REVIEWED);
    }

    @Override
    public String key() {
      return "fairCompetitionReviewed";
    }

    @Override
    public String label() {
      return "经公平竞争审查（件数/本年登记的决策）";
    }
  }

  /** FCR Regulation Arts. 12, 17: measures issued under an explained exception. */
  @Component
  static class FairCompetitionException extends FlaggedDecisionFigures {
    FairCompetitionException(NamedParameterJdbcTemplate jdbc) {
      super(jdbc, ComplianceFlag.FAIR_COMPETITION_EXCEPTION, ComplianceSql.FAIR_COMPETITION_EXCEPTION);
    }

    @Override
    public String key() {
      return "fairCompetitionException";
    }

    @Override
    public String label() {
      return "公平竞争审查适用第十二条例外情形（件数/本年登记的决策）";
    }
  }

  /**
   * Decree 713 Art. 30 (the complete record): the share of discussed decisions whose meetings each recorded every participant's
   * own opinion and words, out of the decisions discussed.
   */
  @Component
  static class IndividualOpinionsRecorded extends FlaggedDecisionFigures {

    private final NamedParameterJdbcTemplate jdbc;

    IndividualOpinionsRecorded(NamedParameterJdbcTemplate jdbc) {
      super(jdbc, ComplianceFlag.INDIVIDUAL_OPINIONS_RECORDED, ComplianceSql.INDIVIDUAL_OPINIONS_RECORDED,
          ComplianceSql.DISCUSSED);
      this.jdbc = jdbc;
    }

    /**
     * From the read model (V27): the year's rows of md_audit_decision, instead of three probes of the meeting
     * records per decision (the largest part of the county-wide statistics, docs/performance.md).
     */
    @Override
    public Map<String, Ratio> figures(AuditCriteria criteria) {
      Map<String, Ratio> out = new LinkedHashMap<>();
      if (criteria.year() == null) {
        return out;
      }
      MapSqlParameterSource params = ArchiveFigures.yearParams(criteria);
      jdbc.query("select f.unit_code, sum(case when f.discussed then 1 else 0 end),"
              + " sum(case when f.opinions_recorded then 1 else 0 end) from md_audit_decision f"
              + " where f.created_at >= :yearStart and f.created_at < :yearEnd"
              + (params.hasValue("unit") ? " and f.unit_code = :unit" : "") + " group by f.unit_code",
          params, rs -> {
            String unit = rs.getString(1);
            out.put(unit, new Ratio(rs.getLong(3), rs.getLong(2),
                AuditStatistics.query(criteria.year(), unit, ComplianceFlag.INDIVIDUAL_OPINIONS_RECORDED)));
          });
      return out;
    }

    @Override
    public Map<String, Ratio> figuresFromRecords(AuditCriteria criteria) {
      return super.figures(criteria);
    }

    @Override
    public String key() {
      return "individualOpinionsRecorded";
    }

    @Override
    public String label() {
      return "会议记录逐人载明表态和发言（件数/已提交集体讨论的决策）";
    }
  }
}
