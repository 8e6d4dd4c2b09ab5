package cn.gov.pujiang.decision.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tamper evidence for archive records (the auditor workspace, ADR 0012). Sealing an archived record stores
 * <ul>
 *   <li>{@code content_hash} = SHA-256 of the canonical text of the decision's archived content
 *       ({@link ArchiveContentPart}s of the record's hash scheme),
 *   <li>{@code previous_hash} = the {@code record_hash} of the unit's previous sealed record (64 zeros
 *       for the first),
 *   <li>{@code record_hash} = SHA-256 over previous hash, content hash and the archive's identity
 *       (unit, position, decision number, file number, retention, archivist).
 * </ul>
 * Changing any covered row, deleting a record or re-ordering the chain changes a hash that a later
 * verification recomputes; {@link #verify(String)} reports the first link that does not hold.
 */
@Service
public class ArchiveSeal {

  public static final String GENESIS = "0".repeat(64);

  /**
   * From this scheme the dossier's documents are covered up to the record's sealed_document_id, so
   * that a file sealed at publication stays verifiable while execution adds documents (ADR 0025).
   */
  public static final int DOCUMENT_BOUND_SCHEME = 3;

  private final JdbcTemplate jdbc;
  private final List<ArchiveContentPart> parts;

  public ArchiveSeal(JdbcTemplate jdbc, List<ArchiveContentPart> parts) {
    this.jdbc = jdbc;
    this.parts = parts.stream().sorted(Comparator.comparingInt(ArchiveContentPart::order)).toList();
  }

  /** The newest hash scheme: new seals cover every part there is. */
  public int currentScheme() {
    return Math.max(DOCUMENT_BOUND_SCHEME, parts.stream().mapToInt(ArchiveContentPart::since).max().orElse(1));
  }

  /**
   * Seals the record as the next link of its unit's chain. Must run in the archiving transaction,
   * after the trail and records are written: the unit's row is locked so that two archivings of one
   * unit take consecutive positions.
   */
  @Transactional
  void seal(ArchiveRecord record, String unitCode, String decisionNo) {
    jdbc.queryForObject("select code from md_unit where code = ? for update", String.class, unitCode);
    Long sealedTrailId =
        jdbc.queryForObject(
            "select coalesce(max(id), 0) from md_stage_record where decision_id = ?", Long.class, record.getDecisionId());
    List<String> last =
        jdbc.queryForList(
            "select record_hash from md_archive_record where chain_unit = ? and chain_seq ="
                + " (select max(chain_seq) from md_archive_record where chain_unit = ?)",
            String.class, unitCode, unitCode);
    Integer lastSeq =
        jdbc.queryForObject(
            "select coalesce(max(chain_seq), 0) from md_archive_record where chain_unit = ?", Integer.class, unitCode);
    long sealedDocumentId = lastDocumentId(record.getDecisionId());
    int scheme = currentScheme();
    String content = contentHash(record.getDecisionId(), sealedTrailId, sealedDocumentId, scheme);
    String previous = last.isEmpty() ? GENESIS : last.get(0);
    int seq = lastSeq + 1;
    String recordHash =
        recordHash(previous, content, unitCode, seq, decisionNo, record.getArchiveNo(),
            record.getRetention() == null ? null : record.getRetention().name(), record.getArchivedBy());
    record.sealed(unitCode, seq, scheme, sealedTrailId, sealedDocumentId, content, previous, recordHash);
  }

  /** The decision's last trail entry id, 0 when there is none. */
  long lastTrailId(long decisionId) {
    return jdbc.queryForObject(
        "select coalesce(max(id), 0) from md_stage_record where decision_id = ?", Long.class, decisionId);
  }

  /** The decision's last dossier document id (any version), 0 when there is none. */
  long lastDocumentId(long decisionId) {
    return jdbc.queryForObject(
        "select coalesce(max(m.id), 0) from md_document m join md_decision d on d.decision_no = m.decision_no"
            + " where d.id = ?",
        Long.class, decisionId);
  }

  /**
   * SHA-256 (hex) of a supplement's content: the trail entries and dossier documents with ids in
   * (from, to]. Supplements are not links of the unit's chain; the hash is kept on the supplement row.
   */
  public String supplementHash(long decisionId, long fromTrailId, long toTrailId, long fromDocumentId, long toDocumentId) {
    CanonicalText text = new CanonicalText();
    text.line("supplement", decisionId, fromTrailId, toTrailId, fromDocumentId, toDocumentId);
    jdbc.query(
        "select id, stage, event, summary, actor, activity_id, recorded_at from md_stage_record"
            + " where decision_id = ? and id > ? and id <= ? order by id",
        rs -> {
          text.line("trail", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getTimestamp(7));
        },
        decisionId, fromTrailId, toTrailId);
    jdbc.query(
        "select m.id, m.kind, m.version, m.file_name, m.sha256, m.uploaded_by, m.uploaded_at"
            + " from md_document m join md_decision d on d.decision_no = m.decision_no"
            + " where d.id = ? and m.id > ? and m.id <= ? order by m.id",
        rs -> {
          text.line("document", rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
              rs.getString(5).trim(), rs.getString(6), rs.getTimestamp(7));
        },
        decisionId, fromDocumentId, toDocumentId);
    return sha256(text.toString());
  }

  /** SHA-256 (hex) of the canonical content of a decision as covered by the given scheme. */
  public String contentHash(long decisionId, long sealedTrailId, int scheme) {
    return contentHash(decisionId, sealedTrailId, Long.MAX_VALUE, scheme);
  }

  /** As above, with the last document id covered (applied from {@link #DOCUMENT_BOUND_SCHEME}). */
  public String contentHash(long decisionId, long sealedTrailId, long sealedDocumentId, int scheme) {
    long documentBound = scheme >= DOCUMENT_BOUND_SCHEME ? sealedDocumentId : Long.MAX_VALUE;
    CanonicalText text = new CanonicalText();
    text.line("scheme", scheme);
    for (ArchiveContentPart part : parts) {
      if (part.since() <= scheme) {
        part.write(decisionId, sealedTrailId, documentBound, text);
      }
    }
    return sha256(text.toString());
  }

  static String recordHash(String previous, String content, String unit, int seq, String decisionNo,
      String archiveNo, String retention, String archivedBy) {
    return sha256(new CanonicalText()
        .line("link", previous, content, unit, seq, decisionNo, archiveNo, retention, archivedBy)
        .toString());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** What a verification found for one unit's chain. */
  public record ChainReport(
      String unitCode, int sealedRecords, int unsealedArchived, boolean intact, BrokenLink firstBroken) {}

  /** The first link that does not hold, with the reason in Chinese. */
  public record BrokenLink(int position, String decisionNo, String archiveNo, String problem) {}

  /**
   * Recomputes every sealed record of the unit in chain order and reports the first that does not
   * match. Read-only.
   */
  @Transactional(readOnly = true)
  public ChainReport verify(String unitCode) {
    List<Link> links =
        jdbc.query(
            "select a.decision_id, d.decision_no, a.chain_seq, a.hash_scheme, a.sealed_trail_id, a.content_hash,"
                + " a.previous_hash, a.record_hash, a.archive_no, a.retention, a.archived_by, a.sealed_document_id"
                + " from md_archive_record a join md_decision d on d.id = a.decision_id"
                + " where a.chain_unit = ? order by a.chain_seq",
            (rs, i) -> new Link(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getObject(12) == null ? Long.MAX_VALUE : rs.getLong(12)),
            unitCode);
    Integer unsealed =
        jdbc.queryForObject(
            "select count(*) from md_archive_record a join md_decision d on d.id = a.decision_id"
                + " where d.unit_code = ? and a.status = 'ARCHIVED' and a.record_hash is null",
            Integer.class, unitCode);
    String previous = GENESIS;
    int expectedSeq = 1;
    for (Link link : links) {
      String problem = null;
      if (link.seq != expectedSeq) {
        problem = "链上第" + expectedSeq + "位的归档记录缺失（下一条记录位于第" + link.seq + "位）";
      } else if (!previous.equals(link.previousHash)) {
        problem = "与前一条归档记录的链接不符（前一条记录被改动、删除或替换）";
      } else if (!contentHash(link.decisionId, link.sealedTrailId, link.sealedDocumentId, link.scheme)
          .equals(link.contentHash)) {
        problem = "决策的归档内容（登记信息、程序计划、审查意见、会议记录、过程记录或决策文件）与归档时不一致";
      } else if (!recordHash(link.previousHash, link.contentHash, unitCode, link.seq, link.decisionNo,
          link.archiveNo, link.retention, link.archivedBy).equals(link.recordHash)) {
        problem = "归档记录本身（档号、保管期限、归档人或哈希值）与归档时不一致";
      }
      if (problem != null) {
        return new ChainReport(unitCode, links.size(), unsealed,
            false, new BrokenLink(link.seq, link.decisionNo, link.archiveNo, problem));
      }
      previous = link.recordHash;
      expectedSeq++;
    }
    return new ChainReport(unitCode, links.size(), unsealed, true, null);
  }

  /** Verifies every unit's chain. */
  @Transactional(readOnly = true)
  public List<ChainReport> verifyAll() {
    List<ChainReport> reports = new ArrayList<>();
    for (String unit : jdbc.queryForList("select code from md_unit order by sort_order", String.class)) {
      reports.add(verify(unit));
    }
    return reports;
  }

  private record Link(long decisionId, String decisionNo, int seq, int scheme, long sealedTrailId,
      String contentHash, String previousHash, String recordHash, String archiveNo, String retention,
      String archivedBy, long sealedDocumentId) {}
}
