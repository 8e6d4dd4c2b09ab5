package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.archive.ArchiveSeal;
import cn.gov.pujiang.decision.archive.ArchiveSeal.ChainReport;
import cn.gov.pujiang.decision.audit.AuditStatistics.Statistics;
import cn.gov.pujiang.decision.audit.AuditTimeline.Timeline;
import cn.gov.pujiang.decision.audit.DecisionSearch.DecisionRow;
import cn.gov.pujiang.decision.audit.DecisionSearch.Page;
import cn.gov.pujiang.decision.process.EngineClock;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.refusal.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor workspace's REST API. Read-only by construction: only GET mappings, every
 * service call in a read-only transaction (on PostgreSQL the database itself refuses a write).
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "审计", description = "决策检索、时间线、合规统计、导出和归档哈希链核验（只读）")
@Transactional(readOnly = true)
public class AuditController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DecisionSearch search;
  private final AuditTimeline timelines;
  private final AuditStatistics statistics;
  private final AuditExports exports;
  private final DossierPdf pdf;
  private final ArchivePackage archivePackage;
  private final ArchiveSeal seal;
  private final JdbcTemplate jdbc;
  private final TaskActionStatistics taskActions;

  public AuditController(DecisionSearch search, AuditTimeline timelines, AuditStatistics statistics,
      AuditExports exports, DossierPdf pdf, ArchiveSeal seal, JdbcTemplate jdbc, TaskActionStatistics taskActions,
      ArchivePackage archivePackage) {
    this.archivePackage = archivePackage;
    this.taskActions = taskActions;
    this.search = search;
    this.timelines = timelines;
    this.statistics = statistics;
    this.exports = exports;
    this.pdf = pdf;
    this.seal = seal;
    this.jdbc = jdbc;
  }

  @GetMapping("/decisions")
  @Operation(summary = "检索决策（分页、排序）")
  public Page<DecisionRow> decisions(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String flag,
      @RequestParam(required = false) String overdueIn,
      @RequestParam(required = false) String catalogueItem,
      @RequestParam(required = false) String outsideCatalogue,
      @RequestParam(required = false) String catalogueYear,
      @RequestParam(defaultValue = "0") String page,
      @RequestParam(defaultValue = "20") String size,
      @RequestParam(defaultValue = "createdAt") String sort,
      @RequestParam(defaultValue = "desc") String direction) {
    AuditCriteria criteria = criteria(unit, year, stage, state, outcome, from, to, q, flag, overdueIn,
        catalogueItem, outsideCatalogue, catalogueYear);
    return search.search(criteria, integer("page", page, "页码"), integer("size", size, "每页条数"), sort, direction);
  }

  @GetMapping("/decisions/export")
  @Operation(summary = "导出检索结果（format=csv 或 xlsx）")
  public ResponseEntity<byte[]> exportDecisions(
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String flag,
      @RequestParam(required = false) String overdueIn,
      @RequestParam(required = false) String catalogueItem,
      @RequestParam(required = false) String outsideCatalogue,
      @RequestParam(required = false) String catalogueYear) {
    AuditCriteria criteria = criteria(unit, year, stage, state, outcome, from, to, q, flag, overdueIn,
        catalogueItem, outsideCatalogue, catalogueYear);
    return table(format, "决策查询结果", List.of(exports.decisions(search.all(criteria))));
  }

  @GetMapping("/decisions/{decisionNo}/timeline")
  @Operation(summary = "决策时间线")
  public Timeline timeline(@PathVariable String decisionNo) {
    return timelines.timeline(decisionNo);
  }

  @GetMapping("/decisions/{decisionNo}/dossier.pdf")
  @Operation(summary = "打印决策过程记录（PDF）")
  public ResponseEntity<byte[]> dossier(@PathVariable String decisionNo) {
    byte[] body = pdf.render(timelines.timeline(decisionNo));
    return download(body, MediaType.APPLICATION_PDF, "决策过程记录-" + decisionNo + ".pdf");
  }

  @GetMapping("/decisions/{decisionNo}/archive-package.zip")
  @Operation(summary = "导出归档包（材料、决策过程记录 PDF 和含 SHA-256 的 manifest.json）",
      description = "供移交县档案馆；清单格式为本项目自定义，档号依 DA/T 22-2015。决策尚未归档的返回 409。")
  public ResponseEntity<byte[]> archivePackage(@PathVariable String decisionNo) {
    ArchivePackage.Package p = archivePackage.build(decisionNo);
    return download(p.zip(), MediaType.parseMediaType("application/zip"), p.fileName());
  }

  @GetMapping("/statistics")
  @Operation(summary = "各决策机关年度合规统计")
  public Statistics statistics(@RequestParam(required = false) String year, @RequestParam(required = false) String unit) {
    return statistics.statistics(yearOrCurrent(year), blankToNull(unit));
  }

  @GetMapping("/statistics/export")
  @Operation(summary = "导出合规统计（format=csv 或 xlsx）")
  public ResponseEntity<byte[]> exportStatistics(
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String unit) {
    Statistics s = statistics.statistics(yearOrCurrent(year), blankToNull(unit));
    return table(format, s.year() + "年合规统计", exports.statistics(s));
  }

  @GetMapping("/task-actions")
  @Operation(summary = "各决策机关任务催办、转办、撤回次数及催办后等待时间")
  public List<TaskActionStatistics.UnitActions> taskActions(@RequestParam(required = false) String year,
      @RequestParam(required = false) String unit) {
    return taskActions.perUnit(yearOrCurrent(year), blankToNull(unit));
  }

  @GetMapping("/task-actions/export")
  @Operation(summary = "导出任务催办、转办、撤回统计（format=csv 或 xlsx）")
  public ResponseEntity<byte[]> exportTaskActions(
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String unit) {
    int y = yearOrCurrent(year);
    return table(format, y + "年任务催办转办撤回", List.of(taskActions.table(y, taskActions.perUnit(y, blankToNull(unit)))));
  }

  @GetMapping("/archive-chain")
  @Operation(summary = "核验归档哈希链（不指定单位时核验全部单位）")
  public List<ChainReport> chain(@RequestParam(required = false) String unit) {
    if (unit == null || unit.isBlank()) {
      return seal.verifyAll();
    }
    requireUnit(unit);
    return List.of(seal.verify(unit));
  }

  @GetMapping("/options")
  @Operation(summary = "检索条件的可选值（中文名称）")
  public Map<String, Object> options() {
    Map<String, Object> options = new LinkedHashMap<>();
    // Named fields, not queryForList: H2 reports column labels in upper case (CODE, NAME), PostgreSQL in lower.
    options.put("units", jdbc.query("select code, name from md_unit order by sort_order",
        (rs, row) -> new UnitOption(rs.getString("code"), rs.getString("name"))));
    options.put("stages", Arrays.stream(DecisionStatus.values()).map(s -> Map.of("code", s.name(), "label", s.label())).toList());
    options.put("outcomes", Arrays.stream(DecisionOutcome.values()).map(s -> Map.of("code", s.name(), "label", s.label())).toList());
    options.put("states", Arrays.stream(AuditCriteria.State.values()).map(s -> Map.of("code", s.name(), "label", s.label())).toList());
    options.put("flags", Arrays.stream(ComplianceFlag.values()).map(s -> Map.of("code", s.name(), "label", s.label())).toList());
    options.put("currentYear", currentYear());
    return options;
  }

  /** A unit in the drop-downs: the same JSON keys on every database. */
  public record UnitOption(String code, String name) {}

  private AuditCriteria criteria(String unit, String year, String stage, String state, String outcome, String from,
      String to, String q, String flag, String overdueIn, String catalogueItem, String outsideCatalogue,
      String catalogueYear) {
    if (catalogueItem != null && catalogueItem.trim().length() > 40) {
      throw Refusal.invalid("catalogueItem", "目录事项编号不能超过40个字符");
    }
    Boolean outside = null;
    if (blankToNull(outsideCatalogue) != null) {
      outside = switch (outsideCatalogue.trim()) {
        case "true" -> true;
        case "false" -> false;
        default -> throw Refusal.invalid("outsideCatalogue", "是否目录外启动应为 true 或 false：" + Quote.of(outsideCatalogue));
      };
    }
    if (blankToNull(unit) != null) {
      requireUnit(unit);
    }
    if (q != null && q.length() > 100) {
      throw Refusal.invalid("q", "名称关键词不能超过100个字");
    }
    if (overdueIn != null && !overdueIn.isBlank() && !overdueIn.matches("[a-z][a-z0-9-]{0,63}")) {
      throw Refusal.invalid("overdueIn", "阶段流程标识无效");
    }
    return new AuditCriteria(
        blankToNull(unit),
        blankToNull(year) == null ? null : integer("year", year, "年度"),
        enumOf(DecisionStatus.class, "stage", stage, "所处阶段"),
        enumOf(AuditCriteria.State.class, "state", state, "办理状态"),
        enumOf(DecisionOutcome.class, "outcome", outcome, "决策结果"),
        date("from", from, "起始日期"),
        date("to", to, "截止日期"),
        blankToNull(q),
        enumOf(ComplianceFlag.class, "flag", flag, "合规条件"),
        blankToNull(overdueIn),
        blankToNull(catalogueItem),
        outside,
        blankToNull(catalogueYear) == null ? null : integer("catalogueYear", catalogueYear, "目录年度"));
  }

  private void requireUnit(String unit) {
    Integer n = jdbc.queryForObject("select count(*) from md_unit where code = ?", Integer.class, unit);
    if (n == null || n == 0) {
      throw Refusal.invalid("unit", "没有代码为“" + Quote.of(unit) + "”的决策机关");
    }
  }

  private int yearOrCurrent(String year) {
    if (blankToNull(year) == null) {
      return currentYear();
    }
    int y = integer("year", year, "年度");
    if (y < 2000 || y > 2100) {
      throw Refusal.invalid("year", "年度应为2000至2100之间的四位数字");
    }
    return y;
  }

  private static int currentYear() {
    return ClockUtil.getCurrentTime().toInstant().atZone(EngineClock.ZONE).getYear();
  }

  private ResponseEntity<byte[]> table(String format, String name, List<AuditExports.Table> tables) {
    return switch (format == null ? "" : format.toLowerCase()) {
      case "csv" -> download(exports.csv(tables), new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
      case "xlsx" -> download(exports.xlsx(tables), XLSX, name + ".xlsx");
      default -> throw Refusal.invalid("format", "导出格式应为 csv 或 xlsx");
    };
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
        .body(body);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static int integer(String field, String value, String label) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw Refusal.invalid(field, label + "应为整数：" + Quote.of(value));
    }
  }

  private static LocalDate date(String field, String value, String label) {
    if (blankToNull(value) == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw Refusal.invalid(field, label + "应为“年-月-日”格式，如2026-03-01：" + Quote.of(value));
    }
    // The same range as the year filters: a date far outside it is a typo or a probe, and day
    // arithmetic at the calendar's edge (+999999999-12-31 plus one day) would fail as a 500.
    if (date.getYear() < 2000 || date.getYear() > 2100) {
      throw Refusal.invalid(field, label + "应在2000年至2100年之间");
    }
    return date;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value, String label) {
    if (blankToNull(value) == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value.trim())) {
        return e;
      }
    }
    throw Refusal.invalid(field, label + "无效：" + Quote.of(value));
  }
}
