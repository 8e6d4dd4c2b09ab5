package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.archive.ArchiveSeal;
import cn.gov.pujiang.decision.audit.AuditTimeline.Timeline;
import cn.gov.pujiang.decision.audit.DossierDocumentSource.DossierDocument;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * Dossier documents in the timeline, the printable dossier and the archive hash, on {@link AuditFixture}
 * plus three documents of H3 written by hand: the draft (version 1, then 2) by huaqiao.clerk and the
 * legality opinion by huaqiao.reviewer. Runs on H2, where md_document has no immutability trigger, so
 * a document row can be "tampered with" to prove the hash notices.
 */
@Transactional
class AuditDossierTest extends ProcessTestSupport {

  static final String H3 = "huaqiao-2019-900003";
  static final String SHA_DRAFT1 = "a".repeat(64);
  static final String SHA_DRAFT2 = "b".repeat(64);
  static final String SHA_OPINION = "c".repeat(64);

  @Autowired DataSource dataSource;
  @Autowired DecisionFacts facts;
  @Autowired WebApplicationContext web;
  @Autowired AuditTimeline timelines;
  @Autowired ArchiveSeal seal;

  JdbcTemplate jdbc;
  MockMvc mvc;

  @BeforeEach
  void insertFixture() {
    jdbc = new JdbcTemplate(dataSource);
    mvc = MockMvcBuilders.webAppContextSetup(web).build();
    new AuditFixture(jdbc, facts).insert();
    document("DRAFT", 1, "美丽乡村建设规划（草案）.docx", SHA_DRAFT1, "huaqiao.clerk", AuditFixture.odt(3, 2, 10));
    document("DRAFT", 2, "美丽乡村建设规划（修改稿）.docx", SHA_DRAFT2, "huaqiao.clerk", AuditFixture.odt(3, 8, 10));
    document("LEGALITY_OPINION", 1, "合法性审查意见书.pdf", SHA_OPINION, "huaqiao.reviewer", AuditFixture.odt(3, 14, 9));
  }

  private void document(String kind, int version, String name, String sha, String by, OffsetDateTime at) {
    jdbc.update("insert into md_document (decision_no, kind, version, file_name, content_type, size_bytes, sha256,"
        + " uploaded_by, uploaded_at) values (?, ?, ?, ?, 'application/octet-stream', 1024, ?, ?, ?)",
        H3, kind, version, name, sha, by, at);
  }

  @Test
  void timelineListsEveryDocumentVersionWithItsHashAndUploader() {
    Timeline t = timelines.timeline(H3);
    assertThat(t.documentsNote()).isNull();
    assertThat(t.documents()).extracting(DossierDocument::name, DossierDocument::kind, DossierDocument::version,
            DossierDocument::sha256, DossierDocument::uploadedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("美丽乡村建设规划（草案）.docx", "决策草案", "第1版", SHA_DRAFT1, "花桥乡承办人"),
            org.assertj.core.groups.Tuple.tuple("美丽乡村建设规划（修改稿）.docx", "决策草案", "第2版", SHA_DRAFT2, "花桥乡承办人"),
            org.assertj.core.groups.Tuple.tuple("合法性审查意见书.pdf", "合法性审查意见书", "第1版", SHA_OPINION, "花桥乡合法性审查员"));
    assertThat(t.documents().get(2).addedAt().toInstant()).isEqualTo(AuditFixture.odt(3, 14, 9).toInstant());

    List<TimelineEntry> docs = t.entries().stream().filter(e -> "DOCUMENT".equals(e.kind())).toList();
    assertThat(docs).extracting(TimelineEntry::title)
        .containsExactly("提交文件：决策草案（第1版）", "提交新版本：决策草案（第2版）", "提交文件：合法性审查意见书（第1版）");
    assertThat(docs.get(1).detail()).contains("美丽乡村建设规划（修改稿）.docx", SHA_DRAFT2);
    assertThat(docs.get(2).actor()).isEqualTo("花桥乡合法性审查员");
    assertThat(docs.get(2).stage()).isEqualTo("合法性审查");
    // Documents of other decisions stay out.
    assertThat(timelines.timeline("huaqiao-2019-900001").documents()).isEmpty();
  }

  @Test
  void dossierPdfListsTheDocumentsWithTheirHashes() throws Exception {
    byte[] pdf = mvc.perform(get("/api/audit/decisions/" + H3 + "/dossier.pdf"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      // 上传人 by name, not the user id (the browser walk-through).
      assertThat(text).contains("决策文件清单", "合法性审查意见书.pdf", "上传人", "花桥乡合法性审查员", SHA_OPINION,
          SHA_DRAFT2).doesNotContain("huaqiao.reviewer", "huaqiao.clerk");
    }
  }

  /**
   * The browser walk-through: one entry per event. The trail's own lines for a stage entered, a review submitted,
   * an opinion issued and an exemption repeat what the engine history, md_legality_opinion and
   * md_procedure_requirement already tell; they were shown twice. A reason's closing 。 no longer meets
   * the next "；".
   */
  @Test
  void timelineShowsEachEventOnceWithoutStrayJoins() {
    jdbc.update("insert into md_stage_record (decision_id, stage, event, summary, actor, recorded_at, activity_id)"
        + " values (990003, 'LEGALITY_REVIEW', 'STAGE_ENTERED', '进入“合法性审查”阶段', 'huaqiao.clerk', ?,"
        + " 'CallActivity_LegalityReview')", AuditFixture.odt(3, 10, 9));
    trail(990003, "LEGALITY_REVIEW", "REVIEW_SUBMITTED", "第2次送请合法性审查，送审人：huaqiao.clerk", "huaqiao.clerk",
        AuditFixture.odt(3, 10, 9));
    trail(990003, "LEGALITY_REVIEW", "LEGALITY_OPINION_ISSUED", "出具合法性审查意见：合法", "huaqiao.reviewer",
        AuditFixture.odt(3, 14, 9));
    jdbc.update("update md_legality_opinion set opinion = '程序完备，内容合法。' where decision_id = 990003 and round_no = 2");
    Timeline h3 = timelines.timeline(H3);
    assertThat(h3.entries()).filteredOn(e -> e.title().contains("审查结论") || e.title().contains("审查意见："))
        .extracting(TimelineEntry::title).containsExactly("第1轮审查结论：材料不全，退回补充", "第2轮审查结论：合法");
    assertThat(h3.entries()).filteredOn(e -> e.title().startsWith("第") && e.title().contains("送") && !e.title().contains("结论"))
        .extracting(TimelineEntry::title).containsExactly("第1轮送审", "第2轮送审（重新送审）");
    assertThat(h3.entries()).filteredOn(e -> e.title().contains("合法性审查") && e.title().startsWith("进入"))
        .hasSize(1);
    assertThat(h3.entries()).allSatisfy(e -> assertThat(String.valueOf(e.detail())).doesNotContain("。；"));
    assertThat(h3.entries()).allSatisfy(e -> assertThat(String.valueOf(e.title())).doesNotContain("huaqiao."));

    Timeline h2 = timelines.timeline("huaqiao-2019-900002");
    assertThat(h2.entries()).filteredOn(e -> (e.title() + e.detail()).contains("2018")).hasSize(1);
  }

  /** The browser walk-through: a task the engine ended (a time limit, another branch) says why in words, not "deleted". */
  @Test
  void aTaskTheSystemEndedSaysWhyInWords() {
    jdbc.update("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
        + " PROC_INST_ID_, EXECUTION_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_,"
        + " PRIORITY_, DUE_DATE_, TASK_STATE_) values ('t-h3-ended', 'Task_CheckCompleteness', 'legality-review',"
        + " 'legality-review:1:fixture', 'pi-h3', 'pi-h3-review2', 'pi-h3-review2', '送审材料完整性审查', null, ?, ?,"
        + " 60000, 'deleted', 50, null, 'Deleted')",
        java.sql.Timestamp.from(AuditFixture.odt(3, 10, 9).toInstant()),
        java.sql.Timestamp.from(AuditFixture.odt(3, 10, 10).toInstant()));
    TimelineEntry ended = timelines.timeline(H3).entries().stream()
        .filter(e -> "送审材料完整性审查".equals(e.title())).findFirst().orElseThrow();
    assertThat(ended.detail()).contains("未办理即结束（系统自动结束：").doesNotContain("deleted");
    // A planned 听取相关群体代表意见 has no task of its own: the timeline says where it is done.
    jdbc.update("insert into md_procedure_requirement (decision_id, procedure_code, required, planned, legal_basis,"
        + " decided_by, decided_at) values (990003, 'GROUP_CONSULTATION', true, true, '条例第十四条第三款', 'clerk', ?)",
        AuditFixture.odt(3, 3, 9));
    assertThat(timelines.timeline(H3).entries()).filteredOn(e -> e.title().startsWith("听取相关群体代表意见"))
        .singleElement().satisfies(e -> assertThat(e.detail()).contains("无单独任务", "公众参与"));
    assertThat(EngineHistoryTimeline.reason("管理员撤销：重复登记")).isEqualTo("管理员撤销：重复登记");
    assertThat(EngineHistoryTimeline.reason("Process instance migrated")).isEqualTo("系统自动结束");
  }

  private void trail(long decision, String stage, String event, String summary, String actor, OffsetDateTime at) {
    jdbc.update("insert into md_stage_record (decision_id, stage, event, summary, actor, recorded_at)"
        + " values (?, ?, ?, ?, ?, ?)", decision, stage, event, summary, actor, at);
  }

  @Test
  void archiveHashSchemeTwoCoversDocumentsAndSchemeOneStaysAsItWas() {
    assertThat(seal.currentScheme()).isEqualTo(ArchiveSeal.DOCUMENT_BOUND_SCHEME);
    long id = 990003;
    String scheme1 = seal.contentHash(id, Long.MAX_VALUE, 1);
    String scheme2 = seal.contentHash(id, Long.MAX_VALUE, 2);
    assertThat(scheme2).isNotEqualTo(scheme1);

    // A changed document hash (possible on H2 only; PostgreSQL refuses it) changes scheme 2 only.
    jdbc.update("update md_document set sha256 = ? where decision_no = ? and kind = 'LEGALITY_OPINION'",
        "d".repeat(64), H3);
    assertThat(seal.contentHash(id, Long.MAX_VALUE, 1)).isEqualTo(scheme1);
    String changed = seal.contentHash(id, Long.MAX_VALUE, 2);
    assertThat(changed).isNotEqualTo(scheme2);

    // So does an added document; a record sealed under scheme 1 still verifies against what it covered.
    document("MEETING_MINUTES", 1, "会议纪要.pdf", "e".repeat(64), "huaqiao.secretary", AuditFixture.odt(3, 28, 17));
    assertThat(seal.contentHash(id, Long.MAX_VALUE, 1)).isEqualTo(scheme1);
    assertThat(seal.contentHash(id, Long.MAX_VALUE, 2)).isNotEqualTo(changed);

    // Scheme 2 of a decision without documents is still distinct from scheme 1 (the scheme line).
    assertThat(seal.contentHash(990001, Long.MAX_VALUE, 2)).isNotEqualTo(seal.contentHash(990001, Long.MAX_VALUE, 1));

    // Scheme 3 (ADR 0025): a file sealed at publication covers the documents up to its bound; what
    // execution adds later belongs to the supplement and leaves the file's hash as it was.
    long bound = jdbc.queryForObject("select max(id) from md_document where decision_no = ?", Long.class, H3);
    String scheme3 = seal.contentHash(id, Long.MAX_VALUE, bound, 3);
    String scheme2Before = seal.contentHash(id, Long.MAX_VALUE, 2);
    document("EVALUATION_REPORT", 1, "决策后评估报告.pdf", "f".repeat(64), "huaqiao.clerk", AuditFixture.odt(4, 1, 9));
    assertThat(seal.contentHash(id, Long.MAX_VALUE, bound, 3)).isEqualTo(scheme3);
    assertThat(seal.contentHash(id, Long.MAX_VALUE, 2)).isNotEqualTo(scheme2Before);
  }
}
