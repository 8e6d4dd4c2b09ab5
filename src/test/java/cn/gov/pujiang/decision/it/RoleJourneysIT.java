package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.catalogue.CatalogueItem;
import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.meeting.MeetingOutcome;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.review.LegalityOutcome;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.support.browser.AppPages;
import cn.gov.pujiang.decision.support.browser.FormSchema;
import cn.gov.pujiang.decision.support.browser.BrowserITSupport;
import cn.gov.pujiang.decision.support.browser.TasklistBrowser;
import cn.gov.pujiang.decision.tasklist.TaskFilters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The four people of the Chinese webapps at work in headless Chromium against the application on PostgreSQL,
 * each step asserting what the person sees: 白马镇's clerk starts a decision from the unit's
 * catalogue page and attaches the draft on the dossier page; the town's legal reviewer finds the
 * review in Tasklist under a Chinese filter, opens the dossier, returns the submission with an
 * opinion, and after the clerk (who reads that opinion in the resubmission form) sends it again,
 * passes it; the meeting secretary uploads the minutes and records the adoption; the auditor finds
 * the decision, reads the return and the pass in its timeline, opens the statistics and exports both.
 * Steps no journey is about (study, drafting form, public comment, legal adviser, meeting materials
 * and scheduling) go through the engine API. A second test checks that the clerk's and the
 * auditor's pages fit a 1366×768 screen and a 375 px phone.
 *
 * <p>Screenshots land in {@code target/screenshots/journeys/}, downloads in
 * {@code target/downloads/journeys/}. Same Spring test configuration as {@link TasklistFormsIT}, so
 * the two share one application context.
 */
class RoleJourneysIT extends BrowserITSupport {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String PASSWORD = "demo";
  private static final String TITLE = "白马镇农贸市场改造提升方案";
  private static final String RETURN_OPINION = "送审材料缺少社会稳定风险评估报告，请补充后重新送审";
  private static final String PASS_OPINION = "经审查，决策权限、程序合法，内容符合《浙江省农贸市场管理办法》";
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "journeys");
  private static final Path DOWNLOADS = Paths.get("target", "downloads", "journeys");

  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;
  @Autowired ApplicationContext context;
  @Autowired Catalogues catalogues;
  @Autowired CatalogueItems catalogueItems;
  @Autowired CatalogueAdjustments catalogueAdjustments;
  @Autowired CatalogueRepository catalogueRepository;
  @Autowired DecisionRegister decisionRegister;
  @Autowired TaskFilters taskFilters;
  @Autowired JdbcTemplate jdbc;

  /** The item and decision title: TITLE, numbered when a database kept from an earlier run holds it already. */
  String title;
  AppPages pages;
  TestCatalogue testCatalogue;
  Documents documents;
  LifecycleDriver driver;
  Stages stages;

  @BeforeEach
  void openBrowser() throws IOException {
    // Only this run's downloads are in the folder afterwards.
    FileSystemUtils.deleteRecursively(DOWNLOADS);
    // Monday 2 March 2026, a day whose year's holiday notice is loaded (docs/time-limits.md).
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZONE).toInstant()));
    testCatalogue = new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine);
    LifecycleDriver.useCatalogue(testCatalogue);
    Documents.use(context);
    documents = new Documents(processEngine);
    // Engine-driven steps attach what their task requires, as the person would on the dossier page.
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
  void clerkReviewerSecretaryAndAuditorTakeADecisionFromTheCatalogueToTheExports() throws Exception {
    int earlier = jdbc.queryForObject("select count(*) from md_catalogue_item i join md_catalogue c on c.id = i.catalogue_id"
        + " where c.unit_code = 'baima' and c.catalogue_year = ? and i.title like ?", Integer.class, TestCatalogue.currentYear(), TITLE + "%");
    title = earlier == 0 ? TITLE : TITLE + "（" + (earlier + 1) + "）";
    CatalogueItem item = testCatalogue.publishedItem("baima", title);
    String no = clerkStartsTheDecisionFromTheCatalogueAndAttachesTheDraft(item);
    reviewerReturnsTheSubmissionWithAnOpinion(no);
    clerkReadsTheOpinionAndResubmits(no);
    reviewerPassesTheResubmission(no);
    secretaryRecordsTheAdoptionAndTheMinutes(no);
    auditorReadsTheTimelineAndStatisticsAndExportsThem(no, item);
  }

  private String clerkStartsTheDecisionFromTheCatalogueAndAttachesTheDraft(CatalogueItem item) throws Exception {
    browser.signIn("baima.clerk", PASSWORD);
    pages.open("/app/catalogue.html?unit=baima&year=" + TestCatalogue.currentYear());
    pages.waitForText(By.id("catalogue-title"), "白马镇 " + TestCatalogue.currentYear() + "年度重大行政决策事项目录");
    assertThat(pages.waitForText(By.id("catalogue-status"), "已公布")).contains("已公布");
    By card = itemCard(item);
    String cardText = pages.waitForText(card, item.getItemNo());
    assertThat(cardText).contains(title, "计划中", "启动决策程序");
    pages.screenshot("1-clerk-catalogue");

    pages.click(By.xpath(xpath(card) + "//button[normalize-space()='启动决策程序']"));
    WebElement dialog = pages.waitFor(By.id("start-dialog"));
    assertThat(dialog.getText()).contains("启动决策程序", item.getItemNo() + "　" + title);
    new Select(dialog.findElement(By.name("proposerType"))).selectByVisibleText("政府部门或下一级人民政府提出");
    assertThat(dialog.findElement(By.name("proposerName")).getAttribute("value"))
        .as("the organising unit of the item is proposed").isEqualTo("经济发展办公室");
    dialog.findElement(By.name("proposalSummary")).sendKeys("市场设施老化，存在消防隐患，拟分两期改造提升");
    dialog.findElement(By.xpath(".//label[contains(normalize-space(), '直接涉及公民、法人、其他组织切身利益')]/input")).click();
    pages.screenshot("2-clerk-start-form");
    dialog.findElement(By.xpath(".//button[normalize-space()='启动']")).click();

    String message = pages.waitForText(By.id("message"), "已启动决策程序");
    Matcher number = Pattern.compile("决策编号 (\\S+?)。").matcher(message);
    assertThat(number.find()).as("the page names the new decision: " + message).isTrue();
    String no = number.group(1);
    assertThat(decisionRegister.get(no).getTitle()).isEqualTo(title);
    assertThat(decisionRegister.get(no).getUnitCode()).isEqualTo("baima");
    driver.runDueJobs(no);

    stages.studyAndStart(no);

    pages.open("/app/catalogue.html?unit=baima&year=" + TestCatalogue.currentYear());
    assertThat(pages.waitForText(card, "拟定决策草案")).contains(no, "已启动", "正在办理");
    pages.click(By.xpath(xpath(card) + "//a[normalize-space()='查看案卷']"));
    pages.waitForText(By.id("decision-summary"), no + " · " + title);
    assertThat(pages.waitForText(By.id("tasks"), "决策草案 ✗ 未上传")).contains("拟定决策草案");

    byte[] draft = Documents.pdf(title + "（草案）：一、改造范围；二、资金来源；三、实施步骤");
    Path file = upload("农贸市场改造提升方案（草案）.pdf", draft);
    Select kind = new Select(pages.waitFor(By.id("kind")));
    assertThat(kind.getFirstSelectedOption().getText()).as("the page proposes the missing document").startsWith("决策草案");
    pages.waitFor(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    pages.click(By.id("upload-button"));
    pages.waitForText(By.id("message"), "已上传：决策草案 第1版（农贸市场改造提升方案（草案）.pdf）");
    String row = pages.waitForText(By.cssSelector("#documents tbody tr"), sha256(draft));
    assertThat(row).contains("决策草案", "第1版", "农贸市场改造提升方案（草案）.pdf", "baima.clerk");
    assertThat(pages.waitForText(By.id("tasks"), "决策草案 ✓ 已上传")).isNotEmpty();
    pages.screenshot("3-clerk-dossier-draft");

    stages.as("baima.clerk");
    driver.submit(no, "Task_DraftDecision",
        "draftSummary", "改造市场主体结构，完善消防和排水设施",
        "draftExplanation", "起草说明：背景、依据、主要内容和征求意见情况",
        "legalBasis", "《中华人民共和国消防法》；《浙江省农贸市场管理办法》");
    assertThat(documents.dossier(no)).filteredOn(d -> d.getKind() == DocumentKind.DRAFT)
        .as("the draft the clerk uploaded in the browser is the one the drafting step used").hasSize(1);
    stages.confirmProcedures(no);
    stages.publicParticipationByOpenComment(no);
    stages.submitForReview(no);
    return no;
  }

  private void reviewerReturnsTheSubmissionWithAnOpinion(String no) {
    stages.as("baima.reviewer");
    browser.loginAs("baima.reviewer", PASSWORD);
    String entry = browser.taskUnderFilter("本单位待办", "送审材料完整性审查", shownTitle());
    assertThat(entry).contains(title);
    browser.screenshot("4-reviewer-filter-unit-open");
    Task check = driver.task(no, "Task_CheckCompleteness");
    String dossierLink = browser.openTask(check.getId());
    assertThat(dossierLink).endsWith("/app/dossier.html?no=" + no);

    pages.open(dossierLink);
    pages.waitForText(By.id("decision-summary"), no + " · " + title);
    assertThat(pages.waitForText(By.cssSelector("#documents tbody"), "决策草案"))
        .as("the reviewer sees the clerk's draft").contains("第1版", "起草说明");
    pages.screenshot("5-reviewer-dossier");

    FormSchema form = FormSchema.load("review-check-completeness");
    browser.openTask(check.getId());
    assertThat(browser.shownValue(form, "decisionTitle")).isEqualTo(title);
    browser.completeTask(check.getId(), form,
        Map.of("submissionComplete", "INCOMPLETE", "completenessOpinion", RETURN_OPINION), () -> isDone(check));
    driver.runDueJobs(no);
    assertThat(driver.openTaskKeys(no)).containsExactly("Task_ReviseDraft");
  }

  private void clerkReadsTheOpinionAndResubmits(String no) {
    stages.as("baima.clerk");
    Task revise = driver.task(no, "Task_ReviseDraft");
    browser.loginAs("baima.clerk", PASSWORD);
    browser.taskUnderFilter("本单位待办", "修改补充决策草案", shownTitle());
    FormSchema form = FormSchema.load("decision-revise-draft");
    browser.openTask(revise.getId());
    assertThat(browser.shownValue(form, "legalityOpinion")).as("the saved return opinion").isEqualTo(RETURN_OPINION);
    browser.screenshot("6-clerk-reads-return-opinion");
    stages.as("baima.clerk");
    documents.provideMissingFor(no, revise);
    browser.completeTask(revise.getId(), form,
        Map.of("revisionDecision", "RESUBMIT", "revisionSummary", "补充社会稳定风险评估报告"), () -> isDone(revise));
    driver.runDueJobs(no);
    stages.submitForReview(no);
  }

  private void reviewerPassesTheResubmission(String no) throws Exception {
    stages.as("baima.reviewer");
    browser.loginAs("baima.reviewer", PASSWORD);
    Task check = driver.task(no, "Task_CheckCompleteness");
    browser.completeTask(check.getId(), FormSchema.load("review-check-completeness"),
        Map.of("submissionComplete", "COMPLETE"), () -> isDone(check));
    driver.runDueJobs(no);
    stages.as("baima.lawyer");
    driver.submit(no, "Task_ProvideLegalAdviserOpinion", "legalAdviserOpinion", "决策权限、程序合法，内容无违法之处");
    stages.as("baima.reviewer");

    // The opinion is due in 7 working days; on the Monday of the week it falls due the review shows
    // under the reviewers' weekly filter, which the application recomputes every five minutes.
    Task issue = driver.task(no, "Task_IssueLegalityOpinion");
    ZonedDateTime monday = issue.getDueDate().toInstant().atZone(ZONE).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atTime(9, 0).atZone(ZONE);
    ClockUtil.setCurrentTime(Date.from(monday.toInstant()));
    taskFilters.refreshDateBoundFilters();
    String entry = browser.taskUnderFilter("本周到期的审查任务", "出具合法性审查意见书", shownTitle());
    assertThat(entry).contains(title);
    browser.screenshot("7-reviewer-filter-due-this-week");

    String dossierLink = browser.openTask(issue.getId());
    pages.open(dossierLink);
    assertThat(pages.waitForText(By.id("tasks"), "合法性审查意见书")).contains("✗ 未上传");
    byte[] opinion = Documents.pdf("合法性审查意见书 " + no + "：" + PASS_OPINION);
    Path file = upload("合法性审查意见书.pdf", opinion);
    new Select(pages.waitFor(By.id("kind"))).selectByValue(DocumentKind.LEGALITY_OPINION.name());
    pages.waitFor(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    pages.click(By.id("upload-button"));
    pages.waitForText(By.id("message"), "已上传：合法性审查意见书 第1版");
    assertThat(pages.waitForText(By.cssSelector("#documents tbody"), sha256(opinion))).contains("baima.reviewer");

    FormSchema form = FormSchema.load("review-issue-opinion");
    browser.openTask(issue.getId());
    assertThat(browser.shownValue(form, "legalAdviserOpinion")).isEqualTo("决策权限、程序合法，内容无违法之处");
    browser.completeTask(issue.getId(), form,
        Map.of("legalityOutcome", "LAWFUL", "legalityOpinion", PASS_OPINION), () -> isDone(issue));
    driver.runDueJobs(no);
    assertThat(jdbc.queryForList("select o.outcome from md_legality_opinion o join md_decision d on d.id = o.decision_id"
        + " where d.decision_no = ? order by o.round_no", String.class, no))
        .containsExactly("RETURNED_INCOMPLETE", "LAWFUL");
  }

  private void secretaryRecordsTheAdoptionAndTheMinutes(String no) {
    stages.as("baima.clerk");
    driver.submit(no, "Task_SubmitMeetingMaterials",
        "materialDraftIncluded", true, "materialPublicOpinionIncluded", true, "materialExpertOpinionIncluded", true,
        "materialRiskReportIncluded", true, "materialFairCompetitionIncluded", true, "materialLegalityOpinionIncluded", true);
    stages.as("baima.secretary");
    driver.submit(no, "Task_ScheduleMeeting", "meetingType", "TOWN_EXECUTIVE", "meetingDate", Stages.daysFromToday(14));
    Stages.advanceDays(14);
    taskFilters.refreshDateBoundFilters();

    browser.loginAs("baima.secretary", PASSWORD);
    String entry = browser.taskUnderFilter("本单位待办", "记录讨论和决定情况", shownTitle());
    assertThat(entry).contains(title);
    Task record = driver.task(no, "Task_RecordMeeting");
    String dossierLink = browser.openTask(record.getId());
    FormSchema form = FormSchema.load("meeting-record");
    assertThat(browser.shownValue(form, "decisionTitle")).isEqualTo(title);
    assertThat(browser.shownValue(form, "meetingType")).isEqualTo("乡镇长办公会议（乡镇、街道）");

    pages.open(dossierLink);
    assertThat(pages.waitForText(By.id("tasks"), "会议纪要（本次新版本） ✗ 未上传")).isNotEmpty();
    byte[] minutes = Documents.pdf("白马镇第5次镇长办公会议纪要：审议通过" + title);
    new Select(pages.waitFor(By.id("kind"))).selectByValue(DocumentKind.MEETING_MINUTES.name());
    pages.waitFor(By.id("file")).sendKeys(upload("第5次镇长办公会议纪要.pdf", minutes).toAbsolutePath().toString());
    pages.click(By.id("upload-button"));
    pages.waitForText(By.id("message"), "已上传：会议纪要 第1版");
    assertThat(pages.waitForText(By.id("tasks"), "会议纪要（本次新版本） ✓ 已上传")).isNotEmpty();
    pages.screenshot("8-secretary-dossier-minutes");

    // The record's speakers are a Camunda Forms dynamic list (the complete record, ADR 0024), which TasklistBrowser cannot fill
    // yet: the secretary's submission goes through the engine API with the same completion check.
    driver.submit(no, "Task_RecordMeeting",
        "meetingParticipants", Stages.participants("ADOPTED", 5, 1, 0),
        "headDecision", "综合讨论意见，同意实施",
        "meetingOutcome", "ADOPTED",
        "meetingMinutes", "第5次镇长办公会议纪要：会议审议通过" + title);
    driver.runDueJobs(no);
    assertThat(jdbc.queryForObject("select m.outcome from md_meeting_record m join md_decision d on d.id = m.decision_id"
        + " where d.decision_no = ?", String.class, no)).isEqualTo("ADOPTED");

    pages.open(dossierLink);
    pages.waitForText(By.id("decision-summary"), no + " · " + title);
    assertThat(pages.waitForText(By.cssSelector("#documents tbody"), "会议纪要")).contains("第1版", "baima.secretary");
  }

  private void auditorReadsTheTimelineAndStatisticsAndExportsThem(String no, CatalogueItem item) throws Exception {
    browser.signIn("auditor", PASSWORD);
    pages.open("/app/audit.html");
    WebElement search = pages.waitFor(By.id("search-form"));
    search.findElement(By.name("q")).sendKeys(title);
    search.findElement(By.name("catalogueItem")).sendKeys(item.getItemNo());
    search.findElement(By.xpath(".//button[normalize-space()='查询']")).click();
    pages.waitForText(By.id("search-summary"), "共 1 件决策");
    String row = pages.waitForText(By.cssSelector("#result tbody tr"), no);
    assertThat(row).contains(title, "白马镇", "审查后讨论", "目录事项 " + item.getItemNo());
    pages.screenshot("9-auditor-search");

    Path csv = pages.download(By.id("export-csv"), DOWNLOADS.resolve("search-csv"));
    assertThat(csv.getFileName().toString()).endsWith(".csv");
    String csvText = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(csvText).contains(no, title, "白马镇");
    Path xlsx = pages.download(By.id("export-xlsx"), DOWNLOADS.resolve("search-xlsx"));
    assertThat(cells(xlsx)).contains(no, title);

    pages.click(By.linkText(no));
    String head = pages.waitForText(By.id("timeline-head"), no + " " + title);
    assertThat(head).contains("决策机关：白马镇", "年度目录事项 " + item.getItemNo());
    String timeline = pages.waitForText(By.id("timeline"), "第2轮审查结论");
    assertThat(timeline).contains(
        "第1轮审查结论：" + LegalityOutcome.RETURNED_INCOMPLETE.label(), "审查意见：" + RETURN_OPINION, "退回",
        "第2轮送审（重新送审）", "第2轮审查结论：" + LegalityOutcome.LAWFUL.label(), "审查意见：" + PASS_OPINION,
        "会议决定：" + MeetingOutcome.ADOPTED.label(), "办理人：白马镇合法性审查员");
    pages.scrollTo(By.xpath("//ol[@id='timeline']/li[contains(., '第1轮审查结论')]"));
    pages.screenshot("10-auditor-timeline");
    Path pdf = pages.download(By.id("dossier"), DOWNLOADS.resolve("timeline-pdf"));
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

    pages.click(By.linkText("合规统计"));
    pages.waitForText(By.cssSelector("#view-statistics h2"), "经合法性审查通过后提交集体讨论的比例");
    String units = pages.waitForText(By.cssSelector("#units-table tbody"), "白马镇");
    assertThat(units).contains("合计");
    String chart = pages.waitForText(By.id("chart-review"), "白马镇");
    assertThat(chart).as("the share is shown as a percentage").containsPattern("白马镇\\s*\\d+(\\.\\d)?%（\\d+/\\d+）")
        .doesNotContain("undefined");
    assertThat(pages.text()).contains("决策程序完整率", "各阶段办理时效", "各决策机关超期任务数");
    pages.screenshot("11-auditor-statistics");
    Path statsCsv = pages.download(By.id("stats-csv"), DOWNLOADS.resolve("statistics-csv"));
    assertThat(Files.readString(statsCsv, StandardCharsets.UTF_8)).contains("白马镇");
    Path statsXlsx = pages.download(By.id("stats-xlsx"), DOWNLOADS.resolve("statistics-xlsx"));
    assertThat(cells(statsXlsx)).contains("白马镇");
  }

  /**
   * The clerk's and the auditor's pages at an office screen and at a phone's width: no sideways
   * scrolling, the controls a person needs shown inside the screen, no text cut off.
   */
  @Test
  void clerkAndAuditorPagesFitAnOfficeScreenAndAPhone() {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm("baima")));
    documents.upload(no, DocumentKind.DRAFT);
    documents.upload(no, DocumentKind.DRAFTING_EXPLANATION);
    identityService.clearAuthentication();

    Map<String, String[]> clerkPages = Map.of(
        "catalogue", new String[] {"/app/catalogue.html?unit=baima&year=" + TestCatalogue.currentYear(),
            "#catalogue-title", "header.top nav a", "#unit", "#year", "#selector button", "#published-tools button",
            "#board .card", "#board .card h3", "#board .card .actions a, #board .card .actions button"},
        "dossier", new String[] {"/app/dossier.html?no=" + no,
            ".dossier-header h1", "#decision-summary", "#kind", "#file", "#upload-button", "#documents", "#documents td"});
    Map<String, String[]> auditorPages = Map.of(
        "audit-search", new String[] {"/app/audit.html?view=search&unit=baima",
            ".bar h1", ".bar nav a", "#search-form input[name=q]", "#search-form button", "#export-csv", "#export-xlsx",
            "#result", "#result tbody td", ".pager button"},
        "audit-timeline", new String[] {"/app/audit.html?view=timeline&no=" + no,
            "#timeline-head h2", "#dossier", "#timeline li", "#documents table", "#documents td"},
        "audit-statistics", new String[] {"/app/audit.html?view=statistics",
            "#stats-form input", "#stats-form button", "#stats-csv", "#stats-xlsx", ".chart svg", "#units-table",
            "#stages-table"});

    List<String> problems = new ArrayList<>();
    browser.signIn("baima.clerk", PASSWORD);
    checkLayout(clerkPages, problems);
    browser.signIn("auditor", PASSWORD);
    checkLayout(auditorPages, problems);
    assertThat(problems).isEmpty();
  }

  private void checkLayout(Map<String, String[]> pageChecks, List<String> problems) {
    int[][] screens = {{1366, 768}, {375, 812}};
    for (Map.Entry<String, String[]> page : new java.util.TreeMap<>(pageChecks).entrySet()) {
      String[] spec = page.getValue();
      String[] keyElements = java.util.Arrays.copyOfRange(spec, 1, spec.length);
      for (int[] screen : screens) {
        pages.screen(screen[0], screen[1]);
        pages.open(spec[0]);
        for (String selector : keyElements) {
          pages.waitFor(By.cssSelector(selector));
        }
        String size = screen[0] + "x" + screen[1];
        pages.screenshot("responsive-" + page.getKey() + "-" + size);
        pages.layoutProblems(keyElements).forEach(p -> problems.add(page.getKey() + " at " + size + ": " + p));
      }
    }
  }

  /** How a task entry in Tasklist shows the decision's title: the title, then the unit's label. */
  private String shownTitle() {
    return title + "\n决策单位";
  }

  /** Whether the task is completed, asked as the engine so that what the test user may see does not matter. */
  private boolean isDone(Task task) {
    return TestUsers.asEngine(identityService, () -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
  }

  private static By itemCard(CatalogueItem item) {
    return By.xpath("//article[contains(@class,'card')][.//dd[normalize-space()='" + item.getItemNo() + "']]");
  }

  private static String xpath(By by) {
    return by.toString().substring("By.xpath: ".length());
  }

  private static Path upload(String name, byte[] content) {
    try {
      Path file = Files.createDirectories(DOWNLOADS.resolveSibling("uploads")).resolve(name);
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  /** Every cell of every sheet of a saved Excel file, as text. */
  private static List<String> cells(Path xlsx) throws IOException {
    List<String> cells = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(cell.toString());
          }
        }
      }
    }
    return cells;
  }
}
