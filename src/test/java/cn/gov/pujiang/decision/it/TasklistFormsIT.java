package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.catalogue.AdjustmentInput;
import cn.gov.pujiang.decision.catalogue.Catalogue;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustment;
import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueStatus;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.browser.BrowserLifecycleDriver;
import cn.gov.pujiang.decision.support.browser.BrowserITSupport;
import cn.gov.pujiang.decision.support.browser.TasklistBrowser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every Camunda Form of the product rendered, filled and submitted in Tasklist in headless
 * Chromium, by the person whose task it is, against the application on PostgreSQL. Two decisions
 * are driven along the paths that between them reach every form (returns, revisions, the hearing,
 * suspension and evaluation, an incomplete archive, a matter not disclosed), and a town's annual
 * catalogue through compilation, approval, consent and an adjustment; the first use of each form
 * goes through the browser. The test fails if any form in {@code forms/} was not proven.
 * Screenshots of each form land in {@code target/screenshots/tasklist/}. The demo organisation
 * (profile demo) provides the people who log in.
 */
class TasklistFormsIT extends BrowserITSupport {

  @Autowired ProcessEngine processEngine;
  @Autowired DecisionRegister decisionRegister;
  @Autowired ApplicationContext context;
  @Autowired Catalogues catalogues;
  @Autowired CatalogueItems catalogueItems;
  @Autowired CatalogueAdjustments catalogueAdjustments;
  @Autowired CatalogueRepository catalogueRepository;

  BrowserLifecycleDriver driver;
  Stages stages;

  @BeforeEach
  void openBrowser() {
    // A fixed day whose year's holiday notice is loaded, as in every other test (docs/time-limits.md).
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine));
    Documents.use(context);
    Documents documents = new Documents(processEngine);
    browser = TasklistBrowser.open("http://localhost:" + port, Paths.get("target", "screenshots", "tasklist"));
    driver = new BrowserLifecycleDriver(processEngine, browser);
    // The person attaches what the task produces on the dossier page before completing it.
    driver.beforeEachStep(documents::provideMissingFor);
    stages = new Stages(processEngine, driver);
  }

  @Test
  void everyFormRendersAndSubmitsInTasklist() throws IOException {
    String no = decisionThroughEveryDetour();
    assertThat(decisionRegister.get(no).getStatus()).isEqualTo(DecisionStatus.ARCHIVED);
    assertThat(decisionRegister.get(no).getOutcome()).isEqualTo(DecisionOutcome.ADOPTED);

    nonPublicDecisionUpToNonDisclosure();
    townCatalogueCompiledApprovedConsentedAndAdjusted();

    // meeting-record carries a form-js dynamic list (the speakers, the complete record, ADR 0024), which TasklistBrowser cannot
    // fill yet: it is submitted through the engine API (MeetingRecordDoorsTest sends it as Tasklist does) and its
    // rendering is checked in RoleJourneysIT. Every other form goes through the browser.
    Set<String> expected = allForms();
    expected.removeAll(SUBMITTED_THROUGH_THE_API);
    expected.removeAll(SUBMITTED_IN_ANOTHER_BROWSER_TEST);
    expected.removeAll(NOT_IN_THE_DEFAULT_CONFIGURATION);
    assertThat(driver.submittedInBrowser()).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static final Set<String> SUBMITTED_THROUGH_THE_API = Set.of("meeting-record");
  /** 答复征求意见: TaskActionsBrowserIT asks a colleague from 办理操作 and submits the answer in Tasklist. */
  private static final Set<String> SUBMITTED_IN_ANOTHER_BROWSER_TEST = Set.of("task-consultation-opinion");
  /**
   * 司法所意见: only for a town that town-review-participants.dmn gives a 司法所 step; the default (Jinhua's rules)
   * gives none, so no demo user holds the task. LegalityReviewProcessTest deploys such a row and completes it.
   */
  private static final Set<String> NOT_IN_THE_DEFAULT_CONFIGURATION = Set.of("review-judicial-office-opinion");

  /** A town decision that takes every return, revision and optional step the procedure offers. */
  private String decisionThroughEveryDetour() {
    stages.as("baima.clerk");
    String no =
        driver.businessKeyOf(
            driver.startDecision(
                Stages.startForm("baima",
                    Attributes.SPECIALISED_TECHNICAL, Attributes.MAY_AFFECT_STABILITY, Attributes.INVOLVES_MARKET_ACTORS,
                    Attributes.MAJOR_DISAGREEMENT, Attributes.SPECIFIC_GROUP_AFFECTED, Attributes.NPC_REPORT_MATTER,
                    Attributes.PUBLIC_CONCERN_HIGH)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.as("baima.clerk");
    driver.submit(no, "Task_ConfirmProcedures", "factChangeRequested", true, "factChangeAttribute", "publicConcernHigh",
        "factChangeValue", "false", "factChangeReason", "本事项仅涉及集镇内部管理，申请更正为公众普遍关心以外的事项");
    stages.as("baima.head");
    driver.submit(no, "Task_DecideFactChange", "factChangeDecision", "REFUSE", "factChangeOpinion", "涉及商户切身利益，维持原认定");
    stages.confirmProcedures(no);

    // A town's own measure: the town reviews it as drafter (公平竞争审查条例 Arts. 13, 14; docs/processes.md).
    stages.as("baima.clerk");
    driver.submit(no, "Task_DrafterFairCompetitionReview",
        "fairCompetitionResult", "FAIL", "fairCompetitionOpinion", "第三条限定本地经营者参与，排除外地经营者",
        "fairCompetitionStakeholdersHeard", "书面征求了集镇商户代表和县个体劳动者协会意见");
    driver.submit(no, "Task_AdjustDraftForFairCompetition", "fairCompetitionAdjustment", "删除第三条的地域限制");
    driver.submit(no, "Task_DrafterFairCompetitionReview", "fairCompetitionResult", "PASS",
        "fairCompetitionOpinion", "调整后符合公平竞争审查标准",
        "fairCompetitionStakeholdersHeard", "书面征求了集镇商户代表和县个体劳动者协会意见");

    stages.as("baima.clerk");
    driver.submit(no, "Task_SelectExperts",
        "argumentationMethod", "ARGUMENTATION_MEETING", "expertInstitution", "浙江省市场建设研究院",
        "outsideExpertsReason", "专家库中无农贸市场建设专业机构",
        "expertsNoDirectInterest", true, "differentViewsRepresented", true);
    driver.submit(no, "Task_RecordExpertOpinions",
        "expertOpinionsSigned", true, "expertOpinionSummary", "方案可行，建议分期实施",
        "expertAdoptionReport", "采纳分期实施建议", "draftRevisionNeeded", true);
    driver.submit(no, "Task_ReviseDraftAfterExperts", "expertRevisionSummary", "改为两期实施");

    driver.submit(no, "Task_OrganiseRiskAssessment",
        "assessorType", "THIRD_PARTY", "riskAssessorUnit", "金华某社会稳定风险评估中心", "departmentsHeard", "已听取县市场监管局意见");
    driver.submit(no, "Task_SubmitRiskReport",
        "riskPoints", "经营户临时安置", "preventionMeasures", "暂无", "contingencyPlan", "成立工作专班",
        "riskLevel", "HIGH", "mitigationInPlace", false);
    driver.submit(no, "Task_AdjustDraftForRisk", "riskAdjustmentMeasures", "增设临时过渡市场，延长过渡期");
    driver.submit(no, "Task_SubmitRiskReport",
        "riskPoints", "经营户临时安置", "preventionMeasures", "设置临时过渡市场", "contingencyPlan", "成立工作专班",
        "riskLevel", "LOW", "mitigationInPlace", true);

    driver.submit(no, "Task_ChooseParticipationMethods",
        "openCommentChosen", true, "commentPeriodDays", 30L, "hearingChosen", true,
        "otherMethodsChosen", true, "otherMethodsDescription", "召开经营户座谈会",
        "groupConsultationNote", "市场经营户协会派代表参加座谈");
    driver.submit(no, "Task_PublishCommentNotice", "noticeChannel", "县政府门户网站", "noticePublishedOn", Stages.today());
    driver.submit(no, "Task_PrepareHearing",
        "hearingDate", Stages.daysFromToday(7), "participantSelectionMethod", "自愿报名、随机抽取，利害关系各方均有代表",
        "participantListPublished", true, "materialsDeliveredOn", Stages.today(),
        "hearingPlace", "白马镇人民政府三楼会议室", "hearingNoticePublishedOn", Stages.today(),
        "hearingNoticeChannel", "白马镇人民政府网站", "participantList", "经营户代表张某、李某，居民代表王某");
    driver.submit(no, "Task_HoldHearing", "hearingRecordSigned", true, "hearingSummary", "多数参加人支持改造方案");
    driver.submit(no, "Task_RecordOtherConsultations", "consultationSummary", "座谈会收到建议6条");
    Stages.advanceDays(31);
    driver.runDueJobs(no);
    driver.submit(no, "Task_CollectPublicComments", "commentsReceivedCount", 12L);
    driver.submit(no, "Task_ConsolidateOpinions",
        "publicOpinionAdoptionReport", "收到意见12条，采纳8条", "draftRevisedAfterParticipation", true);

    stages.submitForReview(no);
    stages.returnAsIncomplete(no);
    stages.as("baima.clerk");
    driver.submit(no, "Task_ReviseDraft", "revisionDecision", "RESUBMIT", "revisionSummary", "补充风险评估报告");
    stages.submitForReview(no);
    stages.as("baima.reviewer");
    driver.submit(no, "Task_CheckCompleteness", "submissionComplete", "COMPLETE", "countyGuidanceNeeded", true);
    stages.as("sfj.guide");
    driver.submit(no, "Task_ProvideCountyGuidance", "countyGuidanceOpinion", "建议重点审查临时安置的补偿标准");
    stages.as("baima.lawyer");
    driver.submit(no, "Task_ProvideLegalAdviserOpinion", "legalAdviserOpinion", "决策权限、程序合法");
    stages.as("baima.reviewer");
    driver.submit(no, "Task_IssueLegalityOpinion",
        "legalityOutcome", "LAWFUL_WITH_CHANGES", "legalityOpinion", "第五条补偿标准应与县级标准一致", "legalityRecheckRequired", false);
    stages.as("baima.clerk");
    driver.submit(no, "Task_AmendDraftPerOpinion", "amendmentSummary", "按审查意见修改第五条");

    stages.meeting(no, "ADOPTED", 6, 1);
    stages.reportToPartyCommittee(no);
    stages.as("baima.secretary");
    driver.submit(no, "Task_ReportToPeoplesCongress", "npcReportedOn", Stages.today(), "npcReply", "人大主席团无异议",
        "npcDecisionRequired", true);
    driver.submit(no, "Task_RecordPeoplesCongressDecision", "npcDecision", "APPROVED", "npcDecisionOn", Stages.today(),
        "npcResolution", "镇人大主席团关于……的决定");
    stages.publish(no);
    stages.interpret(no);
    stages.archiveDecisionRecords(no);

    stages.as("baima.head");
    driver.submit(no, "Task_DesignateExecutionUnit", "executionUnit", "经济发展办公室", "executionRequirements", "年内完成");
    stages.as("baima.clerk");
    driver.submit(no, "Task_ReportExecution", "executionStatus", "PROBLEM", "executionReport", "过渡市场摊位不足");
    stages.as("baima.head");
    driver.submit(no, "Task_AssessProblem", "problemAssessment", "需暂停二期施工", "problemHandling", "SUSPEND");
    driver.submit(no, "Task_RecordSuspension", "suspensionDecision", "二期施工暂停，待评估", "suspendedOn", Stages.today());
    driver.submit(no, "Task_DecideOnExecution", "executionDecision", "CONTINUE", "decisionBodyMeeting", "白马镇党委政府联席会议第9次会议",
        "decisionBodyMeetingDate", Stages.today(), "executionDecisionContent", "先组织后评估，评估期间恢复一期施工");
    stages.as("baima.clerk");
    driver.submit(no, "Task_ReportExecution", "executionStatus", "PROBLEM", "executionReport", "二期施工方案仍有争议");
    stages.as("baima.head");
    driver.submit(no, "Task_AssessProblem", "problemAssessment", "组织后评估", "problemHandling", "EVALUATE");
    driver.submit(no, "Task_DesignateEvaluator", "evaluatorUnit", "浙江某大学公共管理学院");
    stages.as("baima.clerk");
    driver.submit(no, "Task_SubmitEvaluationReport",
        "publicInputSummary", "召开座谈会听取经营户意见", "evaluationReport", "增设摊位后可继续实施", "evaluationConclusion", "CONTINUE");
    stages.as("baima.head");
    driver.submit(no, "Task_DecideOnExecution", "executionDecision", "CONTINUE", "decisionBodyMeeting", "白马镇党委政府联席会议第10次会议",
        "decisionBodyMeetingDate", Stages.today(), "executionDecisionContent", "按评估意见增设摊位后继续执行");
    stages.as("baima.clerk");
    driver.submit(no, "Task_ReportExecution", "executionStatus", "COMPLETED", "executionReport", "改造已完成并通过验收");
    stages.as("baima.head");
    driver.submit(no, "Task_DecideOnEvaluation",
        "effectBelowExpectation", false, "manyObjections", false, "evaluationDeemedNecessary", false);

    stages.as("baima.secretary");
    driver.submit(no, "Task_ConfirmArchive", "archiveComplete", "INCOMPLETE", "missingMaterials", "缺少听证笔录原件");
    stages.as("baima.clerk");
    driver.submit(no, "Task_SupplementArchive", "supplementNote", "已补充听证笔录原件");
    stages.confirmArchive(no);
    return no;
  }

  /** A matter not disclosed by law ends its publication stage with the recorded basis. */
  private void nonPublicDecisionUpToNonDisclosure() {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm("baima", Attributes.NON_PUBLIC)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "ADOPTED", 6, 1);
    stages.reportToPartyCommittee(no);
    stages.recordNonDisclosure(no);
    assertThat(driver.openTaskKeys(no)).as("archived on publication, ADR 0025").containsExactly("Task_ConfirmArchive");
    stages.archiveDecisionRecords(no);
    assertThat(driver.openTaskKeys(no)).containsExactly("Task_DesignateExecutionUnit");
  }

  /** 郑宅镇's annual catalogue: compiled, approved, consented, then a matter added during the year. */
  private void townCatalogueCompiledApprovedConsentedAndAdjusted() {
    identityService.clearAuthentication();
    // A year 郑宅镇 has no catalogue for yet, so the test also runs on a database kept from an earlier run.
    int year = 2026;
    while (catalogueRepository.findByUnitCodeAndYear("zhengzhai", year).isPresent()) {
      year++;
    }
    Catalogue catalogue = catalogues.open("zhengzhai", year);
    catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("镇区停车秩序整治方案", year));
    String key = catalogue.businessKey();
    stages.as("zhengzhai.secretary");
    driver.submit(key, "Task_CompileCatalogue", "compilationNote", "面向各办公室征集事项，经筛选后列入", "itemsConfirmed", true);
    stages.as("zhengzhai.head");
    driver.submit(key, "Task_ApproveCatalogue",
        "approvalMeetingDate", Stages.today(), "approvalDecision", "APPROVE", "approvalOpinion", "同意该目录");
    stages.as("zhengzhai.secretary");
    driver.submit(key, "Task_RecordPartyConsent",
        "partyConsent", "CONSENTED", "partyConsentDocument", "镇党委会议纪要〔2026〕3号", "partyConsentDate", Stages.today());
    assertThat(catalogueRepository.findById(catalogue.getId()).orElseThrow().getStatus()).isEqualTo(CatalogueStatus.PUBLISHED);
    driver.submit(key, "Task_RecordCataloguePublication", "cataloguePublishedOn", Stages.today(),
        "cataloguePublicationChannel", "PORTAL", "cataloguePublicationReference", "https://www.pj.gov.cn/art/2026/1/5/1.html");

    identityService.clearAuthentication();
    CatalogueAdjustment adjustment = catalogueAdjustments.requestAdjustment(catalogue.getId(),
        new AdjustmentInput("ADD", null, "年度中新增的决策事项，经研究须列入目录", null,
            TestCatalogue.item("老旧小区加装电梯补助办法", year)));
    stages.as("zhengzhai.head");
    driver.submit(adjustment.businessKey(), "Task_ApproveAdjustment",
        "adjustmentDecision", "APPROVE", "adjustmentOpinion", "同意列入");
    stages.as("zhengzhai.secretary");
    driver.submit(adjustment.businessKey(), "Task_RecordAdjustmentConsent",
        "partyConsent", "CONSENTED", "partyConsentDocument", "镇党委会议纪要〔2026〕5号", "partyConsentDate", Stages.today());
    driver.submit(adjustment.businessKey(), "Task_RecordAdjustmentPublication", "cataloguePublishedOn", Stages.today(),
        "cataloguePublicationChannel", "GAZETTE", "cataloguePublicationReference", "郑宅镇政务公报2026年第2期");
  }

  private static Set<String> allForms() throws IOException {
    try (Stream<Path> files = Files.list(Paths.get("forms"))) {
      Set<String> ids = new TreeSet<>();
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".form"))
          .forEach(n -> ids.add(n.substring(0, n.length() - ".form".length())));
      return ids;
    }
  }
}
