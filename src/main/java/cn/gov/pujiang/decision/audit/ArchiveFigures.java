package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.audit.AuditStatistics.Ratio;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Statistics columns for the complete record (ADR 0025): how soon the decision-making records were archived
 * after publication (Decree 713 Art. 33 "及时") and how often the expert-argumentation stage used
 * the county expert pool (Arts. 19-21). Per unit, for the decisions registered in the year. Read-only.
 */
final class ArchiveFigures {

  private ArchiveFigures() {}

  static MapSqlParameterSource yearParams(AuditCriteria criteria) {
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("yearStart", DecisionSearch.startOfDay(LocalDate.of(criteria.year(), 1, 1)))
        .addValue("yearEnd", DecisionSearch.startOfDay(LocalDate.of(criteria.year() + 1, 1, 1)));
    if (criteria.unit() != null && !criteria.unit().isBlank()) {
      params.addValue("unit", criteria.unit());
    }
    return params;
  }

  static String unitFilter(AuditCriteria criteria) {
    return criteria.unit() != null && !criteria.unit().isBlank() ? " and d.unit_code = :unit" : "";
  }

  /**
   * Decisions archived within decision.conformance.archive-days of their publication record, of those published
   * and archived: the same local yardstick as the conformance rule ART33_ARCHIVE_TIME (Art. 33 says only 及时).
   */
  @Component
  static class ArchivedPromptly implements UnitFigureSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final int promptDays;

    ArchivedPromptly(NamedParameterJdbcTemplate jdbc, ConformanceProperties conformance) {
      this.jdbc = jdbc;
      this.promptDays = conformance.getArchiveDays();
    }

    @Override
    public String key() {
      return "archivedPromptly";
    }

    @Override
    public String label() {
      return "公布后" + promptDays + "日内归档决策过程记录（件数/已公布并归档的决策）";
    }

    /**
     * From the read model (V27): each decision of the year carries its publication and archiving times in
     * md_audit_decision, so the figure is read from the year's rows instead of joining every decision to its
     * archive record and trail (docs/performance.md, "Ten years of a province").
     */
    @Override
    public Map<String, Ratio> figures(AuditCriteria criteria) {
      return count(criteria, "select f.unit_code, f.archived_at, f.published_at from md_audit_decision f"
          + " where f.archived_at is not null and f.published_at is not null"
          + " and f.created_at >= :yearStart and f.created_at < :yearEnd"
          + (criteria.unit() != null && !criteria.unit().isBlank() ? " and f.unit_code = :unit" : ""));
    }

    /** The same from the archive records and the trail directly. */
    @Override
    public Map<String, Ratio> figuresFromRecords(AuditCriteria criteria) {
      return count(criteria, "select d.unit_code, a.archived_at, " + ComplianceSql.PUBLISHED_AT
          + " from md_decision d join md_archive_record a on a.decision_id = d.id"
          + " where a.status = 'ARCHIVED' and d.created_at >= :yearStart and d.created_at < :yearEnd"
          + unitFilter(criteria));
    }

    /** Rows of unit, archived at, published at (null: not counted). */
    private Map<String, Ratio> count(AuditCriteria criteria, String sql) {
      Map<String, Ratio> out = new LinkedHashMap<>();
      if (criteria.year() == null) {
        return out;
      }
      Map<String, long[]> counts = new LinkedHashMap<>();
      jdbc.query(sql, yearParams(criteria), rs -> {
        OffsetDateTime published = rs.getObject(3, OffsetDateTime.class);
        if (published == null) {
          return;
        }
        long days = Duration.between(published, rs.getObject(2, OffsetDateTime.class)).toDays();
        long[] v = counts.computeIfAbsent(rs.getString(1), k -> new long[2]);
        v[0] += days <= promptDays ? 1 : 0;
        v[1]++;
      });
      counts.forEach((unit, v) -> out.put(unit, new Ratio(v[0], v[1], null)));
      return out;
    }
  }

  /** Decisions whose expert panel includes pool experts, of those whose panel is recorded. */
  @Component
  static class ExpertPoolUse implements UnitFigureSource {

    private final NamedParameterJdbcTemplate jdbc;

    ExpertPoolUse(NamedParameterJdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public String key() {
      return "expertPoolUse";
    }

    @Override
    public String label() {
      return "专家论证选用专家库专家（件数/记录了论证专家的决策）";
    }

    @Override
    public Map<String, Ratio> figures(AuditCriteria criteria) {
      Map<String, Ratio> out = new LinkedHashMap<>();
      if (criteria.year() == null) {
        return out;
      }
      jdbc.query(
          "select d.unit_code, count(*),"
              + " sum(case when exists (select 1 from md_expert_participation p where p.decision_id = d.id"
              + "  and p.expert_id is not null) then 1 else 0 end)"
              + " from md_decision d where d.created_at >= :yearStart and d.created_at < :yearEnd"
              + " and exists (select 1 from md_expert_participation p where p.decision_id = d.id)"
              + unitFilter(criteria) + " group by d.unit_code",
          yearParams(criteria),
          rs -> {
            out.put(rs.getString(1), new Ratio(rs.getLong(3), rs.getLong(2), null));
          });
      return out;
    }
  }
}
