package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Values;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.security.EngineUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data for a local trial (decision.demo-catalogue=true, set only by the demo profile): this
 * year's published catalogues of the county, 白马镇 and 浦阳街道, each taken through the real
 * decision-catalogue process by the demo users, and one started item so that the board shows a stage
 * and a due date. Runs once: a unit that already has this year's catalogue is left alone.
 */
@Component
@ConditionalOnProperty(name = "decision.demo-catalogue", havingValue = "true")
public class DemoCatalogueInitializer {

  private static final Logger log = LoggerFactory.getLogger(DemoCatalogueInitializer.class);

  private final Catalogues catalogues;
  private final CatalogueItems catalogueItems;
  private final CatalogueRepository catalogueRepository;
  private final DecisionStarter starter;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final EngineClock clock;

  public DemoCatalogueInitializer(
      Catalogues catalogues, CatalogueItems catalogueItems,
      CatalogueRepository catalogueRepository,
      DecisionStarter starter,
      TaskService taskService,
      ManagementService managementService,
      IdentityService identityService,
      EngineClock clock) {
    this.catalogues = catalogues;
    this.catalogueItems = catalogueItems;
    this.catalogueRepository = catalogueRepository;
    this.starter = starter;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
    this.clock = clock;
  }

  @EventListener
  @Order(3)
  public void onEngineReady(ApplicationReadyEvent event) {
    try {
      createDemoCatalogues(clock.now().getYear());
    } catch (RuntimeException e) {
      // Demo data must never keep the application from starting.
      log.warn("Demo catalogues could not be created completely: {}", e.getMessage(), e);
    }
  }

  private void createDemoCatalogues(int year) {
    publish("county", year, List.of(
        item("浦江县国土空间总体规划（" + year + "—2035年）实施方案", "县自然资源和规划局", "《重大行政决策程序暂行条例》第三条第一款第二项；重要规划",
            List.of("PUBLIC_PARTICIPATION", "HEARING", "EXPERT_ARGUMENTATION", "RISK_ASSESSMENT"), LocalDate.of(year, 11, 30)),
        item("浦江县城区公共停车收费标准调整", "县发展和改革局", "《浙江省定价目录》；涉及群众切身利益",
            List.of("PUBLIC_PARTICIPATION", "HEARING", "RISK_ASSESSMENT", "FAIR_COMPETITION_REVIEW"), LocalDate.of(year, 9, 30)),
        item("浦江县养老服务体系建设三年行动计划", "县民政局", "《重大行政决策程序暂行条例》第三条第一款第一项；重大公共政策",
            List.of("PUBLIC_PARTICIPATION", "EXPERT_ARGUMENTATION"), LocalDate.of(year, 12, 31))));
    boolean baimaNew = publish("baima", year, List.of(
        item("白马镇农贸市场改造提升方案", "白马镇经济发展办公室", "《重大行政决策程序暂行条例》第三条第一款第四项；重大公共建设项目",
            List.of("PUBLIC_PARTICIPATION", "RISK_ASSESSMENT", "FAIR_COMPETITION_REVIEW"), LocalDate.of(year, 10, 31)),
        item("白马镇集镇污水管网改造工程", "白马镇村镇建设办公室", "《城镇排水与污水处理条例》；事关群众切身利益",
            List.of("PUBLIC_PARTICIPATION", "EXPERT_ARGUMENTATION"), LocalDate.of(year, 12, 15)),
        item("白马镇美丽乡村精品线建设规划", "白马镇农业农村办公室", "《浙江省美丽乡村建设规范》；重要规划",
            List.of("PUBLIC_PARTICIPATION"), LocalDate.of(year, 12, 31))));
    publish("puyang", year, List.of(
        item("浦阳街道老旧小区综合改造实施方案", "浦阳街道城市管理办公室", "《重大行政决策程序暂行条例》第三条第一款第四项",
            List.of("PUBLIC_PARTICIPATION", "RISK_ASSESSMENT"), LocalDate.of(year, 12, 20))));
    if (baimaNew) {
      startFirstItem("baima", year);
    }
  }

  /**
   * Acts as the demo user with their groups, as their login would: with authorization checks on, a
   * user id alone (no groups) sees none of the group's tasks.
   */
  private void signIn(String userId) {
    identityService.setAuthentication(EngineUsers.authenticationOf(identityService, userId));
  }

  private boolean publish(String unit, int year, List<ItemInput> items) {
    if (catalogueRepository.findByUnitCodeAndYear(unit, year).isPresent()) {
      return false;
    }
    try {
      signIn(unit + ".secretary");
      Catalogue catalogue = catalogues.open(unit, year);
      for (ItemInput item : items) {
        catalogueItems.addItem(catalogue.getId(), item);
      }
      catalogues.submit(catalogue.getId(), "面向各部门（办公室）和社会公开征集事项，经筛选、征求意见后编制（演示数据）");
      signIn(unit + ".head");
      complete(catalogue.businessKey(), Map.of(
          Vars.APPROVAL_DECISION, Values.APPROVE,
          Vars.MEETING_DATE, LocalDate.of(year, 2, 26).toString(),
          Vars.APPROVAL_OPINION, "同意列入年度重大行政决策事项目录"));
      signIn(unit + ".secretary");
      complete(catalogue.businessKey(), Map.of(
          Vars.PARTY_CONSENT, Values.CONSENTED,
          Vars.PARTY_CONSENT_DOCUMENT, "党委会议纪要〔" + year + "〕2号（演示数据）",
          Vars.PARTY_CONSENT_DATE, LocalDate.of(year, 3, 5).toString()));
      runPublication(catalogue);
      signIn(unit + ".secretary");
      LocalDate today = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
          .atZone(cn.gov.pujiang.decision.engine.EngineClock.ZONE).toLocalDate();
      LocalDate publishedOn = LocalDate.of(year, 3, 6).isAfter(today) ? today : LocalDate.of(year, 3, 6);
      complete(catalogue.businessKey(), Map.of(
          Vars.PUBLISHED_ON, publishedOn.toString(),
          Vars.PUBLICATION_CHANNEL, PublicationChannel.PORTAL.name(),
          Vars.PUBLICATION_REFERENCE, "https://www.pj.gov.cn/demo/catalogue/" + unit + "/" + year));
      log.info("Demo catalogue {} {} published with {} items", unit, year, items.size());
      return true;
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * Runs the publication job now rather than waiting for the job executor, which may pick it up at
   * the same moment: then one of the two loses (optimistic locking) and the other has published.
   */
  private void runPublication(Catalogue catalogue) {
    // The job runs as the job executor would run it: as the engine, with no user (a user may not run jobs).
    identityService.clearAuthentication();
    for (int attempt = 0; attempt < 50; attempt++) {
      if (catalogueRepository.findById(catalogue.getId()).orElseThrow().getStatus() == CatalogueStatus.PUBLISHED) {
        return;
      }
      for (Job job : managementService.createJobQuery().processInstanceId(catalogue.getProcessInstanceId()).list()) {
        try {
          managementService.executeJob(job.getId());
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
          log.debug("Publication job {} taken by the job executor: {}", job.getId(), e.getMessage());
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("the publication of catalogue " + catalogue.businessKey() + " did not complete");
  }

  private void startFirstItem(String unit, int year) {
    try {
      signIn(unit + ".clerk");
      Catalogue catalogue = catalogueRepository.findByUnitCodeAndYear(unit, year).orElseThrow();
      CatalogueItem first = catalogueItems.items(catalogue.getId()).get(0);
      starter.startItem(first.getId(), new StartRequest(
          "DEPARTMENT", first.getOrganisingUnit(), "市场设施老化，存在消防隐患，拟改造提升（演示数据）",
          Map.of("mayAffectStability", true, "involvesMarketActors", true)));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void complete(String businessKey, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    taskService.complete(task.getId(), variables);
  }

  private static ItemInput item(
      String title, String organisingUnit, String basis, List<String> procedures, LocalDate completion) {
    return new ItemInput(title, organisingUnit, basis, procedures, completion, null);
  }
}
