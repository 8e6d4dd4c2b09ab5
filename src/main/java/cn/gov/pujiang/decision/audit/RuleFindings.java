package cn.gov.pujiang.decision.audit;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * "The conformance rule finds decision d" as a condition on a query's decision aliased {@code d}: the
 * rule's check as it stands in md_conformance_rule, its {scope} narrowed by the caller. The statistics,
 * their drill-down searches and the read model take a rate from a rule this way, so that the rate and
 * the conformance run cannot disagree (ADR 0026). A rule that is switched off or missing gives the
 * caller's written-out condition instead.
 */
final class RuleFindings {

  private RuleFindings() {}

  static String condition(NamedParameterJdbcTemplate jdbc, String ruleId, String scope, String fallback) {
    List<String> check = jdbc.queryForList(
        "select check_sql from md_conformance_rule where rule_id = :id and enabled = true",
        new MapSqlParameterSource("id", ruleId), String.class);
    if (check.isEmpty()) {
      return fallback;
    }
    return "d.id in (select v.decision_id from (" + check.get(0).replace(ConformanceRuns.SCOPE, scope) + ") v)";
  }
}
