package cn.gov.pujiang.decision.audit;

import java.util.Map;

/**
 * Adds a per-unit figure to the compliance statistics (a column in the table, the exports and the
 * page).
 *
 * <p>Extension point for catalogue completion (年度决策事项目录完成情况): a bean returning, per unit,
 * the items done out of the items listed, with the search link behind it.
 */
public interface UnitFigureSource {

  /** Stable key, e.g. {@code catalogueCompletion}. */
  String key();

  /** Chinese column title. */
  String label();

  /** Figures per unit code for the year (and unit, when given) of the criteria. */
  Map<String, AuditStatistics.Ratio> figures(AuditCriteria criteria);

  /**
   * The same figures computed from the records directly, for a source whose {@link #figures} read the auditor
   * read model: what {@link AuditStatistics#statisticsFromHistory} shows, so that the read model is checked
   * against them (AuditReadModelTest). Sources that read the records anyway need not override it.
   */
  default Map<String, AuditStatistics.Ratio> figuresFromRecords(AuditCriteria criteria) {
    return figures(criteria);
  }
}
