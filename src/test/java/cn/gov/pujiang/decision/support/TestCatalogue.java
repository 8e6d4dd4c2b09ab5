package cn.gov.pujiang.decision.support;

import cn.gov.pujiang.decision.catalogue.AdjustmentInput;
import cn.gov.pujiang.decision.catalogue.Catalogue;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustment;
import cn.gov.pujiang.decision.catalogue.CatalogueItem;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Values;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueStatus;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.catalogue.ItemInput;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Gives a test a catalogue item that may start a decision: the unit's catalogue for the engine
 * clock's year is opened, compiled, approved, consented and published through the real
 * decision-catalogue process when it does not exist yet; once it is published, each further item is
 * added through an approved catalogue-adjustment, as a unit would do during the year. Every call
 * gives a new item (an item starts one decision only).
 */
public class TestCatalogue {

  private final Catalogues catalogues;
  private final CatalogueItems catalogueItems;
  private final CatalogueAdjustments catalogueAdjustments;
  private final CatalogueRepository catalogueRepository;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final org.camunda.bpm.engine.RuntimeService runtimeService;
  private final org.camunda.bpm.engine.IdentityService identityService;

  public TestCatalogue(Catalogues catalogues, CatalogueItems catalogueItems, CatalogueAdjustments catalogueAdjustments,
      CatalogueRepository catalogueRepository, ProcessEngine engine) {
    this.catalogues = catalogues;
    this.catalogueItems = catalogueItems;
    this.catalogueAdjustments = catalogueAdjustments;
    this.catalogueRepository = catalogueRepository;
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
    this.runtimeService = engine.getRuntimeService();
    this.identityService = engine.getIdentityService();
  }

  public static int currentYear() {
    return ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear();
  }

  /** A new item of the unit's published catalogue of this year; returns its item number. */
  public String publishedItemNo(String unit) {
    return publishedItem(unit, "测试目录事项-" + UUID.randomUUID().toString().substring(0, 8)).getItemNo();
  }

  /**
   * A test fixture, not a user's step: the catalogue is prepared as the engine itself (no acting
   * user, so no authorization checks), then the caller's sign-in is restored.
   */
  public CatalogueItem publishedItem(String unit, String title) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return publishItem(unit, title);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private CatalogueItem publishItem(String unit, String title) {
    int year = currentYear();
    Catalogue catalogue =
        catalogueRepository.findByUnitCodeAndYear(unit, year).orElseGet(() -> catalogues.open(unit, year));
    if (catalogue.getStatus() != CatalogueStatus.PUBLISHED) {
      if (catalogue.getStatus() == CatalogueStatus.COMPILING) {
        CatalogueItem item = catalogueItems.addItem(catalogue.getId(), item(title, year));
        catalogues.submit(catalogue.getId(), "面向各办公室征集事项，经筛选后列入");
        approveAndPublish(catalogue.businessKey());
        return catalogueItems.item(item.getId());
      }
      approveAndPublish(catalogue.businessKey());
    }
    CatalogueAdjustment adjustment =
        catalogueAdjustments.requestAdjustment(
            catalogue.getId(), new AdjustmentInput("ADD", null, "年度中新增的决策事项，经研究须列入目录", null, item(title, year)));
    approveAdjustment(adjustment.businessKey());
    return catalogueItems.item(catalogueAdjustments.adjustment(adjustment.getId()).getItemId());
  }

  /** Completes the approval and consent tasks of an opened catalogue and runs its publication job. */
  public void approveAndPublish(String businessKey) {
    Task approve = openTask(businessKey, "Task_ApproveCatalogue");
    if (approve != null) {
      taskService.complete(approve.getId(), LifecycleDriver.vars(
          Vars.APPROVAL_DECISION, Values.APPROVE,
          Vars.MEETING_DATE, LocalDate.of(currentYear(), 1, 1).toString(),
          Vars.APPROVAL_OPINION, "同意该目录"));
    }
    consent(businessKey);
    runJobs(businessKey);
    recordPublication(businessKey, "Task_RecordCataloguePublication");
  }

  public void approveAdjustment(String businessKey) {
    taskService.complete(openTask(businessKey, "Task_ApproveAdjustment").getId(), LifecycleDriver.vars(
        Vars.ADJUSTMENT_DECISION, Values.APPROVE, Vars.ADJUSTMENT_OPINION, "同意调整"));
    consent(businessKey);
    runJobs(businessKey);
    recordPublication(businessKey, "Task_RecordAdjustmentPublication");
  }

  /** Art. 3 ¶3: the office records when, where and under which address the catalogue or adjustment was published. */
  private void recordPublication(String businessKey, String taskKey) {
    Task record = openTask(businessKey, taskKey);
    if (record != null) {
      taskService.complete(record.getId(), LifecycleDriver.vars(
          Vars.PUBLISHED_ON, LocalDate.of(currentYear(), 1, 1).toString(),
          Vars.PUBLICATION_CHANNEL, "PORTAL",
          Vars.PUBLICATION_REFERENCE, "https://www.pj.gov.cn/art/" + currentYear() + "/1/1/catalogue.html"));
    }
  }

  private void consent(String businessKey) {
    Task consent = openTask(businessKey, null);
    if (consent != null && consent.getTaskDefinitionKey().contains("Consent")) {
      taskService.complete(consent.getId(), LifecycleDriver.vars(
          Vars.PARTY_CONSENT, Values.CONSENTED,
          Vars.PARTY_CONSENT_DOCUMENT, "党委会议纪要〔" + currentYear() + "〕1号",
          Vars.PARTY_CONSENT_DATE, LocalDate.of(currentYear(), 1, 1).toString()));
    }
  }

  private Task openTask(String businessKey, String key) {
    var query = taskService.createTaskQuery().processInstanceBusinessKey(businessKey);
    if (key != null) {
      query.taskDefinitionKey(key);
    }
    List<Task> tasks = query.list();
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  /** As the job executor runs them: with no user signed in (a user may not run a job, ADR 0017). */
  private void runJobs(String businessKey) {
    TestUsers.runAsEngine(identityService, () -> {
      for (var pi : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
        for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).list()) {
          managementService.executeJob(job.getId());
        }
      }
    });
  }

  public static ItemInput item(String title, int year) {
    return new ItemInput(
        title, "经济发展办公室", "《重大行政决策程序暂行条例》第三条；事关群众切身利益",
        List.of("PUBLIC_PARTICIPATION"), LocalDate.of(year, 12, 31), null);
  }
}
