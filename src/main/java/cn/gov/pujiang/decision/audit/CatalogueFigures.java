package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.audit.AuditStatistics.Ratio;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Catalogue completion per unit and year (年度决策事项目录完成情况), read from the published catalogue
 * of the criteria's year: the base is every item of it not withdrawn by an approved adjustment; an item
 * counts as done when the decision that carries it out is concluded (an outcome is recorded, which
 * includes every archived decision). Postponed items (an approved POSTPONE adjustment) are a second
 * figure. A unit without a published catalogue for the year has no figure. Read-only.
 */
final class CatalogueFigures {

  /**
   * The postponed items are joined as a set, not probed per item with EXISTS: PostgreSQL costed the
   * per-item probe so high (about 400,000 for a year of 13,500 items) that it compiled the query with JIT
   * first, 90 ms of a 140 ms query (docs/performance.md, "Ten years of a province"). At most one decision
   * carries an item (md_decision_catalogue_item_uk) and the set is distinct, so no row is counted twice.
   */
  private static final String SQL =
      "select c.unit_code, count(*) as listed,"
          + " sum(case when d.outcome is not null then 1 else 0 end) as done,"
          + " count(p.item_id) as postponed"
          + " from md_catalogue c join md_catalogue_item i on i.catalogue_id = c.id"
          + " left join md_decision d on d.catalogue_item_id = i.id"
          + " left join (select distinct a.item_id from md_catalogue_adjustment a"
          + "  where a.kind = 'POSTPONE' and a.status = 'APPROVED') p on p.item_id = i.id"
          + " where c.catalogue_year = :year and c.status = 'PUBLISHED' and i.status <> 'WITHDRAWN'";

  private CatalogueFigures() {}

  /** The last counts and the criteria instance they were computed for (see {@link #counts}). */
  private record Memo(AuditCriteria criteria, Map<String, long[]> counts) {}

  private static final AtomicReference<Memo> LAST = new AtomicReference<>();

  /**
   * unit code -> {listed, done, postponed}. Both columns read the same counts: AuditStatistics hands
   * one criteria instance to every figure source of a request, so the second column reuses the first
   * one's query (same instance only, never an equal criteria of another request). Synchronized: the two
   * columns are computed side by side (FigureQueries), and the second must wait for the first's counts.
   */
  static synchronized Map<String, long[]> counts(NamedParameterJdbcTemplate jdbc, AuditCriteria criteria) {
    Memo memo = LAST.get();
    if (memo != null && memo.criteria() == criteria) {
      return memo.counts();
    }
    Map<String, long[]> out = new LinkedHashMap<>();
    if (criteria.year() == null) {
      return out;
    }
    MapSqlParameterSource params = new MapSqlParameterSource("year", criteria.year());
    String sql = SQL;
    if (criteria.unit() != null && !criteria.unit().isBlank()) {
      sql += " and c.unit_code = :unit";
      params.addValue("unit", criteria.unit());
    }
    jdbc.query(sql + " group by c.unit_code", params,
        rs -> {
          out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        });
    LAST.set(new Memo(criteria, out));
    return out;
  }

  static String link(int year, String unit) {
    return "catalogueYear=" + year + "&unit=" + unit;
  }

  /** Items done out of items listed; the link lists the concluded decisions of the catalogue's items. */
  @Component
  static class Completion implements UnitFigureSource {
    private final NamedParameterJdbcTemplate jdbc;

    Completion(NamedParameterJdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public String key() {
      return "catalogueCompletion";
    }

    @Override
    public String label() {
      return "目录事项完成（已办结/目录事项，不含撤销）";
    }

    @Override
    public Map<String, Ratio> figures(AuditCriteria criteria) {
      Map<String, Ratio> out = new LinkedHashMap<>();
      counts(jdbc, criteria).forEach((unit, v) ->
          out.put(unit, new Ratio(v[1], v[0], link(criteria.year(), unit) + "&state=CONCLUDED")));
      return out;
    }
  }

  /** Items postponed out of items listed; the link lists every decision started from the catalogue. */
  @Component
  static class Postponed implements UnitFigureSource {
    private final NamedParameterJdbcTemplate jdbc;

    Postponed(NamedParameterJdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public String key() {
      return "cataloguePostponed";
    }

    @Override
    public String label() {
      return "目录事项延期（经批准延期/目录事项）";
    }

    @Override
    public Map<String, Ratio> figures(AuditCriteria criteria) {
      Map<String, Ratio> out = new LinkedHashMap<>();
      counts(jdbc, criteria).forEach((unit, v) -> out.put(unit, new Ratio(v[2], v[0], link(criteria.year(), unit))));
      return out;
    }
  }
}
