package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.catalogue.CatalogueItem;
import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.dossier.Dossier;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.support.browser.BrowserITSupport;
import cn.gov.pujiang.decision.support.browser.TasklistBrowser;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Scripts and HTML typed into free-text fields (a catalogue item's and a decision's title, opinions,
 * a document's file name) are shown as text on every page that shows them: the clerk's catalogue
 * board and dossier page, Tasklist, the auditor's search and timeline, and Cockpit's variables. In
 * headless Chromium, against the application on PostgreSQL: the text must be visible literally, no
 * element it describes may exist in the page, and none of its scripts may have run.
 * (Same test context as TasklistFormsIT, so the application is started once for both.)
 */
class FreeTextAsTextIT extends BrowserITSupport {

  /** Would set window.mdXss, or leave an img[src=x] or .md-injected element, if parsed as HTML. */
  static final String MARKUP =
      "<img src=x onerror=\"window.mdXss='img'\"><b class=\"md-injected\">粗体</b><script>window.mdXss='script'</script>";
  /** A file name cannot hold '/', so its markup is one tag. */
  static final String FILE_MARKUP = "<img src=x onerror=window.mdXss='file' class=md-injected>";

  @Autowired ProcessEngine processEngine;
  @Autowired ApplicationContext context;
  @Autowired Catalogues catalogues;
  @Autowired CatalogueItems catalogueItems;
  @Autowired CatalogueAdjustments catalogueAdjustments;
  @Autowired CatalogueRepository catalogueRepository;
  @Autowired Dossier dossier;


  @Test
  void markupInFreeTextIsShownAsTextOnEveryPage() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    String marker = "防注入" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String title = marker + "集镇改造" + MARKUP;

    TestCatalogue testCatalogue = new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine);
    CatalogueItem item = testCatalogue.publishedItem("baima", title);
    LifecycleDriver driver = new LifecycleDriver(processEngine);
    Documents.use(context);
    TestUsers.signIn(identityService, "baima.clerk");
    Map<String, Object> start = Stages.startForm("baima");
    start.put("decisionTitle", title);
    start.put("proposalSummary", "提出理由：" + MARKUP);
    start.put("catalogueItemNo", item.getItemNo());
    ProcessInstance decision = driver.startDecision(start);
    String no = driver.businessKeyOf(decision);
    driver.submit(no, "Task_StudyProposal", "studyConclusion", "研究结论：" + MARKUP);
    TestUsers.signIn(identityService, "baima.head");
    driver.submit(no, "Task_DecideInitiation",
        "initiationDecision", "START", "initiationOpinion", "启动意见：" + MARKUP, "undertakingUnitName", "经济发展办公室");
    dossier.add(no, "DRAFT", new Dossier.Upload(FILE_MARKUP + ".pdf", Documents.pdf("草案 " + no)), "baima.clerk");
    identityService.clearAuthentication();
    String openTask = driver.task(no, "Task_DraftDecision").getId();

    browser = TasklistBrowser.open("http://localhost:" + port, Paths.get("target", "screenshots", "free-text"));
    shownAsText("baima.clerk", "/app/catalogue.html", marker, "catalogue");
    shownAsText("baima.clerk", "/app/dossier.html?no=" + no, marker, "dossier");
    assertThat(browser.pageText()).contains(FILE_MARKUP + ".pdf");
    shownAsText("baima.clerk", "/camunda/app/tasklist/default/#/?task=" + openTask, marker, "tasklist");
    shownAsText("auditor", "/app/audit.html?view=search&q=" + marker, marker, "audit-search");
    shownAsText("auditor", "/app/audit.html?view=timeline&no=" + no, marker, "audit-timeline");
    assertThat(browser.pageText()).contains("启动意见：" + MARKUP, "研究结论：" + MARKUP, FILE_MARKUP + ".pdf");
    shownAsText("admin", "/camunda/app/cockpit/default/#/process-instance/" + decision.getId()
        + "/runtime?tab=variables-tab", marker, "cockpit-variables");
  }

  private void shownAsText(String user, String path, String marker, String screenshot) {
    browser.loginAs(user, "demo");
    String text = browser.openPage(path, marker);
    browser.screenshot(screenshot);
    // An injected <img src=x> runs its onerror in the same task that marks it complete (broken):
    // once every image of the page is complete, any such script has run.
    browser.waitUntil(path + " with every image loaded or failed", () -> Boolean.TRUE.equals(browser.script(
        "return document.readyState === 'complete' && [...document.images].every(i => i.complete)")));
    assertThat(text).as("%s shows the title as text", path).contains(marker + "集镇改造<img src=x");
    assertThat(browser.script("return document.querySelectorAll('img[src=\"x\"], .md-injected').length"))
        .as("%s holds no element built from the user's text", path).isEqualTo(0L);
    assertThat(browser.script("return window.mdXss === undefined ? null : String(window.mdXss)"))
        .as("%s ran no script from the user's text", path).isNull();
  }
}
