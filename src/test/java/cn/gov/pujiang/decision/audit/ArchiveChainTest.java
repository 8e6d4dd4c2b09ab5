package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.archive.ArchiveSeal;
import cn.gov.pujiang.decision.archive.ArchiveSeal.ChainReport;
import cn.gov.pujiang.decision.audit.AuditTimeline.Timeline;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.support.Stages;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The archive step seals each archived record into its unit's hash chain, and the auditor's
 * verification finds the first broken link after a record is tampered with. Runs real decisions of
 * 杭坪镇 (hangping, used by no other test) through the engine; the timeline of a real decision is
 * checked on the way.
 */
class ArchiveChainTest extends ProcessTestSupport {

  static final String UNIT = "hangping";

  @Autowired DataSource dataSource;
  @Autowired ArchiveSeal seal;
  @Autowired AuditTimeline timelines;

  JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    jdbc = new JdbcTemplate(dataSource);
  }

  @Test
  void archivedRecordsFormAChainThatRevealsTheFirstTamperedLink() {
    int before = seal.verify(UNIT).sealedRecords();
    String first = notInitiatedAndArchived();
    String second = notInitiatedAndArchived();

    ChainReport intact = seal.verify(UNIT);
    assertThat(intact.intact()).isTrue();
    assertThat(intact.sealedRecords()).isEqualTo(before + 2);
    String firstHash = hashOf(first, "record_hash");
    assertThat(hashOf(second, "previous_hash")).isEqualTo(firstHash);
    assertThat(firstHash).hasSize(64).isNotEqualTo(ArchiveSeal.GENESIS);

    // Someone edits the trail of the first decision after it was archived.
    long entry = jdbc.queryForObject(
        "select min(s.id) from md_stage_record s join md_decision d on d.id = s.decision_id where d.decision_no = ?",
        Long.class, first);
    String original = jdbc.queryForObject("select summary from md_stage_record where id = ?", String.class, entry);
    jdbc.update("update md_stage_record set summary = ? where id = ?", original + "（已改）", entry);
    try {
      ChainReport broken = seal.verify(UNIT);
      assertThat(broken.intact()).isFalse();
      assertThat(broken.firstBroken().decisionNo()).isEqualTo(first);
      assertThat(broken.firstBroken().problem()).contains("归档内容");
    } finally {
      jdbc.update("update md_stage_record set summary = ? where id = ?", original, entry);
    }
    assertThat(seal.verify(UNIT).intact()).isTrue();

    // Someone changes the file number of the second record.
    String number = hashOf(second, "archive_no");
    jdbc.update("update md_archive_record set archive_no = 'X-1' where decision_id ="
        + " (select id from md_decision where decision_no = ?)", second);
    try {
      ChainReport broken = seal.verify(UNIT);
      assertThat(broken.firstBroken().decisionNo()).isEqualTo(second);
      assertThat(broken.firstBroken().problem()).contains("档号");
    } finally {
      jdbc.update("update md_archive_record set archive_no = ? where decision_id ="
          + " (select id from md_decision where decision_no = ?)", number, second);
    }
    assertThat(seal.verify(UNIT).intact()).isTrue();
  }

  @Test
  void timelineOfARealDecisionShowsTasksWhoDidThemAndTheArchiveSeal() {
    String no = notInitiatedAndArchived();
    Timeline t = timelines.timeline(no);

    assertThat(t.decision().outcomeLabel()).isEqualTo("不予启动");
    assertThat(t.entries()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("TASK");
      assertThat(e.title()).isEqualTo("决定是否启动决策程序");
      assertThat(e.actor()).isEqualTo("杭坪镇负责人");
    });
    assertThat(t.entries()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("STAGE");
      assertThat(e.stage()).isEqualTo("决策归档");
    });
    assertThat(t.archive().recordHash()).isEqualTo(hashOf(no, "record_hash"));
  }

  private String notInitiatedAndArchived() {
    stages.as(UNIT + ".clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(UNIT, Attributes.NON_PUBLIC)));
    driver.submit(no, "Task_StudyProposal", "studyConclusion", "条件尚不成熟");
    stages.as(UNIT + ".head");
    driver.submit(no, "Task_DecideInitiation", "initiationDecision", "NOT_START", "initiationOpinion", "暂不启动");
    stages.confirmArchive(no);
    return no;
  }

  private String hashOf(String no, String column) {
    return jdbc.queryForObject("select a." + column + " from md_archive_record a join md_decision d on d.id = a.decision_id"
        + " where d.decision_no = ?", String.class, no);
  }
}
