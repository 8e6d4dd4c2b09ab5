package cn.gov.pujiang.decision.participation;

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
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The 公众意见汇总 PDF generated from the ledger, rendered like the dossier PDF (OpenPDF, the CJK font of
 * decision.audit.pdf-fonts). It is an internal record filed in the dossier: the name and contact stay out
 * of it too, since the dossier is read by reviewers and meetings who do not need them.
 */
@Component
public class OpinionSummaryPdf {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final List<String> fontCandidates;
  private volatile BaseFont baseFont;

  public OpinionSummaryPdf(@Value("${decision.audit.pdf-fonts}") String fontCandidates) {
    this.fontCandidates = Arrays.stream(fontCandidates.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public byte[] render(String decisionNo, String title, Consultation consultation, List<PublicOpinion> ledger,
      OffsetDateTime printedAt) {
    BaseFont bf = font();
    Font heading = new Font(bf, 12, Font.BOLD);
    Font body = new Font(bf, 9);
    Font small = new Font(bf, 8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 36, 36, 40, 40);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("公众意见汇总 " + decisionNo);
      doc.open();
      Paragraph p = new Paragraph("公众意见汇总及采纳情况", new Font(bf, 16, Font.BOLD));
      p.setAlignment(Element.ALIGN_CENTER);
      doc.add(p);
      doc.add(new Paragraph("决策编号：" + decisionNo + "　决策事项：" + title, body));
      if (consultation != null) {
        doc.add(new Paragraph("网上征求意见：" + TIME.format(consultation.getOpensAt()) + " 至 "
            + TIME.format(consultation.getClosesAt()) + "，期限" + consultation.getPeriodDays() + "日"
            + (consultation.getShortenReason() == null ? "" : "（缩短期限理由：" + consultation.getShortenReason() + "）"),
            body));
      }
      OpinionSummary summary = OpinionSummary.of(ledger);
      doc.add(new Paragraph("共收到意见" + summary.total() + "条：采纳" + summary.adopted() + "条，部分采纳"
          + summary.partlyAdopted() + "条，不予采纳" + summary.notAdopted() + "条，不属于本决策事项" + summary.outOfScope()
          + "条，不予处理" + summary.dismissed() + "条，未处理" + summary.unanswered() + "条。", body));
      doc.add(new Paragraph(" ", small));
      PdfPTable table = new PdfPTable(new float[] {0.6f, 1.6f, 1.4f, 5f, 1.4f, 3.6f});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      for (String h : List.of("序号", "收到时间", "来源", "意见内容", "处理结果", "理由")) {
        cell(table, h, heading);
      }
      int n = 0;
      for (PublicOpinion o : ledger) {
        cell(table, String.valueOf(++n), small);
        cell(table, TIME.format(o.getReceivedAt().atZoneSameInstant(cn.gov.pujiang.decision.engine.EngineClock.ZONE)), small);
        cell(table, o.getSource().label(), small);
        cell(table, o.getBody(), small);
        cell(table, OpinionSummary.resultLabel(o), small);
        cell(table, o.getReason() == null ? "" : o.getReason(), small);
      }
      doc.add(table);
      doc.add(new Paragraph("生成时间：" + TIME.format(printedAt) + "（本汇总由系统根据意见台账生成，不含提出人姓名和联系方式）", small));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render the opinion summary of " + decisionNo, e);
    }
    return out.toByteArray();
  }

  private static void cell(PdfPTable table, String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setPadding(3);
    table.addCell(cell);
  }

  private BaseFont font() {
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
        return bf;
      } catch (DocumentException | IOException e) {
        // try the next candidate
      }
    }
    throw new IllegalStateException("No CJK font for PDFs among " + fontCandidates
        + "; install fonts-noto-cjk or set decision.audit.pdf-fonts (DOSSIER_PDF_FONTS)");
  }
}
