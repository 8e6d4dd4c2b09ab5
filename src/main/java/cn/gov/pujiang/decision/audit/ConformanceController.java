package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.audit.ConformanceRuns.Rule;
import cn.gov.pujiang.decision.audit.ConformanceRuns.RuleResult;
import cn.gov.pujiang.decision.audit.ConformanceRuns.Run;
import cn.gov.pujiang.decision.audit.ConformanceRuns.Scope;
import cn.gov.pujiang.decision.audit.ConformanceRuns.Violation;
import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.refusal.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conformance run of the auditor workspace (合规检查). Starting a run is the one POST an
 * auditor may make: it writes the run and its findings (md_conformance_*), never a decision's records.
 * Everything else is read-only, like the rest of /api/audit.
 */
@RestController
@RequestMapping("/api/audit/conformance")
@Tag(name = "合规检查", description = "按条例条文逐项检查决策的实际办理记录，保存每次检查结果（新发现、已整改）")
public class ConformanceController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ConformanceRuns runs;
  private final AuditExports exports;
  private final DossierPdf pdf;
  private final JdbcTemplate jdbc;

  public ConformanceController(ConformanceRuns runs, AuditExports exports, DossierPdf pdf, JdbcTemplate jdbc) {
    this.runs = runs;
    this.exports = exports;
    this.pdf = pdf;
    this.jdbc = jdbc;
  }

  @GetMapping("/rules")
  @Operation(summary = "合规检查规则目录（条文、说明、性质、检查语句）")
  public List<Rule> rules() {
    return runs.rules();
  }

  @PostMapping("/runs")
  @Operation(summary = "运行合规检查（按年度、决策机关或一件决策；都不指定时检查全部决策）")
  public Run run(@RequestParam(required = false) String year, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String decision) {
    Long decisionId = null;
    if (blank(decision) == null && blank(year) == null && blank(unit) == null) {
      throw Refusal.invalid("year", "请指定检查范围：年度、决策机关或决策编号");
    }
    if (blank(decision) != null) {
      List<Long> ids = jdbc.queryForList("select id from md_decision where decision_no = ?", Long.class, decision.trim());
      if (ids.isEmpty()) {
        throw Refusal.notFound("没有编号为“" + Quote.of(decision) + "”的决策");
      }
      decisionId = ids.get(0);
    }
    Integer y = null;
    if (blank(year) != null) {
      try {
        y = Integer.parseInt(year.trim());
      } catch (NumberFormatException e) {
        throw Refusal.invalid("year", "年度应为整数：" + Quote.of(year));
      }
      if (y < 2000 || y > 2100) {
        throw Refusal.invalid("year", "年度应为2000至2100之间的四位数字");
      }
    }
    return runs.run(new Scope(y, blank(unit), decisionId), currentUser(), ConformanceRuns.TRIGGER_AUDITOR);
  }

  @GetMapping("/runs")
  @Operation(summary = "最近的合规检查")
  public List<Run> recent() {
    return runs.runs(20);
  }

  @GetMapping("/runs/{id}")
  @Operation(summary = "一次合规检查：各规则发现的问题数、新发现数、已整改数")
  public Run find(@PathVariable String id) {
    return runs.find(runId(id));
  }

  @GetMapping("/runs/{id}/violations")
  @Operation(summary = "一次合规检查发现的问题（按规则、决策机关排列）")
  public List<Violation> violations(@PathVariable String id, @RequestParam(required = false) String rule,
      @RequestParam(required = false) String unit, @RequestParam(defaultValue = "false") String onlyNew) {
    return runs.violations(runId(id), blank(rule), blank(unit), "true".equals(onlyNew));
  }

  @GetMapping("/runs/{id}/fixed")
  @Operation(summary = "上次同范围检查发现、本次已不再发现的问题（已整改）")
  public List<Violation> fixed(@PathVariable String id) {
    return runs.fixed(runId(id));
  }

  @GetMapping("/runs/{id}/export")
  @Operation(summary = "导出合规检查结果（format=csv、xlsx 或 pdf）")
  public ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "xlsx") String format) {
    long runId = runId(id);
    Run run = runs.find(runId);
    List<AuditExports.Table> tables = tables(run, runs.violations(runId, null, null, false), runs.fixed(runId));
    String name = "合规检查" + runId;
    return switch (format.toLowerCase()) {
      case "csv" -> download(exports.csv(tables), new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
      case "xlsx" -> download(exports.xlsx(tables), XLSX, name + ".xlsx");
      case "pdf" -> download(pdf.tables("合规检查结果（第" + runId + "次，" + scopeText(run) + "）", tables),
          MediaType.APPLICATION_PDF, name + ".pdf");
      default -> throw Refusal.invalid("format", "导出格式应为 csv、xlsx 或 pdf");
    };
  }

  static String scopeText(Run run) {
    List<String> parts = new ArrayList<>();
    if (run.year() != null) {
      parts.add(run.year() + "年");
    }
    if (run.unit() != null) {
      parts.add(run.unit());
    }
    if (run.decisionNo() != null) {
      parts.add(run.decisionNo());
    }
    return parts.isEmpty() ? "全部决策" : String.join("，", parts);
  }

  private static List<AuditExports.Table> tables(Run run, List<Violation> found, List<Violation> fixed) {
    List<List<Object>> rules = new ArrayList<>();
    for (RuleResult r : run.rules()) {
      rules.add(List.of(r.ruleId(), r.article(), r.title(), r.severity(), r.violations(), r.newViolations(), r.fixed(),
          r.error() == null ? "" : r.error()));
    }
    List<String> headers = List.of("规则", "条文", "决策编号", "决策事项", "决策机关", "性质", "发现的问题", "发生时间", "新发现");
    return List.of(
        new AuditExports.Table("各规则检查结果",
            List.of("规则", "条文", "名称", "性质", "问题数", "新发现", "已整改", "检查失败原因"), rules),
        new AuditExports.Table("发现的问题", headers, rows(found, true)),
        new AuditExports.Table("已整改（上次发现、本次未再发现）", headers, rows(fixed, false)));
  }

  private static List<List<Object>> rows(List<Violation> violations, boolean current) {
    List<List<Object>> rows = new ArrayList<>();
    for (Violation v : violations) {
      rows.add(List.of(v.ruleId(), v.article(), v.decisionNo(), v.decisionTitle(), v.unitName(), v.severity(), v.found(),
          v.evidenceAt() == null ? "" : Durations.format(v.evidenceAt()), current ? (v.isNew() ? "是" : "否") : ""));
    }
    return rows;
  }

  private static long runId(String id) {
    try {
      return Long.parseLong(id.trim());
    } catch (NumberFormatException e) {
      throw Refusal.invalid("id", "检查编号应为整数：" + Quote.of(id));
    }
  }

  private static String currentUser() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    return user == null ? "unknown" : user.getName();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
        .body(body);
  }
}
