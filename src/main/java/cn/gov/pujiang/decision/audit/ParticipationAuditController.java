package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.refusal.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public participation per decision for auditors (/api/audit/** is for auditors and administrators):
 * opinions, share adopted, comment period and answer time, exportable like the other figures.
 */
@RestController
@RequestMapping("/api/audit/participation")
@Tag(name = "审计", description = "决策检索、时间线、合规统计、导出和归档哈希链核验（只读）")
@Transactional(readOnly = true)
public class ParticipationAuditController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ParticipationFigures figures;
  private final AuditExports exports;

  public ParticipationAuditController(ParticipationFigures figures, AuditExports exports) {
    this.figures = figures;
    this.exports = exports;
  }

  @GetMapping
  @Operation(summary = "公众参与情况（按决策）", description = "意见条数、采纳比例、征求意见期限是否不少于30日、平均答复时间")
  public List<ParticipationFigures.Row> rows(@RequestParam(required = false) String year,
      @RequestParam(required = false) String unit) {
    return figures.rows(year(year), blankToNull(unit));
  }

  @GetMapping("/export")
  @Operation(summary = "导出公众参与情况（format=csv 或 xlsx）")
  public ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String year, @RequestParam(required = false) String unit) {
    int y = year(year);
    List<AuditExports.Table> tables = List.of(figures.table(y, figures.rows(y, blankToNull(unit))));
    String name = y + "年公众参与情况";
    return switch (format == null ? "" : format.toLowerCase()) {
      case "csv" -> download(exports.csv(tables), new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
      case "xlsx" -> download(exports.xlsx(tables), XLSX, name + ".xlsx");
      default -> throw Refusal.invalid("format", "导出格式应为 csv 或 xlsx");
    };
  }

  private static int year(String year) {
    if (year == null || year.isBlank()) {
      return ClockUtil.getCurrentTime().toInstant().atZone(EngineClock.ZONE).getYear();
    }
    try {
      int y = Integer.parseInt(year.trim());
      if (y < 2000 || y > 2100) {
        throw new NumberFormatException();
      }
      return y;
    } catch (NumberFormatException e) {
      throw Refusal.invalid("year", "年度应为四位数字，如2026");
    }
  }

  private static String blankToNull(String s) {
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
