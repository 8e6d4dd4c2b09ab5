package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.audit.AuditStatistics.Ratio;
import cn.gov.pujiang.decision.audit.AuditStatistics.Statistics;
import cn.gov.pujiang.decision.audit.AuditStatistics.StageRow;
import cn.gov.pujiang.decision.audit.AuditStatistics.UnitRow;
import cn.gov.pujiang.decision.audit.DecisionSearch.DecisionRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Search results and statistics as tables (CSV for any tool, .xlsx for Excel/WPS). The CSV starts
 * with a UTF-8 byte order mark so that Excel and WPS on Windows open the Chinese text correctly.
 */
@Component
public class AuditExports {

  /** A table to export: a title, column headers and rows of cells (String, Number or null). */
  public record Table(String title, List<String> headers, List<List<Object>> rows) {}

  public Table decisions(List<DecisionRow> rows) {
    List<List<Object>> cells = new ArrayList<>();
    for (DecisionRow r : rows) {
      cells.add(List.of(r.decisionNo(), r.title(), r.unitName(), nz(r.statusLabel()), nz(r.outcomeLabel()),
          Durations.format(r.createdAt()), yes(r.discussed()), yes(r.skippedReview()),
          yes(r.proceduresIncomplete()), yes(r.overdue()), nz(r.catalogueItem()), yes(r.emergency()),
          nz(r.emergencyReason())));
    }
    return new Table("决策查询结果",
        List.of("决策编号", "决策事项名称", "决策机关", "所处阶段", "决策结果", "登记时间", "已提交集体讨论",
            "未经合法性审查通过即讨论", "决策程序不完整", "有超期任务",
            "目录事项编号", "目录外紧急启动", "紧急启动理由"),
        cells);
  }

  public List<Table> statistics(Statistics s) {
    List<String> headers = new ArrayList<>(List.of("决策机关", "决策件数", "提交集体讨论件数",
        "经合法性审查通过后讨论件数", "经审查通过后讨论比例(%)", "未经审查通过即讨论件数", "程序完整件数", "程序完整比例(%)",
        "有超期任务的决策件数", "超期任务数"));
    s.extraColumns().forEach(c -> {
      headers.add(c.label());
      headers.add(c.label() + "(%)");
    });
    List<List<Object>> units = new ArrayList<>();
    List<UnitRow> all = new ArrayList<>(s.units());
    all.add(s.total());
    for (UnitRow u : all) {
      List<Object> row = new ArrayList<>();
      row.add(u.unitName());
      row.add(u.decisions());
      row.add(u.reviewedBeforeDiscussion().base());
      row.add(u.reviewedBeforeDiscussion().count());
      row.add(u.reviewedBeforeDiscussion().percent());
      row.add(u.skippedReview().count());
      row.add(u.proceduresComplete().count());
      row.add(u.proceduresComplete().percent());
      row.add(u.decisionsWithOverdueTasks().count());
      row.add(u.overdueTasks());
      s.extraColumns().forEach(c -> {
        Ratio r = u.extra().get(c.key());
        row.add(r == null ? null : r.count() + "/" + r.base());
        row.add(r == null ? null : r.percent());
      });
      units.add(row);
    }
    List<List<Object>> stages = new ArrayList<>();
    for (StageRow st : s.stages()) {
      List<Object> row = new ArrayList<>();
      row.add(st.stageName());
      row.add(st.stageInstances());
      row.add(st.meanStageText());
      row.add(st.tasks());
      row.add(st.meanTaskText());
      row.add(st.tasksOnTime().base());
      row.add(st.tasksOnTime().count());
      row.add(st.tasksOnTime().percent());
      row.add(st.overdueTasks());
      stages.add(row);
    }
    String scope = s.year() + "年" + (s.unit() == null ? "" : "（" + s.units().get(0).unitName() + "）");
    return List.of(
        new Table(scope + "各决策机关合规情况", headers, units),
        new Table(scope + "各阶段办理时效",
            List.of("阶段", "已完成阶段数", "阶段平均用时", "任务数", "任务平均用时", "有期限的已办任务数", "按期办结数",
                "按期率(%)", "超期任务数"),
            stages));
  }

  public byte[] csv(List<Table> tables) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write('\uFEFF');
      boolean first = true;
      for (Table table : tables) {
        if (!first) {
          csv.println();
        }
        first = false;
        if (tables.size() > 1) {
          csv.printRecord(table.title());
        }
        csv.printRecord(table.headers());
        for (List<Object> row : table.rows()) {
          csv.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public byte[] xlsx(List<Table> tables) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      var font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Table table : tables) {
        Sheet sheet = book.createSheet(safeSheetName(table.title()));
        Row header = sheet.createRow(0);
        for (int i = 0; i < table.headers().size(); i++) {
          Cell cell = header.createCell(i);
          cell.setCellValue(table.headers().get(i));
          cell.setCellStyle(bold);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
          Row row = sheet.createRow(r++);
          for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Number n) {
              row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
              row.createCell(i).setCellValue(v.toString());
            }
          }
        }
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < table.headers().size(); i++) {
          sheet.setColumnWidth(i, Math.min(60, Math.max(10, table.headers().get(i).length() * 2 + 2)) * 256);
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Excel forbids some characters in sheet names and allows at most 31 of them. */
  private static String safeSheetName(String title) {
    String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }

  private static String yes(boolean b) {
    return b ? "是" : "否";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
