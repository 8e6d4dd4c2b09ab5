package cn.gov.pujiang.decision.archive;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hash scheme 2: the seal also covers the dossier's documents (md_document, every version, by id):
 * id, kind, version, file name, SHA-256 of the bytes, uploader and upload time. The bytes themselves
 * are covered through their SHA-256. From hash scheme 3 (ADR 0025) only documents up to the record's
 * sealed_document_id are written: a file sealed at publication leaves execution's uploads to its
 * supplement. Under schemes 1-2 every document of the decision is written: the dossier refuses
 * uploads once a decision is archived, and PostgreSQL refuses any update or delete of md_document, so
 * the set a seal covered cannot legitimately change afterwards (docs/audit.md notes the one race: an
 * upload committing while the archiving transaction runs would show as a broken link, never as a
 * hidden change). Records sealed under scheme 1 keep verifying without this part.
 */
@Component
class DossierArchiveContent implements ArchiveContentPart {

  private final JdbcTemplate jdbc;

  DossierArchiveContent(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int since() {
    return 2;
  }

  @Override
  public int order() {
    return 6;
  }

  @Override
  public void write(long decisionId, long sealedTrailId, CanonicalText out) {
    write(decisionId, sealedTrailId, Long.MAX_VALUE, out);
  }

  @Override
  public void write(long decisionId, long sealedTrailId, long sealedDocumentId, CanonicalText out) {
    jdbc.query(
        "select m.id, m.kind, m.version, m.file_name, m.sha256, m.uploaded_by, m.uploaded_at"
            + " from md_document m join md_decision d on d.decision_no = m.decision_no"
            + " where d.id = ? and m.id <= ? order by m.id",
        rs -> {
          out.line("document", rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
              rs.getString(5).trim(), rs.getString(6), rs.getTimestamp(7));
        },
        decisionId, sealedDocumentId);
  }
}
