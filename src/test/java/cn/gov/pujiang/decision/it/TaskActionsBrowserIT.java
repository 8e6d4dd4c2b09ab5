package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.notification.Inbox;
import cn.gov.pujiang.decision.notification.NotificationKind;
import cn.gov.pujiang.decision.phrase.CommonPhrases;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.support.browser.AppPages;
import cn.gov.pujiang.decision.support.browser.BrowserITSupport;
import cn.gov.pujiang.decision.support.browser.TasklistBrowser;
import cn.gov.pujiang.decision.support.browser.FormSchema;
import cn.gov.pujiang.decision.taskaction.ConsultationProcess;
import cn.gov.pujiang.decision.taskaction.TaskActions;
import cn.gov.pujiang.decision.taskaction.TaskConsultations;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OA task actions in Tasklist (ADR 0022), one browser session: the clerk copies a task (1366 px and 375 px),
 * hands it over to a colleague and urges the colleague (1366 px; the second urge of the day is refused
 * at 375 px with the Chinese reason), the colleague, having completed it, takes it back from 撤回已办, and
 * the leadership inserts the town office's 常用语 into its opinion field with one click.
 * Screenshots land in {@code target/screenshots/journeys/} (12-…, 13-…, docs/guide-clerk.md).
 */
class TaskActionsBrowserIT extends BrowserITSupport {

  private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "journeys");
  private static final String PASSWORD = "demo";

  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;
  @Autowired Catalogues catalogues;
  @Autowired CatalogueItems catalogueItems;
  @Autowired CatalogueAdjustments catalogueAdjustments;
  @Autowired CatalogueRepository catalogueRepository;
  @Autowired StageRecords trail;
  @Autowired Inbox inbox;
  @Autowired CommonPhrases phrases;
  @Autowired cn.gov.pujiang.decision.audit.TaskActionStatistics taskActionStatistics;

  @Test
  void clerkCopiesHandsOverUrgesAndTheColleagueTakesBackInTasklist() {
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine));
    LifecycleDriver driver = new LifecycleDriver(processEngine);
    TestUsers.runAsEngine(identityService, () -> {
      if (identityService.createUserQuery().userId("baima.clerk2").count() == 0) {
        User user = identityService.newUser("baima.clerk2");
        user.setLastName("白马镇");
        user.setFirstName("承办人二");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership("baima.clerk2", "baima-clerk");
      }
    });
    TestUsers.signIn(identityService, "baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm("baima")));
    String taskId = driver.task(no, "Task_StudyProposal").getId();
    identityService.clearAuthentication();

    browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
    AppPages pages = new AppPages(browser);
    pages.screen(1366, 768);
    browser.loginAs("baima.clerk", PASSWORD);
    browser.openTask(taskId);
    pages.click(By.xpath("//a[normalize-space()='办理操作']"));

    fill(pages, "copyRecipients", "baima.head");
    fill(pages, "copyNote", "研究论证情况请领导阅知");
    pages.scrollTo(By.cssSelector("[data-action='copy']"));
    pages.click(By.cssSelector("[data-action='copy']"));
    pages.waitForText(By.cssSelector("[data-answer='copy']"), "已抄送");
    pages.screenshot("12-clerk-task-actions-copy");

    pages.screen(375, 812);
    fill(pages, "copyRecipients", "county.secretary");
    fill(pages, "copyNote", "报县政府办公室阅知");
    pages.scrollTo(By.cssSelector("[data-action='copy']"));
    pages.click(By.cssSelector("[data-action='copy']"));
    pages.waitForText(By.cssSelector("[data-answer='copy']"), "已抄送");
    pages.screenshot("12-clerk-task-actions-copy-375");

    // Back at a desk: the task is opened again, as a person does, since Tasklist lays out its three columns
    // when it opens a task (after a window resize inside one page the tab lay under the content column).
    pages.screen(1366, 768);
    browser.openTask(taskId);
    pages.click(By.xpath("//a[normalize-space()='办理操作']"));
    fill(pages, "handOverTo", "baima.head");
    fill(pages, "handOverReason", "请领导办理");
    pages.scrollTo(By.cssSelector("[data-action='hand-over']"));
    pages.click(By.cssSelector("[data-action='hand-over']"));
    pages.waitForText(By.cssSelector("[data-answer='hand-over']"), "只能转办给本任务候选组中的同事");
    fill(pages, "handOverTo", "baima.clerk2");
    fill(pages, "handOverReason", "本人出差，请同事接办");
    pages.scrollTo(By.cssSelector("[data-action='hand-over']"));
    pages.click(By.cssSelector("[data-action='hand-over']"));
    pages.waitForText(By.cssSelector("[data-answer='hand-over']"), "已转办");

    // The clerk who started the decision urges the colleague who now holds the task.
    fill(pages, "urgeMessage", "请于本周内完成研究论证");
    pages.scrollTo(By.cssSelector("[data-action='urge']"));
    pages.click(By.cssSelector("[data-action='urge']"));
    pages.waitForText(By.cssSelector("[data-answer='urge']"), "已催办");
    pages.screenshot("13-clerk-task-actions-urge");
    pages.screen(375, 812);
    pages.scrollTo(By.cssSelector("[data-action='urge']"));
    pages.click(By.cssSelector("[data-action='urge']"));
    pages.waitForText(By.cssSelector("[data-answer='urge']"), "该任务今天已经催办过");
    pages.screenshot("13-clerk-task-actions-urge-375");

    TestUsers.signIn(identityService, "baima.clerk2");
    driver.submit(no, "Task_StudyProposal", "studyConclusion", "问题属实，改造必要且可行");
    identityService.clearAuthentication();

    pages.screen(1366, 768);
    browser.loginAs("baima.clerk2", PASSWORD);
    pages.scrollTo(By.cssSelector("[data-action='open-take-back']"));
    pages.click(By.cssSelector("[data-action='open-take-back']"));
    pages.waitFor(By.cssSelector("[name='takeBackReason-" + taskId + "']")).sendKeys("研究结论遗漏消防验收情况，撤回补充");
    pages.click(By.cssSelector("[data-action='take-back-" + taskId + "']"));
    pages.waitForText(By.cssSelector("[data-answer='take-back-" + taskId + "']"), "已撤回");
    pages.screenshot("14-clerk-take-back");

    Task redone = TestUsers.asEngine(identityService, () -> driver.task(no, "Task_StudyProposal"));
    assertThat(redone.getAssignee()).isEqualTo("baima.clerk2");

    // The auditor's figures read the same actions on PostgreSQL (md_notification joined with the engine's history).
    var baima = taskActionStatistics.perUnit(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear(),
        "baima").get(0);
    assertThat(baima.urges()).isPositive();
    assertThat(baima.handOvers()).isPositive();
    assertThat(baima.takeBacks()).isPositive();
    assertThat(baima.meanWaitAfterUrgeMillis()).isNotNull();

    // 常用语: the town office's shared phrase is one click away in the leadership's opinion field.
    TestUsers.signIn(identityService, "baima.secretary");
    phrases.add("同意启动，请按程序推进", "baima");
    TestUsers.signIn(identityService, "baima.clerk2");
    driver.submit(no, "Task_StudyProposal", "studyConclusion", "补充消防验收情况后的研究结论");
    identityService.clearAuthentication();
    String decideTask = TestUsers.asEngine(identityService, () -> driver.task(no, "Task_DecideInitiation")).getId();
    browser.loginAs("baima.head", PASSWORD);
    browser.openTask(decideTask);
    pages.click(By.xpath("//button[contains(@class,'md-phrase')][normalize-space()='同意启动，请按程序推进']"));
    // Only the editable opinion gets the phrases; the study opinion shown read-only does not.
    assertThat(browser.script("return [...document.querySelectorAll('.md-phrases')].map(b => "
        + "b.previousElementSibling.name || b.previousElementSibling.id).join(',')")).asString()
        .contains("initiationOpinion").doesNotContain("studyConclusion");
    assertThat(browser.script("return document.querySelector('.md-phrases').previousElementSibling.value"))
        .asString().isEqualTo("同意启动，请按程序推进");
    pages.screenshot("15-leadership-common-phrase");
    assertThat(trail.trail(no)).extracting(StageRecord::getEvent).containsSubsequence(TaskActions.COPIED,
        TaskActions.COPIED, TaskActions.HANDED_OVER, TaskActions.URGED, TaskActions.TAKEN_BACK);
    assertThat(inbox.list("baima.head", NotificationKind.COPY, 10)).extracting(Inbox.Entry::body)
        .anyMatch(body -> body.contains("研究论证情况请领导阅知"));
    assertThat(inbox.list("baima.clerk2", NotificationKind.URGE, 10)).extracting(Inbox.Entry::body)
        .anyMatch(body -> body.contains("请于本周内完成研究论证"));
  }

  /**
   * 征求意见 (ADR 0028) at 1366 px: the clerk asks the head from 办理操作, Tasklist refuses to complete the
   * task while the answer is outstanding, the head answers in a task of their own, and the answer shows on
   * the clerk's task, which can then be completed.
   */
  @Test
  void clerkAsksTheHeadForAnOpinionAndFinishesOnceItIsIn() {
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine));
    LifecycleDriver driver = new LifecycleDriver(processEngine);
    TestUsers.signIn(identityService, "baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm("baima")));
    String taskId = driver.task(no, "Task_StudyProposal").getId();
    identityService.clearAuthentication();

    browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
    AppPages pages = new AppPages(browser);
    pages.screen(1366, 768);
    browser.loginAs("baima.clerk", PASSWORD);
    browser.openTask(taskId);
    pages.click(By.xpath("//a[normalize-space()='办理操作']"));
    fill(pages, "consultees", "baima.head");
    fill(pages, "consultQuestion", "研究结论中对消防验收的判断是否妥当，请提出意见");
    pages.scrollTo(By.cssSelector("[data-action='consult']"));
    pages.click(By.cssSelector("[data-action='consult']"));
    pages.waitForText(By.cssSelector("[data-answer='consult']"), "已征求意见");
    pages.waitForText(By.cssSelector("[data-section='consultations']"), "待答复");
    pages.scrollTo(By.cssSelector("[data-section='consult']"));
    pages.screenshot("16-clerk-consult");

    FormSchema study = FormSchema.load("decision-study-proposal");
    AssertionError held = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () ->
        browser.completeTask(taskId, study, java.util.Map.of("studyConclusion", "问题属实，改造必要且可行"),
            () -> TestUsers.asEngine(identityService, () -> taskService.createTaskQuery().taskId(taskId).count() == 0)));
    assertThat(held.getMessage()).contains("本任务征求的意见尚未全部答复");
    pages.screenshot("16-clerk-consult-held");

    Task answer = TestUsers.asEngine(identityService, () -> taskService.createTaskQuery()
        .processDefinitionKey(ConsultationProcess.KEY).processInstanceBusinessKey(no).singleResult());
    assertThat(answer.getAssignee()).isEqualTo("baima.head");
    browser.loginAs("baima.head", PASSWORD);
    browser.completeTask(answer.getId(), FormSchema.load("task-consultation-opinion"),
        java.util.Map.of("consultationOpinion", "判断妥当，建议附消防验收意见书"),
        () -> TestUsers.asEngine(identityService, () -> taskService.createTaskQuery().taskId(answer.getId()).count() == 0),
        java.util.Set.of("consultationQuestion", "consultedTaskName"));

    browser.loginAs("baima.clerk", PASSWORD);
    browser.openTask(taskId);
    pages.click(By.xpath("//a[normalize-space()='办理操作']"));
    pages.waitForText(By.cssSelector("[data-section='consultations']"), "判断妥当，建议附消防验收意见书");
    pages.scrollTo(By.cssSelector("[data-section='consultations']"));
    pages.screenshot("17-clerk-consultation-answered");
    browser.completeTask(taskId, study, java.util.Map.of("studyConclusion", "问题属实，改造必要且可行"),
        () -> TestUsers.asEngine(identityService, () -> taskService.createTaskQuery().taskId(taskId).count() == 0));
    assertThat(trail.trail(no)).extracting(StageRecord::getEvent)
        .containsSubsequence(TaskConsultations.CONSULTED, TaskConsultations.ANSWERED);
  }

  private static void fill(AppPages pages, String name, String text) {
    var field = pages.waitFor(By.cssSelector("[name='" + name + "']"));
    field.clear();
    field.sendKeys(text);
  }
}
