package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.audit.AuditStatistics.Ratio;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per unit and year: decisions whose meeting was held sooner than the Art. 26 review time by the
 * decision organ's recorded decision, out of the decisions discussed (Decree 713 Art. 26 "一般不少于7个
 * 工作日"). The link lists them ({@link ComplianceFlag#REVIEW_TIME_SHORTENED}). Read-only.
 */
@Component
class ReviewTimeShortenedFigures implements UnitFigureSource {

  private final NamedParameterJdbcTemplate jdbc;

  ReviewTimeShortenedFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String key() {
    return "reviewTimeShortened";
  }

  @Override
  public String label() {
    return "缩短合法性审查时间（次数/已提交集体讨论）";
  }

  @Override
  public Map<String, Ratio> figures(AuditCriteria criteria) {
    Map<String, Ratio> out = new LinkedHashMap<>();
    if (criteria.year() == null) {
      return out;
    }
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("yearStart", DecisionSearch.startOfDay(java.time.LocalDate.of(criteria.year(), 1, 1)))
        .addValue("yearEnd", DecisionSearch.startOfDay(java.time.LocalDate.of(criteria.year() + 1, 1, 1)));
    String sql = "select d.unit_code,"
        + " sum(case when " + ComplianceSql.DISCUSSED + " then 1 else 0 end),"
        + " sum(case when " + ComplianceSql.REVIEW_TIME_SHORTENED + " then 1 else 0 end)"
        + " from md_decision d where d.created_at >= :yearStart and d.created_at < :yearEnd";
    if (criteria.unit() != null && !criteria.unit().isBlank()) {
      sql += " and d.unit_code = :unit";
      params.addValue("unit", criteria.unit());
    }
    jdbc.query(sql + " group by d.unit_code", params, rs -> {
      String unit = rs.getString(1);
      out.put(unit, new Ratio(rs.getLong(3), rs.getLong(2),
          AuditStatistics.query(criteria.year(), unit, ComplianceFlag.REVIEW_TIME_SHORTENED)));
    });
    return out;
  }
}
