package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.audit.AuditTimeline.Timeline;
import cn.gov.pujiang.decision.audit.DossierDocumentSource.DossierDocument;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The printable dossier of one decision (决策过程记录): header, archive seal, timeline and document
 * list, as a PDF for the archive. Chinese needs a CJK font, which is not shipped in the jar: the
 * first existing file of {@code decision.audit.pdf-fonts} is used (default: Noto Sans CJK SC from
 * Debian's fonts-noto-cjk, SIL Open Font License; then WenQuanYi Micro Hei from fonts-wqy-microhei,
 * Apache 2.0). See docs/audit.md and ADR 0012.
 */
@Component
public class DossierPdf {

  private static final Logger log = LoggerFactory.getLogger(DossierPdf.class);

  private final List<String> fontCandidates;
  private volatile BaseFont baseFont;

  public DossierPdf(@Value("${decision.audit.pdf-fonts}") String fontCandidates) {
    this.fontCandidates =
        java.util.Arrays.stream(fontCandidates.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public byte[] render(Timeline t) {
    BaseFont bf = font();
    Font title = new Font(bf, 16, Font.BOLD);
    Font heading = new Font(bf, 12, Font.BOLD);
    Font body = new Font(bf, 9);
    Font small = new Font(bf, 8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 36, 36, 40, 40);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("决策过程记录 " + t.decision().decisionNo());
      doc.open();
      Paragraph p = new Paragraph("重大行政决策过程记录", title);
      p.setAlignment(Element.ALIGN_CENTER);
      doc.add(p);
      doc.add(new Paragraph(" ", small));
      PdfPTable head = new PdfPTable(new float[] {1, 3});
      head.setWidthPercentage(100);
      cell(head, "决策编号", body);
      cell(head, t.decision().decisionNo(), body);
      cell(head, "决策事项", body);
      cell(head, t.decision().title(), body);
      cell(head, "决策机关", body);
      cell(head, t.decision().unitName(), body);
      cell(head, "所处阶段", body);
      cell(head, t.decision().statusLabel(), body);
      cell(head, "决策结果", body);
      cell(head, t.decision().outcomeLabel() == null ? "尚未办结" : t.decision().outcomeLabel(), body);
      cell(head, "登记", body);
      cell(head, Durations.format(t.decision().createdAt()) + "  " + nz(t.decision().createdBy()), body);
      cell(head, "启动依据", body);
      cell(head, t.decision().emergencyReason() != null ? "目录外紧急启动，紧急情况说明：" + t.decision().emergencyReason()
          : t.decision().catalogueItem() != null ? "年度目录事项 " + t.decision().catalogueItem() : "未记录（目录功能上线前登记）",
          body);
      cell(head, "办理概况", body);
      cell(head, "任务" + t.summary().tasks() + "项，超期" + t.summary().overdueTasks() + "项，退回" + t.summary().returns()
          + "次，重新送审或重办" + t.summary().resubmissions() + "次，未履行程序的特别说明" + t.summary().exemptions() + "项", body);
      if (t.archive() != null) {
        cell(head, "归档", body);
        cell(head, "档号" + nz(t.archive().archiveNo()) + "，" + Durations.format(t.archive().archivedAt()) + "，归档人"
            + nz(t.archive().archivedBy()), body);
        cell(head, "归档哈希（SHA-256）", body);
        cell(head, t.archive().recordHash() == null ? "未封存（早于哈希链功能归档）"
            : "链上第" + t.archive().chainPosition() + "位\n内容：" + t.archive().contentHash() + "\n前一条："
                + t.archive().previousHash() + "\n本条：" + t.archive().recordHash(), small);
      }
      doc.add(head);

      doc.add(new Paragraph("一、决策过程", heading));
      PdfPTable timeline = new PdfPTable(new float[] {2.2f, 1.6f, 4.2f, 1.6f, 4.4f});
      timeline.setWidthPercentage(100);
      timeline.setHeaderRows(1);
      for (String h : List.of("时间", "阶段", "事项", "办理人", "说明")) {
        cell(timeline, h, heading);
      }
      for (TimelineEntry e : t.entries()) {
        cell(timeline, Durations.format(e.time()), small);
        cell(timeline, nz(e.stage()), small);
        cell(timeline, marker(e.marker()) + nz(e.title()), small);
        cell(timeline, nz(e.actor()), small);
        cell(timeline, nz(e.detail()), small);
      }
      doc.add(timeline);

      doc.add(new Paragraph("二、决策文件清单", heading));
      if (t.documents().isEmpty()) {
        doc.add(new Paragraph(t.documentsNote() == null ? "（无）" : t.documentsNote(), body));
      } else {
        PdfPTable docs = new PdfPTable(new float[] {3, 1.5f, 0.8f, 1.4f, 1.8f, 4});
        docs.setWidthPercentage(100);
        for (String h : List.of("文件", "类别", "版本", "上传人", "上传时间", "SHA-256")) {
          cell(docs, h, heading);
        }
        for (DossierDocument d : t.documents()) {
          cell(docs, d.name(), small);
          cell(docs, nz(d.kind()), small);
          cell(docs, nz(d.version()), small);
          cell(docs, nz(d.uploadedBy()), small);
          cell(docs, d.addedAt() == null ? "" : Durations.format(d.addedAt()), small);
          cell(docs, nz(d.sha256()), small);
        }
        doc.add(docs);
      }
      doc.add(new Paragraph("打印时间：" + Durations.format(Durations.of(new java.sql.Timestamp(
          ClockUtil.getCurrentTime().getTime()))) + "（本记录由系统根据引擎历史和决策记录生成）", small));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render the dossier of " + t.decision().decisionNo(), e);
    }
    return out.toByteArray();
  }

  /**
   * Tables (the export of a conformance run) as a landscape PDF with the same CJK font: a title, then
   * each table with its headers repeated on every page.
   */
  public byte[] tables(String heading, List<AuditExports.Table> tables) {
    BaseFont bf = font();
    Font title = new Font(bf, 14, Font.BOLD);
    Font bold = new Font(bf, 9, Font.BOLD);
    Font small = new Font(bf, 8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 30, 30, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(heading);
      doc.open();
      Paragraph p = new Paragraph(heading, title);
      p.setAlignment(Element.ALIGN_CENTER);
      doc.add(p);
      for (AuditExports.Table t : tables) {
        doc.add(new Paragraph(t.title(), bold));
        PdfPTable table = new PdfPTable(Math.max(1, t.headers().size()));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        t.headers().forEach(h -> cell(table, h, bold));
        for (List<Object> row : t.rows()) {
          row.forEach(v -> cell(table, v == null ? "" : v.toString(), small));
        }
        doc.add(table);
      }
      doc.add(new Paragraph("打印时间：" + Durations.format(Durations.of(new java.sql.Timestamp(
          ClockUtil.getCurrentTime().getTime()))), small));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render " + heading, e);
    }
    return out.toByteArray();
  }

  private static String marker(String marker) {
    if (marker == null) {
      return "";
    }
    return switch (marker) {
      case "RETURN" -> "【退回】";
      case "RESUBMISSION" -> "【重新办理】";
      case "EXEMPTION" -> "【特别说明】";
      case "OVERDUE" -> "【超期】";
      case "INTERVENTION" -> "【管理员干预】";
      default -> "";
    };
  }

  private static void cell(PdfPTable table, String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setPadding(3);
    table.addCell(cell);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  BaseFont font() {
    BaseFont bf = baseFont;
    if (bf != null) {
      return bf;
    }
    for (String candidate : fontCandidates) {
      String path = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
      if (!new File(path).isFile()) {
        continue;
      }
      try {
        bf = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        baseFont = bf;
        log.info("Dossier PDFs use the font {}", candidate);
        return bf;
      } catch (DocumentException | IOException e) {
        log.warn("Font {} cannot be used for PDFs: {}", candidate, e.getMessage());
      }
    }
    throw new IllegalStateException("No CJK font for dossier PDFs among " + fontCandidates
        + "; install fonts-noto-cjk or set decision.audit.pdf-fonts (DOSSIER_PDF_FONTS)");
  }
}
