package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.support.browser.AppPages;
import cn.gov.pujiang.decision.support.browser.BrowserITSupport;
import cn.gov.pujiang.decision.support.browser.TasklistBrowser;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 催办 (the OA task actions, ADR 0022) by someone who does not hold the task and so does not see it in Tasklist:
 * the town's head urges the clerk's open task from the decision's dossier page; a second urge the same day is
 * refused in Chinese and nothing more is sent.
 */
class LeadershipUrgeDossierBrowserIT extends BrowserITSupport {

  static final Path SCREENSHOTS = Path.of("target", "screenshots", "leadership-urge");

  @Autowired ProcessEngine processEngine;
  @Autowired ApplicationContext context;
  @Autowired Catalogues catalogues;
  @Autowired CatalogueItems catalogueItems;
  @Autowired CatalogueAdjustments catalogueAdjustments;
  @Autowired CatalogueRepository catalogueRepository;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theHeadUrgesTheClerksTaskFromTheDossierOncePerDay() {
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine));
    Documents.use(context);
    LifecycleDriver driver = new LifecycleDriver(processEngine);
    TestUsers.signIn(identityService, "baima.clerk");
    String no;
    String task;
    try {
      no = driver.businessKeyOf(driver.startDecision(Stages.startForm("baima")));
      new Documents(processEngine).upload(no, DocumentKind.DRAFT);
      task = driver.task(no, "Task_StudyProposal").getId();
      processEngine.getTaskService().claim(task, "baima.clerk");
    } finally {
      identityService.clearAuthentication();
    }

    browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
    browser.signIn("baima.head", "demo");
    browser.openPage("/app/dossier.html?no=" + no, "当前阶段");
    AppPages pages = new AppPages(browser);
    pages.waitFor(By.cssSelector("#urge-tasks .urge-button"));
    assertThat(browser.script("return document.getElementById('urge-section').hidden")).isEqualTo(false);

    browser.script("document.querySelector('#urge-tasks .urge-message').value = '请本周内办结'");
    pages.click(By.cssSelector("#urge-tasks .urge-button"));
    pages.waitForText(By.id("message"), "已催办");
    browser.screenshot("head-urged-from-dossier");
    assertThat(jdbc.queryForObject(
        "select count(*) from md_notification where kind = 'URGE' and task_id = ?", Long.class, task)).isPositive();
    long sent = jdbc.queryForObject("select count(*) from md_notification where kind = 'URGE' and task_id = ?",
        Long.class, task);

    browser.script("document.querySelector('#urge-tasks .urge-message').value = '再催一次'");
    pages.click(By.cssSelector("#urge-tasks .urge-button"));
    String refusal = pages.waitForText(By.id("message"), "每天只能催办一次");
    assertThat(refusal).doesNotContain("Exception", "HTTP");
    assertThat(jdbc.queryForObject("select count(*) from md_notification where kind = 'URGE' and task_id = ?",
        Long.class, task)).isEqualTo(sent);
  }
}
