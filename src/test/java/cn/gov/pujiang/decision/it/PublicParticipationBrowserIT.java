package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.participation.AbuseGuard;
import cn.gov.pujiang.decision.participation.ConsultationFixture;
import cn.gov.pujiang.decision.participation.Consultations;
import cn.gov.pujiang.decision.participation.OpinionClass;
import cn.gov.pujiang.decision.participation.PublicOpinion;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.support.browser.AppPages;
import cn.gov.pujiang.decision.support.browser.BrowserITSupport;
import cn.gov.pujiang.decision.support.browser.FormSchema;
import cn.gov.pujiang.decision.support.browser.TasklistBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Public participation in headless Chromium against the application on PostgreSQL (online public participation, Decree 713
 * Art. 15, 18, 32): a citizen on a 375 px phone finds the consultation on the index page, reads the draft,
 * answers the challenge, submits and gets a receipt, and after the decision is published reads the answer
 * with the receipt; 白马镇's clerk publishes the consultation from the ledger page, enters a letter,
 * classifies every opinion, files the generated summary and completes 汇总公众意见 and 研究采纳公众意见 in
 * Tasklist. Steps no test is about (study, drafting, procedures, review, meeting, publication) go through
 * the engine API as their officials. Screenshots in {@code target/screenshots/participation/}.
 */
class PublicParticipationBrowserIT extends BrowserITSupport {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String PASSWORD = "demo";
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "participation");
  private static final Path DOWNLOADS = Paths.get("target", "downloads", "participation");

  @Autowired ProcessEngine processEngine;
  @Autowired HistoryService historyService;
  @Autowired ApplicationContext context;
  @Autowired Catalogues catalogues;
  @Autowired CatalogueItems catalogueItems;
  @Autowired CatalogueAdjustments catalogueAdjustments;
  @Autowired CatalogueRepository catalogueRepository;
  @Autowired DecisionRegister decisionRegister;
  @Autowired Consultations consultations;
  @Autowired AbuseGuard guard;

  AppPages pages;
  Documents documents;
  LifecycleDriver driver;
  Stages stages;

  @BeforeEach
  void openBrowser() throws java.io.IOException {
    FileSystemUtils.deleteRecursively(DOWNLOADS);
    // Monday 2 March 2026, a day whose year's holiday notice is loaded (docs/time-limits.md).
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZONE).toInstant()));
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine));
    Documents.use(context);
    documents = new Documents(processEngine);
    driver = new LifecycleDriver(processEngine) {
      @Override
      public void submit(String decisionNo, String taskKey, Object... keyValues) {
        documents.provideMissingFor(decisionNo, task(decisionNo, taskKey));
        super.submit(decisionNo, taskKey, keyValues);
      }
    };
    stages = new Stages(processEngine, driver);
    browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
    pages = new AppPages(browser);
  }

  @Test
  void aCitizenOnAPhoneCommentsGetsAReceiptAndReadsTheAnswerAfterPublication() throws Exception {
    String title = "白马镇集镇停车管理办法" + suffix();
    String no = decisionAtTheNoticeTask(title);
    stages.as("baima.clerk");
    long draft = documents.dossier(no).stream().filter(d -> d.getKind() == DocumentKind.DRAFT).findFirst().orElseThrow().getId();
    consultations.open(no, List.of(draft), "来信：浦江县白马镇人民政府党政办（邮编322000）\n电话：0579-84000000", "baima.clerk");
    identityService.clearAuthentication();

    pages.screen(375, 812);
    pages.open("/public/index.html");
    pages.click(By.linkText(title));
    pages.waitForText(By.id("title"), title);
    String page = pages.waitForText(By.id("details"), "征求意见材料");
    assertThat(page).contains("承办单位：白马镇", "（30日）", "决策草案：", "来信：浦江县白马镇人民政府党政办", "0579-84000000");
    Path read = pages.download(By.cssSelector("#documents a.document"), DOWNLOADS);
    assertThat(new String(Files.readAllBytes(read), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pages.layoutProblems("#title", "#documents a", "#text", "#privacy", "#submit")).isEmpty();
    pages.screenshot("1-citizen-consultation-375");

    pages.waitFor(By.id("text")).sendKeys("建议集镇东侧增设非机动车停车区，并在赶集日延长免费停车时段");
    pages.waitFor(By.id("name")).sendKeys("陈某");
    String question = pages.waitForText(By.id("challenge-question"), "等于几");
    pages.waitFor(By.id("challenge-answer")).sendKeys(ConsultationFixture.answer(question.trim().replace("验证题：", "")));
    pages.click(By.id("submit"));
    String receiptNo = pages.waitForText(By.id("receipt-no"), "GY-").trim();
    assertThat(receiptNo).matches("GY-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}");
    assertThat(pages.layoutProblems("#receipt-no")).isEmpty();
    pages.screenshot("2-citizen-receipt-375");

    PublicOpinion stored = consultations.byReceipt(receiptNo);
    assertThat(stored.getAuthorName()).isEqualTo("陈某");
    consultations.answer(no, stored.getId(), OpinionClass.PARTLY_ADOPTED, "增设非机动车停车区；赶集日免费时段维持现状", "baima.clerk");
    participationToPublication(no);
    assertThat(decisionRegister.get(no).getStatus().ordinal()).isGreaterThan(DecisionStatus.PUBLICATION.ordinal());

    pages.open("/public/receipt.html?no=" + receiptNo);
    String answer = pages.waitForText(By.id("result"), "部分采纳");
    assertThat(answer).contains(title, "已答复", "增设非机动车停车区；赶集日免费时段维持现状").doesNotContain("陈某");
    assertThat(pages.layoutProblems("#result")).isEmpty();
    pages.screenshot("3-citizen-answer-375");
    pages.click(By.linkText(title));
    assertThat(pages.waitForText(By.id("adoption"), "共收到意见1条")).contains("部分采纳1条").doesNotContain("陈某");
    assertThat(pages.text()).contains("征求意见期限已届满");
  }

  @Test
  void theClerkPublishesClassifiesEveryOpinionAndCompletesTheStage() throws Exception {
    String title = "白马镇垃圾分类收费办法" + suffix();
    String no = decisionAtTheNoticeTask(title);

    browser.signIn("baima.clerk", PASSWORD);
    pages.open("/app/ledger.html?no=" + no);
    pages.waitForText(By.id("decision"), title);
    WebElement draftBox = pages.waitFor(By.xpath("//div[@id='documents']//label[contains(., '决策草案')]/input"));
    draftBox.click();
    pages.waitFor(By.id("other-ways")).sendKeys("来信：白马镇人民政府；电话：0579-84000000");
    pages.click(By.cssSelector("#open-form button[type=submit]"));
    pages.waitForText(By.id("message"), "已发布网上征求意见");
    String token = pages.waitFor(By.id("public-link")).getText().replaceAll(".*id=", "");
    pages.screenshot("4-clerk-consultation-published");

    citizenSubmits(token, "建议按户收费，减免低保户");
    citizenSubmits(token, "垃圾桶点位离学校太近，建议挪开");
    stages.as("baima.clerk");
    driver.submit(no, "Task_PublishCommentNotice", "noticeChannel", "白马镇人民政府网站", "noticePublishedOn", Stages.today());
    Stages.advanceDays(31);
    driver.runDueJobs(no);
    identityService.clearAuthentication();

    pages.open("/app/ledger.html?no=" + no);
    pages.waitForText(By.id("summary"), "未处理2");
    new Select(pages.waitFor(By.id("source"))).selectByVisibleText("来信");
    pages.waitFor(By.id("entry-text")).sendKeys("来信：希望设置过渡期");
    pages.click(By.cssSelector("#enter-form button[type=submit]"));
    pages.waitForText(By.id("summary"), "未处理3");

    classify("建议按户收费", "部分采纳", "按户收费；低保户减半");
    classify("垃圾桶点位", "不予采纳", "点位已按规范距离设置");
    classify("希望设置过渡期", "采纳", "");
    assertThat(pages.waitForText(By.id("summary"), "未处理0")).contains("共3条", "采纳1", "部分采纳1", "不予采纳1");
    pages.click(By.id("file-summary"));
    pages.waitForText(By.id("message"), "已生成意见汇总并存入决策档案");
    pages.screenshot("5-clerk-ledger-classified");
    assertThat(documents.dossier(no)).anyMatch(d -> d.getKind() == DocumentKind.PUBLIC_COMMENT_SUMMARY);

    Task collect = driver.task(no, "Task_CollectPublicComments");
    browser.completeTask(collect.getId(), FormSchema.load("participation-collect-comments"),
        Map.of("commentsReceivedCount", 3), () -> isDone(collect));
    Task consolidate = driver.task(no, "Task_ConsolidateOpinions");
    TestUsers.runAsEngine(identityService, () -> documents.upload(no, DocumentKind.ADOPTION_REPORT));
    browser.completeTask(consolidate.getId(), FormSchema.load("participation-consolidate-opinions"),
        Map.of("publicOpinionAdoptionReport", "收到意见3条：采纳1条，部分采纳1条，不予采纳1条并说明理由",
            "draftRevisedAfterParticipation", true), () -> isDone(consolidate));
    driver.runDueJobs(no);

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no)
        .processDefinitionKey("public-participation").finished().count()).isEqualTo(1);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** A 白马镇 decision whose participation stage waits at 发布征求意见公告 (30 days of open comment). */
  private String decisionAtTheNoticeTask(String title) {
    TestCatalogue catalogue = new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine);
    var item = catalogue.publishedItem("baima", title);
    stages.as("baima.clerk");
    Map<String, Object> form = new java.util.HashMap<>(Stages.startForm("baima"));
    form.put("decisionTitle", title);
    form.put("catalogueItemNo", item.getItemNo());
    String no = driver.businessKeyOf(driver.startDecision(form));
    driver.runDueJobs(no);
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.as("baima.clerk");
    driver.submit(no, "Task_ChooseParticipationMethods",
        "openCommentChosen", true, "hearingChosen", false, "otherMethodsChosen", false, "commentPeriodDays", 30L);
    identityService.clearAuthentication();
    return no;
  }

  private void participationToPublication(String no) {
    stages.as("baima.clerk");
    driver.submit(no, "Task_PublishCommentNotice", "noticeChannel", "白马镇人民政府网站", "noticePublishedOn", Stages.today());
    Stages.advanceDays(31);
    driver.runDueJobs(no);
    driver.submit(no, "Task_CollectPublicComments", "commentsReceivedCount", 1L);
    driver.submit(no, "Task_ConsolidateOpinions",
        "publicOpinionAdoptionReport", "收到意见1条，部分采纳", "draftRevisedAfterParticipation", true);
    driver.runDueJobs(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "ADOPTED", 5, 2);
    stages.reportToPartyCommittee(no);
    stages.publish(no);
    if (driver.openTaskKeys(no).contains("Task_PublishInterpretation")) {
      stages.interpret(no);
    }
    stages.archiveDecisionRecords(no);
    identityService.clearAuthentication();
  }

  private void citizenSubmits(String token, String text) {
    AbuseGuard.Challenge challenge = guard.challenge(token);
    consultations.submit(token, new Consultations.Submission(text, null, null, null, null), challenge.token(),
        ConsultationFixture.answer(challenge.question()), "192.0.2." + UUID.randomUUID());
  }

  private void classify(String opinionText, String result, String reason) {
    By row = By.xpath("//table[@id='opinions']//tr[td[contains(., '" + opinionText + "')]]");
    WebElement form = pages.waitFor(By.xpath(row.toString().substring("By.xpath: ".length()) + "//form"));
    new Select(form.findElement(By.name("classification"))).selectByVisibleText(result);
    WebElement why = form.findElement(By.name("reason"));
    why.clear();
    why.sendKeys(reason);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    pages.waitForText(row, result + (reason.isEmpty() ? "" : "：" + reason));
  }

  private boolean isDone(Task task) {
    return processEngine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0;
  }

  /** Titles stay unique when a database is kept from an earlier run. */
  private static String suffix() {
    return "（" + UUID.randomUUID().toString().substring(0, 4) + "）";
  }
}
