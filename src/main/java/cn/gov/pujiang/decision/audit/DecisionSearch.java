package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the decision register for auditors: filters, sorting and paging in SQL on md_decision
 * (indexes in V7), compliance flags from the read model through {@link ComplianceSql} (V8). Read-only.
 */
@Service
public class DecisionSearch {

  public static final int MAX_PAGE_SIZE = 200;
  /** An export holds at most this many rows; an auditor narrows the search for more. */
  public static final int MAX_EXPORT_ROWS = 50_000;

  /** Sortable columns: request name to SQL. A whitelist, never the caller's text. */
  private static final Map<String, String> SORTS =
      Map.of(
          "decisionNo", "d.decision_no",
          "title", "d.title",
          "unit", "u.sort_order",
          "status", "d.status",
          "createdAt", "d.created_at",
          "updatedAt", "d.updated_at");

  private final NamedParameterJdbcTemplate jdbc;

  public DecisionSearch(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One decision in a result list, with the compliance facts an auditor looks at first. */
  public record DecisionRow(
      String decisionNo,
      String title,
      String unitCode,
      String unitName,
      String status,
      String statusLabel,
      String outcome,
      String outcomeLabel,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      boolean discussed,
      boolean skippedReview,
      boolean proceduresIncomplete,
      boolean overdue,
      String catalogueItem,
      boolean emergency,
      String emergencyReason) {}

  public record Page<T>(List<T> items, long total, int page, int size, String sort, String direction) {}

  @Transactional(readOnly = true)
  public Page<DecisionRow> search(AuditCriteria criteria, int page, int size, String sort, String direction) {
    if (page < 0) {
      throw Refusal.invalid("page", "页码不能小于0");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw Refusal.invalid("size", "每页条数应在1到" + MAX_PAGE_SIZE + "之间");
    }
    String sortKey = sort == null || sort.isBlank() ? "createdAt" : sort;
    String column = SORTS.get(sortKey);
    if (column == null) {
      throw Refusal.invalid("sort", "不能按“" + Quote.of(sortKey) + "”排序，可选：" + String.join("、", SORTS.keySet()));
    }
    String dir = direction == null || direction.isBlank() ? "desc" : direction.toLowerCase(Locale.ROOT);
    if (!dir.equals("asc") && !dir.equals("desc")) {
      throw Refusal.invalid("direction", "排序方向应为 asc（升序）或 desc（降序）");
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(criteria, params);
    Long total = jdbc.queryForObject("select count(*) from md_decision d join md_unit u on u.code = d.unit_code" + where,
        params, Long.class);
    params.addValue("offset", (long) page * size).addValue("limit", size);
    // The page is chosen first and the compliance flags computed for its rows only.
    List<DecisionRow> rows =
        jdbc.query(select("select d.id, d.decision_no, d.title, d.unit_code, u.name as unit_name, u.sort_order,"
                + " d.status, d.outcome, d.created_at, d.updated_at, d.process_instance_id,"
                + " d.catalogue_item_id, d.emergency_reason"
                + " from md_decision d join md_unit u on u.code = d.unit_code" + where
                + " order by " + column + " " + dir + ", d.id " + dir + " offset :offset rows fetch next :limit rows only")
                + " order by " + column.replace("u.", "d.") + " " + dir + ", d.id " + dir,
            params, DecisionSearch::row);
    return new Page<>(rows, total == null ? 0 : total, page, size, sortKey, dir);
  }

  /** Every matching decision (up to {@link #MAX_EXPORT_ROWS}) for an export, newest first. */
  @Transactional(readOnly = true)
  public List<DecisionRow> all(AuditCriteria criteria) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(criteria, params);
    Long total = jdbc.queryForObject("select count(*) from md_decision d join md_unit u on u.code = d.unit_code" + where,
        params, Long.class);
    if (total != null && total > MAX_EXPORT_ROWS) {
      throw Refusal.invalid("export", "符合条件的决策有" + total + "件，超过导出上限" + MAX_EXPORT_ROWS + "件，请缩小查询范围");
    }
    return jdbc.query(select("select d.id, d.decision_no, d.title, d.unit_code, u.name as unit_name, u.sort_order,"
            + " d.status, d.outcome, d.created_at, d.updated_at, d.process_instance_id,"
                + " d.catalogue_item_id, d.emergency_reason"
            + " from md_decision d join md_unit u on u.code = d.unit_code" + where) + " order by d.created_at desc, d.id desc",
        params, DecisionSearch::row);
  }

  /** Compliance flags for the decisions the inner query selects (aliased d again outside). */
  private static String select(String inner) {
    return "select d.decision_no, d.title, d.unit_code, d.unit_name, d.status, d.outcome, d.created_at,"
        + " d.updated_at, case when " + ComplianceSql.condition(ComplianceFlag.DISCUSSED) + " then 1 else 0 end"
        + " as discussed,"
        + " case when " + ComplianceSql.condition(ComplianceFlag.SKIPPED_REVIEW) + " then 1 else 0 end as skipped_review,"
        + " case when " + ComplianceSql.condition(ComplianceFlag.PROCEDURES_INCOMPLETE) + " then 1 else 0 end"
        + " as procedures_incomplete,"
        + " case when " + ComplianceSql.condition(ComplianceFlag.OVERDUE) + " then 1 else 0 end as overdue,"
        + " (select ci.item_no from md_catalogue_item ci where ci.id = d.catalogue_item_id) as catalogue_item,"
        + " d.emergency_reason"
        + " from (" + inner + ") d";
  }

  /** The WHERE clause for the criteria; the single place where a new filter is added. */
  String where(AuditCriteria c, MapSqlParameterSource params) {
    List<String> conditions = new ArrayList<>();
    params.addValue("now", new Timestamp(ClockUtil.getCurrentTime().getTime()));
    if (c.unit() != null && !c.unit().isBlank()) {
      conditions.add("d.unit_code = :unit");
      params.addValue("unit", c.unit());
    }
    if (c.year() != null) {
      if (c.year() < 2000 || c.year() > 2100) {
        throw Refusal.invalid("year", "年度应为2000至2100之间的四位数字");
      }
      conditions.add("d.created_at >= :yearStart and d.created_at < :yearEnd");
      params.addValue("yearStart", startOfDay(LocalDate.of(c.year(), 1, 1)));
      params.addValue("yearEnd", startOfDay(LocalDate.of(c.year() + 1, 1, 1)));
    }
    if (c.from() != null) {
      conditions.add("d.created_at >= :from");
      params.addValue("from", startOfDay(c.from()));
    }
    if (c.to() != null) {
      if (c.from() != null && c.to().isBefore(c.from())) {
        throw Refusal.invalid("to", "截止日期不能早于起始日期");
      }
      conditions.add("d.created_at < :to");
      params.addValue("to", startOfDay(c.to().plusDays(1)));
    }
    if (c.stage() != null) {
      conditions.add("d.status = :stage");
      params.addValue("stage", c.stage().name());
    }
    if (c.state() == AuditCriteria.State.OPEN) {
      conditions.add("d.outcome is null");
    } else if (c.state() == AuditCriteria.State.CONCLUDED) {
      conditions.add("d.outcome is not null");
    }
    if (c.outcome() != null) {
      conditions.add("d.outcome = :outcome");
      params.addValue("outcome", c.outcome().name());
    }
    if (c.q() != null && !c.q().isBlank()) {
      int n = 0;
      for (String word : c.q().trim().split("\\s+")) {
        if (n == 5) {
          throw Refusal.invalid("q", "名称关键词最多5个");
        }
        String name = "q" + n++;
        conditions.add("lower(d.title) like :" + name + " escape '\\'");
        params.addValue(name, "%" + word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%");
      }
    }
    if (c.flag() != null) {
      // The list behind a figure that is a rule's findings is what that rule finds (RuleFindings).
      conditions.add(c.flag().ruleId() == null ? ComplianceSql.condition(c.flag())
          : RuleFindings.condition(jdbc, c.flag().ruleId(), "1 = 1", ComplianceSql.condition(c.flag())));
    }
    if (c.overdueIn() != null && !c.overdueIn().isBlank()) {
      conditions.add(ComplianceSql.overdueIn());
      params.addValue("overdueIn", c.overdueIn());
    }
    if (c.catalogueItem() != null && !c.catalogueItem().isBlank()) {
      conditions.add("d.catalogue_item_id in (select ci.id from md_catalogue_item ci where ci.item_no = :catalogueItem)");
      params.addValue("catalogueItem", c.catalogueItem().trim());
    }
    if (c.catalogueYear() != null) {
      if (c.catalogueYear() < 2000 || c.catalogueYear() > 2100) {
        throw Refusal.invalid("catalogueYear", "目录年度应为2000至2100之间的四位数字");
      }
      // A unit carries out only its own catalogue's items (DecisionStartRules): with a unit, reading that
      // unit's catalogues alone gives the same decisions without hashing every unit's items of the year.
      boolean oneUnit = c.unit() != null && !c.unit().isBlank();
      conditions.add("d.catalogue_item_id in (select ci.id from md_catalogue_item ci join md_catalogue cc"
          + " on cc.id = ci.catalogue_id where cc.catalogue_year = :catalogueYear"
          + (oneUnit ? " and cc.unit_code = :unit" : "") + ")");
      params.addValue("catalogueYear", c.catalogueYear());
    }
    if (Boolean.TRUE.equals(c.outsideCatalogue())) {
      conditions.add("d.catalogue_item_id is null and d.emergency_reason is not null");
    } else if (Boolean.FALSE.equals(c.outsideCatalogue())) {
      conditions.add("d.catalogue_item_id is not null");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  static OffsetDateTime startOfDay(LocalDate day) {
    return day.atStartOfDay(EngineClock.ZONE).toOffsetDateTime();
  }

  private static DecisionRow row(ResultSet rs, int i) throws SQLException {
    String status = rs.getString("status");
    String outcome = rs.getString("outcome");
    return new DecisionRow(
        rs.getString("decision_no"),
        rs.getString("title"),
        rs.getString("unit_code"),
        rs.getString("unit_name"),
        status,
        Labels.of(DecisionStatus.class, status, DecisionStatus::label),
        outcome,
        Labels.of(DecisionOutcome.class, outcome, DecisionOutcome::label),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class),
        rs.getInt("discussed") == 1,
        rs.getInt("skipped_review") == 1,
        rs.getInt("procedures_incomplete") == 1,
        rs.getInt("overdue") == 1,
        rs.getString("catalogue_item"),
        rs.getString("emergency_reason") != null,
        rs.getString("emergency_reason"));
  }
}
