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
import cn.gov.pujiang.decision.taskaction.TaskActions;
import java.nio.file.Path;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 抄送 (the OA task actions, ADR 0022) on the dossier page: the county office, copied on a Baima task, opens the
 * decision's dossier from the link in the copy, reads its documents, is told it is read-only and is
 * offered no upload form.
 */
class CopyRecipientDossierBrowserIT extends BrowserITSupport {

  static final Path SCREENSHOTS = Path.of("target", "screenshots", "copy-recipient");

  @Autowired ProcessEngine processEngine;
  @Autowired ApplicationContext context;
  @Autowired Catalogues catalogues;
  @Autowired CatalogueItems catalogueItems;
  @Autowired CatalogueAdjustments catalogueAdjustments;
  @Autowired CatalogueRepository catalogueRepository;
  @Autowired TaskActions taskActions;

  @Test
  void countyOfficeReadsTheCopiedTownDossierWithoutAnUploadForm() {
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine));
    Documents.use(context);
    LifecycleDriver driver = new LifecycleDriver(processEngine);
    TestUsers.signIn(identityService, "baima.clerk");
    String no;
    try {
      no = driver.businessKeyOf(driver.startDecision(Stages.startForm("baima")));
      new Documents(processEngine).upload(no, DocumentKind.DRAFT);
      String task = driver.task(no, "Task_StudyProposal").getId();
      processEngine.getTaskService().claim(task, "baima.clerk");
      taskActions.copy(task, Set.of("county.secretary"), "请县府办阅知");
    } finally {
      identityService.clearAuthentication();
    }

    browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
    browser.signIn("county.secretary", "demo");
    String page = browser.openPage("/app/dossier.html?no=" + no, "当前阶段");
    AppPages pages = new AppPages(browser);
    pages.waitFor(By.cssSelector("#documents td"));

    assertThat(page).contains(no, "本决策的任务已抄送给您供阅知", "不能上传或修改");
    assertThat(browser.script("return document.getElementById('copy-notice').hidden")).isEqualTo(false);
    assertThat(browser.script("return document.getElementById('upload-section').hidden")).isEqualTo(true);
    assertThat(browser.script("return document.getElementById('documents-section').hidden")).isEqualTo(false);
    browser.screenshot("county-office-reads-copied-dossier");
  }
}
