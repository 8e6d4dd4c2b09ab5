package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.archive.ArchiveSeal;
import cn.gov.pujiang.decision.archive.ArchiveSeal.ChainReport;
import cn.gov.pujiang.decision.audit.AuditStatistics.Statistics;
import cn.gov.pujiang.decision.audit.AuditTimeline.Timeline;
import cn.gov.pujiang.decision.audit.DecisionSearch.DecisionRow;
import cn.gov.pujiang.decision.audit.DecisionSearch.Page;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.refusal.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
      @Valid @ParameterObject @ModelAttribute DecisionQuery query,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(defaultValue = "createdAt") String sort,
      @RequestParam(defaultValue = "desc") String direction) {
    return search.search(criteria(query), page, size, sort, direction);
  }

  @GetMapping("/decisions/export")
  @Operation(summary = "导出检索结果（format=csv 或 xlsx）")
  public ResponseEntity<byte[]> exportDecisions(
      @RequestParam(defaultValue = "xlsx") String format,
      @Valid @ParameterObject @ModelAttribute DecisionQuery query) {
    return table(format, "决策查询结果", List.of(exports.decisions(search.all(criteria(query)))));
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
  public Statistics statistics(@Valid @ParameterObject @ModelAttribute FigureQuery query) {
    return statistics.statistics(yearOrCurrent(query), query.unitOrNull());
  }

  @GetMapping("/statistics/export")
  @Operation(summary = "导出合规统计（format=csv 或 xlsx）")
  public ResponseEntity<byte[]> exportStatistics(
      @RequestParam(defaultValue = "xlsx") String format,
      @Valid @ParameterObject @ModelAttribute FigureQuery query) {
    Statistics s = statistics.statistics(yearOrCurrent(query), query.unitOrNull());
    return table(format, s.year() + "年合规统计", exports.statistics(s));
  }

  @GetMapping("/task-actions")
  @Operation(summary = "各决策机关任务催办、转办、撤回次数及催办后等待时间")
  public List<TaskActionStatistics.UnitActions> taskActions(@Valid @ParameterObject @ModelAttribute FigureQuery query) {
    return taskActions.perUnit(yearOrCurrent(query), query.unitOrNull());
  }

  @GetMapping("/task-actions/export")
  @Operation(summary = "导出任务催办、转办、撤回统计（format=csv 或 xlsx）")
  public ResponseEntity<byte[]> exportTaskActions(
      @RequestParam(defaultValue = "xlsx") String format,
      @Valid @ParameterObject @ModelAttribute FigureQuery query) {
    int y = yearOrCurrent(query);
    return table(format, y + "年任务催办转办撤回", List.of(taskActions.table(y, taskActions.perUnit(y, query.unitOrNull()))));
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

  /** The search conditions, once the unit named (if any) is known to exist. */
  private AuditCriteria criteria(DecisionQuery query) {
    AuditCriteria criteria = query.criteria();
    if (criteria.unit() != null) {
      requireUnit(criteria.unit());
    }
    return criteria;
  }

  private void requireUnit(String unit) {
    Integer n = jdbc.queryForObject("select count(*) from md_unit where code = ?", Integer.class, unit);
    if (n == null || n == 0) {
      throw Refusal.invalid("unit", "没有代码为“" + Quote.of(unit) + "”的决策机关");
    }
  }

  private static int yearOrCurrent(FigureQuery query) {
    return query.year() == null ? currentYear() : query.year();
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
}
