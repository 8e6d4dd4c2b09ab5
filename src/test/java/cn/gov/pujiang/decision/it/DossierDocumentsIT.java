package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The dossier tables on real PostgreSQL (migration V5): bytes stored as bytea and read back equal,
 * versions unique per kind, and the database itself refusing to change or remove a stored version.
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class DossierDocumentsIT extends ProcessTestSupport {

  @Autowired DataSource dataSource;

  JdbcTemplate jdbc;
  String no;

  @BeforeEach
  void setUp() {
    jdbc = new JdbcTemplate(dataSource);
    no = registerDecision(TOWN, "档案表测试事项").getDecisionNo();
  }

  @Test
  void storesTheBytesAsByteaAndReadsThemBackUnchanged() throws Exception {
    DossierDocument stored = documents.upload(no, DocumentKind.DRAFT);

    byte[] content = jdbc.queryForObject(
        "select content from md_document_content where document_id = ?", byte[].class, stored.getId());
    assertThat(jdbc.queryForObject(
            "select data_type from information_schema.columns where table_name = 'md_document_content' and column_name = 'content'",
            String.class))
        .isEqualTo("bytea");
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))).isEqualTo(stored.getSha256());
    assertThat(new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveAStoredVersion() {
    DossierDocument first = documents.upload(no, DocumentKind.LEGALITY_OPINION);

    assertThatThrownBy(() -> jdbc.update("update md_document set file_name = 'forged.pdf' where id = ?", first.getId()))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("never changed or deleted");
    assertThatThrownBy(() -> jdbc.update("update md_document_content set content = ? where document_id = ?",
            new byte[] {1}, first.getId()))
        .hasMessageContaining("never changed or deleted");
    assertThatThrownBy(() -> jdbc.update("delete from md_document_content where document_id = ?", first.getId()))
        .hasMessageContaining("never changed or deleted");
    assertThat(jdbc.queryForObject("select file_name from md_document where id = ?", String.class, first.getId()))
        .isEqualTo(first.getFileName());
  }

  @Test
  void aSecondVersionIsANewRowAndAVersionNumberCannotBeTakenTwice() {
    DossierDocument first = documents.upload(no, DocumentKind.MEETING_MINUTES);
    DossierDocument second = documents.upload(no, DocumentKind.MEETING_MINUTES);

    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(jdbc.queryForList(
            "select version from md_document where decision_no = ? and kind = 'MEETING_MINUTES' order by version",
            Integer.class, no))
        .containsExactly(1, 2);
    assertThatThrownBy(() -> jdbc.update(
            "insert into md_document (decision_no, kind, version, file_name, content_type, size_bytes, sha256,"
                + " uploaded_by, uploaded_at) values (?, 'MEETING_MINUTES', 2, 'x.pdf', 'application/pdf', 1, ?, 'x',"
                + " current_timestamp)", no, "0".repeat(64)))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("md_document_version_uk");
  }
}
