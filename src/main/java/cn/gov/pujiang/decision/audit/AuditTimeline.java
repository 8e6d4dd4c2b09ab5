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
import cn.gov.pujiang.decision.engine.Actors;
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
  private final ConformanceRuns conformance;

  public AuditTimeline(JdbcTemplate jdbc, List<TimelineSource> sources, ObjectProvider<DossierDocumentSource> documents,
      ConformanceRuns conformance) {
    this.jdbc = jdbc;
    this.conformance = conformance;
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

  /**
   * {@code violations}: the findings on this decision of the latest conformance run that covered it
   *; each points at the timeline entries with its {@code evidenceAt}. Null when no run has
   * covered the decision yet.
   */
  public record Timeline(Header decision, List<TimelineEntry> entries, Summary summary, Seal archive,
      List<DossierDocument> documents, String documentsNote, List<ConformanceRuns.Violation> violations) {}

  /** What the timeline shows for work done by the application itself (timers, jobs, listeners). */
  static final String SYSTEM_ACTOR = "系统自动办理";

  /**
   * People by name (姓名, ADR 0019), not by user id; work of the application itself as such. Read from
   * Camunda's user table directly: the auditor may read every timeline but has no grant on the users.
   */
  private java.util.Map<String, String> names(java.util.Collection<String> userIds) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    userIds.forEach(id -> {
      if (id != null && !id.isBlank()) {
        ids.add(id);
      }
    });
    java.util.Map<String, String> names = new java.util.HashMap<>();
    names.put(Actors.SYSTEM, SYSTEM_ACTOR);
    ids.remove(Actors.SYSTEM);
    if (!ids.isEmpty()) {
      String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
      jdbc.query("select ID_, FIRST_, LAST_ from ACT_ID_USER where ID_ in (" + marks + ")", rs -> {
        String name = (nz(rs.getString(2)) + nz(rs.getString(3))).trim();
        if (!name.isEmpty()) {
          names.put(rs.getString(1), name);
        }
      }, ids.toArray());
    }
    return names;
  }

  private List<TimelineEntry> named(List<TimelineEntry> entries, java.util.Map<String, String> names) {
    List<TimelineEntry> named = new ArrayList<>(entries.size());
    for (TimelineEntry e : entries) {
      String actor = e.actor() == null ? null : names.getOrDefault(e.actor(), e.actor());
      named.add(new TimelineEntry(e.time(), e.kind(), e.stage(), e.title(), actor, e.detail(), e.started(),
          e.durationMillis(), e.durationText(), e.limit(), e.onTime(), e.marker()));
    }
    return named;
  }

  /** 上传人 by name too (the browser walk-through: the document list showed user ids). */
  private static List<DossierDocument> namedUploaders(List<DossierDocument> documents, java.util.Map<String, String> names) {
    return documents.stream()
        .map(d -> new DossierDocument(d.name(), d.kind(), d.version(), d.sha256(), d.addedAt(),
            d.uploadedBy() == null ? null : names.getOrDefault(d.uploadedBy(), d.uploadedBy())))
        .toList();
  }

  private static String nz(String value) {
    return value == null ? "" : value.trim();
  }

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
    DossierDocumentSource docs = documents.getIfAvailable();
    List<DossierDocument> documentList = docs == null ? List.of() : docs.documents(ref);
    java.util.Set<String> people = new java.util.HashSet<>();
    entries.forEach(e -> people.add(e.actor()));
    documentList.forEach(d -> people.add(d.uploadedBy()));
    people.add(header.createdBy());
    java.util.Map<String, String> names = names(people);
    entries = named(entries, names);
    documentList = namedUploaders(documentList, names);
    if (header.createdBy() != null) {
      header = new Header(header.decisionNo(), header.title(), header.unitCode(), header.unitName(), header.status(),
          header.statusLabel(), header.outcome(), header.outcomeLabel(),
          names.getOrDefault(header.createdBy(), header.createdBy()), header.createdAt(), header.catalogueItem(),
          header.emergencyReason());
    }
    Summary summary = new Summary(
        (int) entries.stream().filter(e -> "TASK".equals(e.kind())).count(),
        (int) entries.stream().filter(e -> "TASK".equals(e.kind()) && Boolean.FALSE.equals(e.onTime())).count(),
        (int) entries.stream().filter(e -> "RETURN".equals(e.marker())).count(),
        (int) entries.stream().filter(e -> "RESUBMISSION".equals(e.marker())).count(),
        (int) entries.stream().filter(e -> "EXEMPTION".equals(e.marker()) && "PROCEDURE".equals(e.kind())).count());
    List<Seal> seals = jdbc.query(
        "select archive_no, retention, archived_by, archived_at, chain_seq, content_hash, previous_hash, record_hash"
            + " from md_archive_record where decision_id = ? and status = 'ARCHIVED'",
        (rs, i) -> new Seal(rs.getString(1), rs.getString(2), names.getOrDefault(rs.getString(3), rs.getString(3)), rs.getObject(4, OffsetDateTime.class),
            rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7), rs.getString(8)),
        id);
    return new Timeline(header, entries, summary, seals.isEmpty() ? null : seals.get(0),
        documentList, docs == null ? NO_DOCUMENTS_YET : null, conformance.latestFor(id));
  }
}
