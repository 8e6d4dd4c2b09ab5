package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Elements;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import cn.gov.pujiang.decision.support.Stages;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * A decision's whole lifecycle on real PostgreSQL (Failsafe passes spring.datasource.*): every
 * stage through the application's services and the engine, then the records checked with plain SQL
 * in the application's tables, as an auditor's query would read them.
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class MajorDecisionLifecycleIT extends ProcessTestSupport {

  @Autowired DataSource dataSource;
  @Autowired RepositoryService repositoryService;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired EntityManager entityManager;

  JdbcTemplate jdbc;

  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }

  @BeforeEach
  void setUp() {
    jdbc = new JdbcTemplate(dataSource);
  }

  @Test
  void runsOnPostgresqlWithEveryModelAndFormDeployed() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    List<String> resources =
        repositoryService.createDeploymentQuery().list().stream()
            .map(Deployment::getId)
            .flatMap(id -> repositoryService.getDeploymentResourceNames(id).stream())
            .toList();
    assertThat(resources)
        .anyMatch(r -> r.endsWith("major-decision.bpmn"))
        .anyMatch(r -> r.endsWith("legality-review.bpmn"))
        .anyMatch(r -> r.endsWith("required-procedures.dmn"))
        .anyMatch(r -> r.endsWith("decision-start.form"))
        .anyMatch(r -> r.endsWith("review-issue-opinion.form"));
    assertThat(jdbc.queryForObject("select count(*) from md_unit", Integer.class)).isEqualTo(16);
  }

  @Test
  void aTownDecisionRunsEveryStageToTheArchiveAndLeavesACompleteRecord() {
    stages.as("baima.clerk");
    ProcessInstance pi =
        driver.startDecision(
            Stages.startForm(
                TOWN, Attributes.SPECIALISED_TECHNICAL, Attributes.MAY_AFFECT_STABILITY, Attributes.MAJOR_DISAGREEMENT));
    String no = driver.businessKeyOf(pi);
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.expertArgumentation(no);
    stages.riskAssessment(no);
    participationWithHearing(no);
    stages.submitForReview(no);
    stages.returnAsIncomplete(no);
    stages.as("baima.clerk");
    driver.submit(no, Elements.TASK_REVISE_DRAFT, "revisionDecision", "RESUBMIT", "revisionSummary", "补充风险评估报告");
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "ADOPTED", 5, 2);
    stages.reportToPartyCommittee(no);
    stages.publish(no);
    stages.interpret(no);
    stages.archiveDecisionRecords(no);
    stages.executeToCompletion(no);
    stages.confirmArchive(no);

    assertThat(pi).isEnded().hasPassed(Elements.END_ARCHIVED);
    Map<String, Object> decision =
        jdbc.queryForMap("select status, outcome, unit_code from md_decision where decision_no = ?", no);
    assertThat(decision).containsEntry("status", "ARCHIVED").containsEntry("outcome", "ADOPTED");
    assertThat(
            jdbc.queryForObject(
                "select i.status from md_decision d join md_catalogue_item i on i.id = d.catalogue_item_id"
                    + " join md_catalogue c on c.id = i.catalogue_id and c.status = 'PUBLISHED' where d.decision_no = ?",
                String.class, no))
        .as("the decision carried out an item of the published catalogue")
        .isEqualTo("STARTED");

    List<String> rounds =
        jdbc.queryForList(
            "select o.outcome from md_legality_opinion o join md_decision d on d.id = o.decision_id "
                + "where d.decision_no = ? order by o.round_no", String.class, no);
    assertThat(rounds).containsExactly("RETURNED_INCOMPLETE", "LAWFUL");

    assertThat(
            jdbc.queryForObject(
                "select count(*) from md_procedure_requirement r join md_decision d on d.id = r.decision_id "
                    + "where d.decision_no = ? and r.required and r.planned", Integer.class, no))
        .as("public participation, hearing, expert argumentation, risk assessment")
        .isEqualTo(4);

    assertThat(
            jdbc.queryForObject(
                "select count(*) from md_meeting_record m join md_decision d on d.id = m.decision_id "
                    + "where d.decision_no = ? and m.outcome = 'ADOPTED' and m.head_spoke_last", Integer.class, no))
        .isEqualTo(1);

    assertThat(
            jdbc.queryForObject(
                "select a.status from md_archive_record a join md_decision d on d.id = a.decision_id where d.decision_no = ?",
                String.class, no))
        .isEqualTo("ARCHIVED");

    List<Map<String, Object>> dossier =
        jdbc.queryForList(
            "select d.kind, d.version, d.uploaded_by, length(c.content) as stored, d.size_bytes, d.sha256"
                + " from md_document d join md_document_content c on c.document_id = d.id"
                + " where d.decision_no = ? order by d.id", no);
    assertThat(dossier).extracting(row -> row.get("kind"))
        .as("every stage's documents, the opinion once per review round that issued one")
        .containsExactlyInAnyOrder("DRAFT", "DRAFTING_EXPLANATION", "EXPERT_OPINION", "RISK_ASSESSMENT_REPORT",
            "HEARING_RECORD", "ADOPTION_REPORT", "LEGALITY_OPINION", "MEETING_MINUTES", "PUBLISHED_DECISION");
    assertThat(dossier).allSatisfy(row -> {
      assertThat(((Number) row.get("stored")).longValue()).isEqualTo(((Number) row.get("size_bytes")).longValue());
      assertThat((String) row.get("sha256")).hasSize(64);
    });
    assertThat(dossier).filteredOn(row -> "LEGALITY_OPINION".equals(row.get("kind")))
        .extracting(row -> row.get("uploaded_by")).containsExactly("baima.reviewer");
    // ADR 0025: archived twice, the decision-making records at publication and the execution records after it.
    Map<String, String> listByScope = new java.util.HashMap<>();
    for (var archiving : historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no)
        .processDefinitionKey("decision-archiving").list()) {
      listByScope.put(
          (String) historyService.createHistoricVariableInstanceQuery().variableName("archiveScope")
              .processInstanceIdIn(archiving.getId()).singleResult().getValue(),
          (String) historyService.createHistoricVariableInstanceQuery().variableName("archiveList")
              .processInstanceIdIn(archiving.getId()).singleResult().getValue());
    }
    assertThat(listByScope).containsOnlyKeys("DECISION_MAKING", "SUPPLEMENT");
    assertThat(listByScope.get("DECISION_MAKING")).contains("决策档案材料（共9份）", "决策草案 第1版", "合法性审查意见书 第1版",
        "会议纪要 第1版", "决策公布文本 第1版");
    assertThat(listByScope.get("SUPPLEMENT")).contains("补充归档").doesNotContain("决策草案 第1版");

    List<String> stagesInTrail =
        jdbc.queryForList(
            "select distinct s.stage from md_stage_record s join md_decision d on d.id = s.decision_id where d.decision_no = ?",
            String.class, no);
    assertThat(stagesInTrail)
        .contains("INITIATION", "PUBLIC_PARTICIPATION", "EXPERT_ARGUMENTATION", "RISK_ASSESSMENT",
            "LEGALITY_REVIEW", "COLLECTIVE_DISCUSSION", "PUBLICATION", "EXECUTION", "ARCHIVING");
  }

  @Test
  void theCountyFigureOfDecisionsDiscussedWithAPassedReviewIsComputedAndDetectsAGap() {
    stages.as("county.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(COUNTY, Attributes.NON_PUBLIC)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "ADOPTED", 6, 1);

    assertThat(jdbc.queryForObject("select count(*) from md_meeting_record", Integer.class)).isPositive();
    assertThat(discussedWithoutPassingReview()).isZero();

    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            tx -> {
              Long unreviewed = registerDecision(COUNTY, "未经合法性审查即上会的事项（回滚）").getId();
              entityManager.flush();
              jdbc.update(
                  "insert into md_meeting_record (decision_id, meeting_type, meeting_date, attendees, member_opinions,"
                      + " members_in_favour, members_against, members_abstaining, head_spoke_last, head_decision, outcome,"
                      + " minutes, recorded_by, recorded_at)"
                      + " values (?, 'EXECUTIVE', current_date, 'x', 'x', 1, 0, 0, true, 'x', 'ADOPTED', 'x', 'test', current_timestamp)",
                  unreviewed);
              assertThat(discussedWithoutPassingReview()).as("a meeting without a passed review is counted").isEqualTo(1);
              tx.setRollbackOnly();
            });
  }

  /**
   * The auditor's query behind the county's "100% passed legality review" figure, for the county's own decisions:
   * the database is shared with other ITs, and ConformanceEngineIT deliberately holds a town's meeting through a
   * model version without the legality gate.
   */
  private Integer discussedWithoutPassingReview() {
    return jdbc.queryForObject(
        "select count(*) from md_meeting_record m join md_decision d on d.id = m.decision_id"
            + " where d.unit_code = '" + COUNTY + "' and not exists ("
            + " select 1 from md_legality_opinion o where o.decision_id = m.decision_id"
            + " and o.outcome in ('LAWFUL','LAWFUL_WITH_CHANGES','EXPLORATORY_RISK_DISCLOSED')"
            + " and o.issued_at <= m.recorded_at)",
        Integer.class);
  }

  private void participationWithHearing(String no) {
    stages.as("baima.clerk");
    driver.submit(no, "Task_ChooseParticipationMethods",
        "openCommentChosen", false, "hearingChosen", true, "otherMethodsChosen", false);
    driver.submit(no, "Task_PrepareHearing",
        "hearingDate", Stages.daysFromToday(10), "participantSelectionMethod", "公开报名、随机抽选",
        "participantListPublished", true, "materialsDeliveredOn", Stages.today(),
        "hearingPlace", "县行政中心3号会议室", "hearingNoticePublishedOn", Stages.today(),
        "hearingNoticeChannel", "县政府门户网站", "participantList", "经营户代表5名、居民代表5名");
    Stages.advanceDays(10);
    documents.provideFor(no, "Task_HoldHearing");
    driver.submit(no, "Task_HoldHearing", "hearingRecordSigned", true, "hearingSummary", "听证会意见分歧集中于安置方案");
    documents.provideFor(no, "Task_ConsolidateOpinions");
    driver.submit(no, "Task_ConsolidateOpinions",
        "publicOpinionAdoptionReport", "听证意见采纳情况：采纳安置方案修改建议", "draftRevisedAfterParticipation", true);
  }
}
