package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.dossier.DocumentKind;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dossier documents (md_document, every version) of a decision: the document list of the
 * timeline page and the printable dossier, and one timeline entry per upload (kind DOCUMENT) with the
 * file name and its SHA-256. Reads metadata only, never the bytes. Read-only.
 */
@Component
class DossierDocuments implements DossierDocumentSource, TimelineSource {

  private static final String SQL =
      "select kind, version, file_name, sha256, uploaded_by, uploaded_at from md_document"
          + " where decision_no = ? order by uploaded_at, id";

  private final JdbcTemplate jdbc;

  DossierDocuments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<DossierDocument> documents(DecisionRef decision) {
    return jdbc.query(SQL,
        (rs, i) -> new DossierDocument(rs.getString(3), kindLabel(rs.getString(1)), "第" + rs.getInt(2) + "版",
            rs.getString(4).trim(), Durations.of(rs.getTimestamp(6)), rs.getString(5)),
        decision.decisionNo());
  }

  @Override
  public List<TimelineEntry> entries(DecisionRef decision) {
    return jdbc.query(SQL,
        (rs, i) -> {
          String kind = rs.getString(1);
          int version = rs.getInt(2);
          String stage = DocumentKind.fromCode(kind).map(DocumentKind::stage).orElse("决策档案");
          return TimelineEntry.simple(Durations.of(rs.getTimestamp(6)), "DOCUMENT", stage,
              (version > 1 ? "提交新版本：" : "提交文件：") + kindLabel(kind) + "（第" + version + "版）",
              rs.getString(5), "文件名：" + rs.getString(3) + "；SHA-256：" + rs.getString(4).trim(), null);
        },
        decision.decisionNo());
  }

  private static String kindLabel(String code) {
    return DocumentKind.fromCode(code).map(DocumentKind::label).orElse(code);
  }
}
