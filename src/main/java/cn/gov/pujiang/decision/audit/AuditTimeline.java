package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.audit.DossierDocumentSource.DossierDocument;
import cn.gov.pujiang.decision.audit.TimelineSource.DecisionRef;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a decision's timeline from every {@link TimelineSource}. Read-only. */
@Service
public class AuditTimeline {

  static final String NO_DOCUMENTS_YET = "文件管理功能尚未上线，决策文件清单暂无；过程材料见上方时间线。";

  private final JdbcTemplate jdbc;
  private final List<TimelineSource> sources;
  private final ObjectProvider<DossierDocumentSource> documents;

  public AuditTimeline(JdbcTemplate jdbc, List<TimelineSource> sources, ObjectProvider<DossierDocumentSource> documents) {
    this.jdbc = jdbc;
    this.sources = sources;
    this.documents = documents;
  }

  public record Header(
      String decisionNo, String title, String unitCode, String unitName, String status, String statusLabel,
      String outcome, String outcomeLabel, String createdBy, OffsetDateTime createdAt, String catalogueItem,
      String emergencyReason) {}

  public record Seal(String archiveNo, String retention, String archivedBy, OffsetDateTime archivedAt,
      Integer chainPosition, String contentHash, String previousHash, String recordHash) {}

  public record Summary(int tasks, int overdueTasks, int returns, int resubmissions, int exemptions) {}

  public record Timeline(Header decision, List<TimelineEntry> entries, Summary summary, Seal archive,
      List<DossierDocument> documents, String documentsNote) {}

  @Transactional(readOnly = true)
  public Timeline timeline(String decisionNo) {
    List<Object[]> found = jdbc.query(
        "select d.id, d.decision_no, d.title, d.unit_code, u.name, d.status, d.outcome, d.created_by, d.created_at,"
            + " d.process_instance_id, (select ci.item_no from md_catalogue_item ci where ci.id = d.catalogue_item_id),"
            + " d.emergency_reason from md_decision d join md_unit u on u.code = d.unit_code where d.decision_no = ?",
        (rs, i) -> new Object[] {
          rs.getLong(1),
          new Header(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
              Labels.of(DecisionStatus.class, rs.getString(6), DecisionStatus::label), rs.getString(7),
              Labels.of(DecisionOutcome.class, rs.getString(7), DecisionOutcome::label), rs.getString(8),
              rs.getObject(9, OffsetDateTime.class), rs.getString(11), rs.getString(12)),
          rs.getString(10)},
        decisionNo);
    if (found.isEmpty()) {
      throw Refusal.notFound("没有编号为“" + Quote.of(decisionNo) + "”的决策");
    }
    long id = (Long) found.get(0)[0];
    Header header = (Header) found.get(0)[1];
    DecisionRef ref = new DecisionRef(id, decisionNo, header.unitCode(), (String) found.get(0)[2]);
    List<TimelineEntry> entries = new ArrayList<>();
    for (TimelineSource source : sources) {
      entries.addAll(source.entries(ref));
    }
    entries.sort(Comparator.comparing(TimelineEntry::time, Comparator.nullsLast(Comparator.naturalOrder())));
    Summary summary = new Summary(
        (int) entries.stream().filter(e -> "TASK".equals(e.kind())).count(),
        (int) entries.stream().filter(e -> "TASK".equals(e.kind()) && Boolean.FALSE.equals(e.onTime())).count(),
        (int) entries.stream().filter(e -> "RETURN".equals(e.marker())).count(),
        (int) entries.stream().filter(e -> "RESUBMISSION".equals(e.marker())).count(),
        (int) entries.stream().filter(e -> "EXEMPTION".equals(e.marker()) && "PROCEDURE".equals(e.kind())).count());
    List<Seal> seals = jdbc.query(
        "select archive_no, retention, archived_by, archived_at, chain_seq, content_hash, previous_hash, record_hash"
            + " from md_archive_record where decision_id = ? and status = 'ARCHIVED'",
        (rs, i) -> new Seal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
            rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7), rs.getString(8)),
        id);
    DossierDocumentSource docs = documents.getIfAvailable();
    return new Timeline(header, entries, summary, seals.isEmpty() ? null : seals.get(0),
        docs == null ? List.of() : docs.documents(ref), docs == null ? NO_DOCUMENTS_YET : null);
  }
}
