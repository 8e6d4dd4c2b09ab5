package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link AuditDossierTest} on PostgreSQL. There a document row cannot be changed at all, so the hash
 * test checks that scheme 2 covers the documents through an added one and that the change of a row is
 * refused.
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class AuditDossierIT extends AuditDossierTest {

  @Override
  @org.junit.jupiter.api.Test
  void archiveHashSchemeTwoCoversDocumentsAndSchemeOneStaysAsItWas() {
    assertThat(seal.currentScheme()).isEqualTo(cn.gov.pujiang.decision.archive.ArchiveSeal.DOCUMENT_BOUND_SCHEME);
    String scheme1 = seal.contentHash(990003, Long.MAX_VALUE, 1);
    String scheme2 = seal.contentHash(990003, Long.MAX_VALUE, 2);
    assertThat(scheme2).isNotEqualTo(scheme1);
    jdbc.update("insert into md_document (decision_no, kind, version, file_name, content_type, size_bytes, sha256,"
        + " uploaded_by, uploaded_at) values (?, 'MEETING_MINUTES', 1, '会议纪要.pdf', 'application/pdf', 10, ?,"
        + " 'huaqiao.secretary', ?)", H3, "e".repeat(64), AuditFixture.odt(3, 28, 17));
    assertThat(seal.contentHash(990003, Long.MAX_VALUE, 1)).isEqualTo(scheme1);
    assertThat(seal.contentHash(990003, Long.MAX_VALUE, 2)).isNotEqualTo(scheme2);
    assertThatThrownBy(() -> jdbc.update("update md_document set sha256 = ? where decision_no = ?", "d".repeat(64), H3))
        .hasMessageContaining("never changed");
  }
}
