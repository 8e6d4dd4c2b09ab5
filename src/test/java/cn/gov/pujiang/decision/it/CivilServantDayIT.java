package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.browser.AppPages;
import cn.gov.pujiang.decision.support.browser.BrowserITSupport;
import cn.gov.pujiang.decision.support.browser.FormSchema;
import cn.gov.pujiang.decision.support.browser.CountyFrame;
import cn.gov.pujiang.decision.support.browser.TasklistBrowser;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The browser walk-through, "a civil servant's day in the browser": what a county official trips over between the
 * pages, each check in one browser session per role (browser sessions are expensive on the CI machine).
 * Screenshots land in {@code target/screenshots/day/}.
 */
class CivilServantDayIT extends BrowserITSupport {

  private static final String PASSWORD = "demo";
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "day");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;
  @Autowired ApplicationContext context;
  @Autowired Catalogues catalogues;
  @Autowired CatalogueItems catalogueItems;
  @Autowired CatalogueAdjustments catalogueAdjustments;
  @Autowired CatalogueRepository catalogueRepository;

  /**
   * Items 6, 8 and 9 for 白马镇's clerk: Tasklist's header names the clerk 姓 then 名; the task list
   * shows 决策单位 白马镇 (not baima) and lists by due date first, though the later task was created
   * first; the study form shows 建议提出方式 in words, not DEPARTMENT.
   */
  @Test
  void clerkReadsNamesAndWordsAndTasksInDueDateOrder() {
    // Monday 2 March 2026, a day whose year's holiday notice is loaded (docs/time-limits.md).
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZONE).toInstant()));
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine));
    Documents.use(context);
    LifecycleDriver driver = new LifecycleDriver(processEngine);
    Stages stages = new Stages(processEngine, driver);
    String run = UUID.randomUUID().toString().substring(0, 6);
    String dueLater = "菜市场顶棚改造" + run;
    String dueSooner = "公厕提升改造" + run;
    stages.as("baima.clerk");
    var first = Stages.startForm("baima");
    first.put("decisionTitle", dueLater);
    String laterNo = driver.businessKeyOf(driver.startDecision(first));
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 5).atZone(ZONE).toInstant()));
    var second = Stages.startForm("baima");
    second.put("decisionTitle", dueSooner);
    String soonerNo = driver.businessKeyOf(driver.startDecision(second));
    identityService.clearAuthentication();
    Task later = driver.task(laterNo, "Task_StudyProposal");
    Task sooner = driver.task(soonerNo, "Task_StudyProposal");
    // The task created first is due last: created-first and due-first orders disagree.
    // Long past, so that they lead the list whatever other tests left in the database.
    later.setDueDate(Date.from(LocalDateTime.of(2020, 4, 30, 17, 0).atZone(ZONE).toInstant()));
    sooner.setDueDate(Date.from(LocalDateTime.of(2020, 3, 20, 17, 0).atZone(ZONE).toInstant()));
    taskService.saveTask(later);
    taskService.saveTask(sooner);
    try {
      clerkReads(dueSooner, dueLater, sooner);
    } finally {
      processEngine.getRuntimeService().deleteProcessInstance(later.getProcessInstanceId(), "test over");
      processEngine.getRuntimeService().deleteProcessInstance(sooner.getProcessInstanceId(), "test over");
    }
  }

  private void clerkReads(String dueSooner, String dueLater, Task sooner) {
    browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
    CountyFrame frame = new CountyFrame(browser);
    browser.loginAs("baima.clerk", PASSWORD);
    frame.waitUntil("the clerk's name in the header",
        () -> frame.waitFor("[cam-widget-header] li.account > a.dropdown-toggle").getText().contains("白马镇 承办人"));

    String entry = browser.taskUnderFilter("本单位待办", "研究论证", dueSooner);
    assertThat(entry).contains("白马镇").doesNotContain("baima");
    List<String> titles = frame.taskEntries();
    int soonerAt = indexContaining(titles, dueSooner);
    int laterAt = indexContaining(titles, dueLater);
    assertThat(laterAt).as("the task due on 30 April is listed after the one due on 20 March: " + titles)
        .isGreaterThan(soonerAt);
    browser.screenshot("clerk-task-list");

    browser.openTask(sooner.getId());
    FormSchema study = FormSchema.load("decision-study-proposal");
    frame.waitUntil("建议提出方式 in words", () -> browser.shownValue(study, "proposerType").contains("政府部门"));
    assertThat(browser.shownValue(study, "proposerType")).isEqualTo("政府部门或下一级人民政府提出");

    // Item 4: an empty required field is refused in Chinese, and the error notice leaves 完成 usable.
    frame.click("button[ng-click='complete()']");
    frame.waitUntil("the form's complaint about the empty field", () -> frame.shown(".fjs-form-field-error"));
    String form = frame.waitFor("[cam-tasklist-form] .fjs-container").getText();
    assertThat(form).contains("此项为必填项").doesNotContain("Field is required", "Select");
    frame.waitUntil("完成 not covered by a notice", () -> !frame.covered("button[ng-click='complete()']"));
    browser.screenshot("clerk-required-field");

    // Item 3: 打开决策档案 opens beside the form; what was typed stays.
    frame.typeInto("textarea[id$='-Field_studyConclusion']", "问题属实，改造必要且可行");
    int tabs = frame.tabCount();
    frame.click("[cam-tasklist-form] .fjs-container a[href*='dossier.html']");
    frame.waitUntil("the dossier in a new tab", () -> frame.tabCount() == tabs + 1);
    assertThat(frame.currentPath()).startsWith("/camunda/app/tasklist/");
    assertThat(frame.waitFor("textarea[id$='-Field_studyConclusion']").getAttribute("value"))
        .isEqualTo("问题属实，改造必要且可行");

    // Item 18: on a phone the task list and the task form fit, and 完成 is not covered by the footer.
    frame.closeOtherTabs();
    AppPages pages = new AppPages(browser);
    pages.screen(375, 812);
    browser.openTask(sooner.getId());
    frame.waitFor("button[ng-click='complete()']");
    assertThat(pages.layoutProblems(".tasks-list li.task", "[cam-tasklist-form] .fjs-container",
        "button[ng-click='complete()']")).isEmpty();
    assertThat(frame.coveredAtScreenBottom("button[ng-click='complete()']")).as("完成 covered on a phone").isFalse();
    assertThat(frame.textsOffScreen("footer[cam-widget-footer]")).as("the footer's texts cut off on a phone").isEmpty();
    browser.screenshot("clerk-task-375x812");
    pages.screen(1366, 768);

    // Item 10: the catalogue board offers the clerk's own unit, not one whose catalogue it cannot see.
    browser.openPage("/app/catalogue.html?unit=county", "白马镇");
    assertThat(frame.optionTexts("#unit")).contains("白马镇").doesNotContain("浦江县人民政府");
    assertThat(frame.selectedText("#unit")).isEqualTo("白马镇");
  }

  /**
   * Item 5: a business refusal reads as its Chinese message. The clerk completes 拟订决策草案 with every
   * field filled but without the draft in the dossier (RequiredDocumentsCheck refuses, 400 with the
   * Chinese message alone, ADR 0018): Tasklist shows that message, not "Cannot submit task form" nor a
   * task id; its 决策档案 is a link that opens the dossier in a new tab; the notice leaves 完成 usable.
   */
  @Test
  void clerkReadsABusinessRefusalInChineseWithTheDossierLink() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZONE).toInstant()));
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine));
    Documents.use(context);
    LifecycleDriver driver = new LifecycleDriver(processEngine);
    Stages stages = new Stages(processEngine, driver);
    stages.as("baima.clerk");
    var start = Stages.startForm("baima");
    start.put("decisionTitle", "文化礼堂修缮" + UUID.randomUUID().toString().substring(0, 6));
    String no = driver.businessKeyOf(driver.startDecision(start));
    stages.studyAndStart(no);
    identityService.clearAuthentication();
    Task draft = driver.task(no, "Task_DraftDecision");
    try {
      browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
      CountyFrame frame = new CountyFrame(browser);
      browser.loginAs("baima.clerk", PASSWORD);
      browser.openTask(draft.getId());
      frame.typeInto("textarea[id$='-Field_draftSummary']", "修缮礼堂屋面和消防设施");
      frame.typeInto("textarea[id$='-Field_draftExplanation']", "起草说明：背景、依据和主要内容");
      frame.typeInto("[id$='-Field_legalBasis']", "《中华人民共和国消防法》");
      frame.click("button[ng-click='complete()']");
      frame.waitUntil("the refusal's notice", () -> frame.shown(".page-notifications .alert-danger a[href*='dossier.html']"));
      String notice = frame.waitFor(".page-notifications .alert-danger").getText();
      assertThat(notice).contains("请先在决策档案", "决策草案")
          .doesNotContain("Cannot submit task form", draft.getId(), "Exception");
      assertThat(notice).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      browser.screenshot("clerk-refusal");
      frame.waitUntil("完成 not covered by the refusal", () -> !frame.covered("button[ng-click='complete()']"));
      assertThat(frame.covered(".page-notifications .alert-danger a[href*='dossier.html']"))
          .as("the dossier link in the notice can be clicked").isFalse();
      int tabs = frame.tabCount();
      frame.click(".page-notifications .alert-danger a[href*='dossier.html']");
      frame.waitUntil("the dossier in a new tab", () -> frame.tabCount() == tabs + 1);
      assertThat(frame.currentPath()).startsWith("/camunda/app/tasklist/");
      assertThat(frame.waitFor("textarea[id$='-Field_draftSummary']").getAttribute("value")).isEqualTo("修缮礼堂屋面和消防设施");
      assertThat(frame.otherTabPath()).isEqualTo("/app/dossier.html?no=" + no);
      // Two links, 决策档案 and the page's address: the script once re-linked its own links without end.
      assertThat(browser.script("return document.querySelectorAll('.page-notifications .alert-danger a[href*=\"dossier.html\"]').length"))
          .isEqualTo(2L);

      // Item 18: the dossier the clerk just opened works on a phone.
      frame.closeOtherTabs();
      AppPages pages = new AppPages(browser);
      pages.screen(375, 812);
      browser.openPage("/app/dossier.html?no=" + no, "上传材料");
      assertThat(pages.layoutProblems("#decision-summary", "#upload-form select", "#upload-form input[type='file']",
          "#upload-button")).isEmpty();
      browser.screenshot("clerk-dossier-375x812");
      pages.screen(1366, 768);

      // Item 7: the auditor reads this decision's timeline and its 登记 with names, not user ids, and
      // without stray 。； joins.
      browser.signIn("auditor", PASSWORD);
      String timeline = browser.openPage("/app/audit.html?view=timeline&no=" + no, "流程开始");
      assertThat(timeline).contains("登记：2026-03-02 09:00 白马镇承办人", "白马镇负责人")
          .doesNotContain("baima.clerk", "baima.head", "。；");
      browser.screenshot("auditor-timeline");
    } finally {
      processEngine.getRuntimeService().deleteProcessInstance(draft.getProcessInstanceId(), "test over");
    }
  }

  /**
   * The speed a clerk notices (the browser walk-through): Tasklist's first render (login page done, Tasklist address
   * opened, until the first task of the list shows) and opening a task from the list (until its form
   * shows a field), five times each; the first render once with an empty browser cache and then with
   * what the browser kept. Prints the figures (docs/performance.md records them); no pass mark,
   * because the shared CI machine's load decides the absolute numbers.
   */
  @Test
  void tasklistFirstRenderAndTaskOpeningAreTimed() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZONE).toInstant()));
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine));
    Documents.use(context);
    LifecycleDriver driver = new LifecycleDriver(processEngine);
    Documents.use(context);
    new Stages(processEngine, driver).as("baima.clerk");
    var form = Stages.startForm("baima");
    form.put("decisionTitle", "计时用决策" + UUID.randomUUID().toString().substring(0, 6));
    String no = driver.businessKeyOf(driver.startDecision(form));
    identityService.clearAuthentication();
    Task task = driver.task(no, "Task_StudyProposal");
    task.setDueDate(Date.from(LocalDateTime.of(2020, 1, 1, 17, 0).atZone(ZONE).toInstant()));
    taskService.saveTask(task);
    // Claimed: Tasklist opens on 我的任务, the clerk's first filter.
    taskService.claim(task.getId(), "baima.clerk");
    try {
      browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
      CountyFrame frame = new CountyFrame(browser);
      browser.signIn("baima.clerk", PASSWORD);
      List<Long> firstRender = new java.util.ArrayList<>();
      List<Long> taskOpen = new java.util.ArrayList<>();
      List<Long> coldBundle = null;
      List<Long> warmBundle = null;
      List<Long> coldRequests = null;
      List<Long> warmRequests = null;
      for (int round = 0; round < 5; round++) {
        firstRender.add(frame.millisToShow("/camunda/app/tasklist/default/", ".tasks-list li.task"));
        // Where a first render's time goes: the scripts, then Tasklist's API calls (docs/performance.md).
        System.out.println("TIMING round " + (round + 1) + " " + frame.apiTimeline());
        if (round == 0) {
          coldBundle = frame.resourceSizes("camunda-tasklist-bootstrap.js");
          coldRequests = frame.requestCounts();
        } else {
          warmBundle = frame.resourceSizes("camunda-tasklist-bootstrap.js");
          warmRequests = frame.requestCounts();
        }
        taskOpen.add(frame.millisFromClickToShow(".tasks-list li.task a",
            "[cam-tasklist-form] .fjs-container textarea, [cam-tasklist-form] .fjs-container input"));
      }
      System.out.println("TIMING tasklist first render ms (round 1 with an empty cache): " + firstRender);
      System.out.println("TIMING task open from the list ms: " + taskOpen);
      System.out.println("TIMING tasklist bundle bytes [transferred, encoded, decoded] cold " + coldBundle
          + " warm " + warmBundle + "; requests [all, reaching the server] cold " + coldRequests
          + " warm " + warmRequests);
      // What the speed fix does, so that it stays: the big bundle travels compressed, and a returning
      // user's browser takes it from its cache without asking the server (docs/performance.md).
      assertThat(coldBundle.get(1)).as("compressed on the wire").isLessThan(coldBundle.get(2) / 2);
      assertThat(warmBundle.get(0)).as("taken from the browser cache").isZero();
    } finally {
      processEngine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "test over");
    }
  }

  private static int indexContaining(List<String> entries, String text) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " is not in the list: " + entries);
  }

  /**
   * Items 1, 14, 15 and 16 for the auditor: the start page after login; Tasklist links back to it and
   * hides the Camunda 7 end-of-life banner; 退出登录 lands on /login where signing in works; the
   * application's pages have 退出 and a way back to Tasklist; GET /logout is a Chinese page.
   */
  @Test
  void auditorLogsInAndOutThroughOneChineseLoginPage() {
    browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
    CountyFrame frame = new CountyFrame(browser);

    browser.signIn("auditor", PASSWORD);
    frame.waitUntil("the start page after login", () -> frame.currentPath().startsWith("/app/start.html"));
    String start = browser.openPage("/", "您好");
    assertThat(start).contains("审计监督", "操作指引").doesNotContain("Camunda", "Welcome");

    frame.openWebapp("/camunda/app/tasklist/default/");
    frame.waitFor("[cam-widget-header] .md-home a");
    assertThat(frame.shown(".ce-eol-banner")).as("the end-of-life banner is for admins only").isFalse();
    // Item 17: the county's name, not "Camunda Tasklist", in the header and the browser tab.
    frame.waitUntil("the county's title", () -> "浦江县重大行政决策 待办任务".equals(browser.script("return document.title")));
    assertThat(frame.waitFor("[cam-widget-header] .brand-name").getText()).isEqualTo("浦江县重大行政决策 待办任务");
    browser.screenshot("tasklist-auditor");

    frame.logOutOfWebapp();
    assertThat(frame.currentPath()).isEqualTo("/login?logout");
    assertThat(browser.pageText()).contains("您已安全退出", "浦江县重大行政决策").doesNotContain("Camunda");
    frame.signInHere("auditor", PASSWORD);
    assertThat(frame.currentPath()).startsWith("/app/start.html");

    // Item 13: an empty result says so; 清空条件 searches again; page buttons of a single page look disabled.
    browser.openPage("/app/audit.html?view=search&q=" + UUID.randomUUID(), "没有符合条件的决策");
    assertThat(frame.waitFor("#prev").isEnabled()).isFalse();
    assertThat(frame.waitFor("#next").isEnabled()).isFalse();
    assertThat(frame.opacity("#next")).isLessThan(0.6);
    frame.click("#search-form button[type='reset']");
    frame.waitUntil("the search run again without conditions", () -> !frame.currentPath().contains("q="));

    // Item 11: no figure beside a bar is cut off.
    browser.openPage("/app/audit.html?view=statistics", "各阶段按期率");
    frame.waitFor(".chart svg");
    assertThat(frame.chartTextsCutOff()).isEmpty();

    // Item 18: on a phone the hash chain's 结果 of each unit is on screen (each unit a card).
    AppPages pages = new AppPages(browser);
    pages.screen(375, 812);
    browser.openPage("/app/audit.html?view=chain", "开始核验");
    frame.click("#verify");
    frame.waitUntil("the chain's results", () -> frame.shown("#chain-table td[data-label='结果'] .tag"));
    assertThat(pages.layoutProblems("#chain-table td[data-label='结果'] .tag")).isEmpty();
    browser.screenshot("auditor-chain-375x812");
    pages.screen(1366, 768);

    // Item 17: Welcome's profile form has no English sample names (Jonny, Prosciutto).
    frame.openWebapp("/camunda/app/welcome/default/#!/welcome");
    frame.click("a[ng-click=\"showForm('profile')\"]");
    frame.waitUntil("the profile form", () -> frame.shown("#user-profile-firstname"));
    assertThat(frame.waitFor("#user-profile-firstname").getAttribute("placeholder")).isEqualTo("姓，如：张");
    assertThat(frame.waitFor("#user-profile-lastname").getAttribute("placeholder")).isEqualTo("名，如：晓明");

    // Item 12: a dossier that cannot be read does not keep saying 正在读取…… beside the error.
    String dossier = browser.openPage("/app/dossier.html?no=nowhere-2026-000000", "决策");
    frame.waitUntil("the dossier's error", () -> frame.shown("#message"));
    assertThat(browser.pageText()).doesNotContain("正在读取");

    // Item 10: another unit's catalogue is read-only for the auditor: no 建立目录, no 启动决策程序.
    browser.openPage("/app/catalogue.html?unit=county", "浦江县人民政府");
    frame.waitUntil("the county's board or its empty notice", () -> frame.shown("#catalogue") || frame.shown("#empty"));
    assertThat(frame.shown("#open-catalogue")).isFalse();
    assertThat(frame.shown("button.start")).isFalse();
    assertThat(frame.shown("#published-tools")).isFalse();

    String logoutPage = browser.openPage("/logout", "确认退出");
    assertThat(logoutPage).doesNotContain("Whitelabel", "Error Page");
    String audit = browser.openPage("/app/audit.html", "决策检索");
    assertThat(audit).contains("首页", "待办任务", "退出");
    frame.click("header .md-logout");
    frame.waitUntil("the login page after 退出", () -> frame.currentPath().equals("/login?logout"));
    assertThat(browser.openPage("/app/audit.html", "用户名")).contains("登录");
  }

  /** Item 16 for the admin: the one person who must plan the upgrade still sees the banner. */
  @Test
  void adminStillSeesTheEndOfLifeBanner() {
    browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
    CountyFrame frame = new CountyFrame(browser);
    browser.signIn("admin", PASSWORD);
    frame.openWebapp("/camunda/app/cockpit/default/");
    frame.waitUntil("the end-of-life banner for the admin", () -> frame.shown(".ce-eol-banner"));
    // Provisional deadlines: while next year's holiday notice is missing (from 1 November), Cockpit says so to the admin.
    Object missing = browser.script("const r = new XMLHttpRequest(); r.open('GET', '/api/calendar/status', false);"
        + " r.setRequestHeader('Accept', 'application/json'); r.send(); return JSON.parse(r.responseText).missingYear;");
    if (missing != null) {
      frame.waitUntil("the calendar warning in Cockpit", () -> frame.shown("#pujiang-calendar-warning"));
      assertThat(String.valueOf(browser.script(
          "return document.getElementById('pujiang-calendar-warning').innerText"))).contains(missing + "年", "载入工作日历");
    } else {
      assertThat(browser.script("return document.getElementById('pujiang-calendar-warning')")).isNull();
    }
    String start = browser.openPage("/", "您好");
    assertThat(start).contains("流程监控", "系统管理", "审计监督");

    // Item 17: Admin's group types and permission names read in Chinese, not WORKFLOW/SYSTEM, ALL/ACCESS.
    frame.openWebapp("/camunda/app/admin/default/#/groups");
    frame.waitUntil("the groups' types in Chinese", () -> cellTexts("td.group-type").contains("业务"));
    assertThat(cellTexts("td.group-type")).doesNotContain("WORKFLOW", "SYSTEM");
    frame.openWebapp("/camunda/app/admin/default/#/authorization?resource=0");
    frame.waitUntil("the permissions in Chinese", () -> cellTexts("td.permissions").contains("访问"));
    assertThat(cellTexts("td.permissions")).doesNotContain("ALL", "ACCESS");
    browser.screenshot("admin-authorizations");

    // Item 17: Cockpit's variable table reads the types and its "Actions" column in Chinese.
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine));
    LifecycleDriver driver = new LifecycleDriver(processEngine);
    Documents.use(context);
    new Stages(processEngine, driver).as("baima.clerk");
    String instance = driver.startDecision(Stages.startForm("baima")).getId();
    identityService.clearAuthentication();
    frame.openWebapp("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime?tab=variables-tab");
    frame.waitUntil("the variables' types in Chinese", () -> cellTexts("td.col-type").contains("字符串（String）"));
    assertThat(cellTexts("td.col-type").split(" \\| ")).doesNotContain("String", "Boolean", "Long", "Integer", "Date");
    assertThat(cellTexts("table.cam-table thead td.actions")).isEqualTo("操作");
    browser.screenshot("admin-cockpit-variables");
  }

  private String cellTexts(String css) {
    return String.valueOf(browser.script("return [...document.querySelectorAll(\"" + css + "\")].map(e => e.innerText.trim()).join(' | ')"));
  }
}
