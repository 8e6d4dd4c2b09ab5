package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.support.Routes.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.AdjustmentElements;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Elements;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Values;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.support.Stages;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * decision-catalogue and catalogue-adjustment: every gateway flow, the candidate groups per level,
 * the completion checks, what each path leaves in md_catalogue*, and the whole route of each path to an end.
 */
class DecisionCatalogueProcessTest extends ProcessTestSupport {

  /** Each test uses its own year, so catalogues of one unit never collide in the shared database. */
  private static final AtomicInteger YEAR = new AtomicInteger(2040);

  @Autowired CatalogueRules rules;
  @Autowired CataloguePublications publications;
  @Autowired CatalogueItemRepository itemRepository;

  @AfterEach
  void restoreRules() {
    rules.setPartyConsentRequired(true);
  }

  @Test
  void townCatalogueIsCompiledApprovedByItsJointMeetingConsentedByThePartyCommitteeAndPublished() {
    int year = YEAR.incrementAndGet();
    Catalogue catalogue = catalogues.open(TOWN, year);
    ProcessInstance pi = instance(catalogue);

    assertThat(pi).isWaitingAt(Elements.TASK_COMPILE);
    assertThat(task(pi)).hasCandidateGroup("baima-office");
    catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("白马镇农贸市场改造提升方案", year));
    catalogues.submit(catalogue.getId(), "面向各办公室、村（社区）征集，经班子研究筛选");

    assertThat(pi).isWaitingAt(Elements.TASK_APPROVE);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");
    assertThat(pi).variables()
        .containsEntry(Vars.APPROVAL_BODY, "乡镇（街道）党政联席会议")
        .hasEntrySatisfying(Vars.CATALOGUE_SUMMARY, s -> assertThat((String) s).contains("白马镇农贸市场改造提升方案", "合法性审查"));
    assertThat(catalogues.get(catalogue.getId()).getStatus()).isEqualTo(CatalogueStatus.UNDER_APPROVAL);

    complete(task(pi), approve(year));
    assertThat(pi).isWaitingAt(Elements.TASK_PARTY_CONSENT);
    assertThat(task(pi)).hasCandidateGroup("baima-office");
    complete(task(pi), consent(Values.CONSENTED));
    assertThat(catalogues.get(catalogue.getId()).getStatus()).isEqualTo(CatalogueStatus.UNDER_APPROVAL);
    execute(job(pi));
    assertThat(catalogues.get(catalogue.getId()).getStatus()).isEqualTo(CatalogueStatus.PUBLISHED);
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_PUBLICATION);
    assertThat(task(pi)).hasCandidateGroup("baima-office");
    identityService.setAuthenticatedUserId("baima.secretary");
    complete(task(pi), publication("PORTAL", "https://www.pj.gov.cn/art/2026/3/6/art_1229_1.html"));
    identityService.clearAuthentication();

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_COMPILE, Elements.TASK_APPROVE, Elements.GATEWAY_APPROVED,
        Elements.GATEWAY_CONSENT_REQUIRED, Elements.TASK_PARTY_CONSENT, Elements.GATEWAY_CONSENTED,
        Elements.GATEWAY_READY, Elements.TASK_PUBLISH, Elements.TASK_RECORD_PUBLICATION, Elements.END_PUBLISHED);
    assertThat(publications.of(catalogue.getId())).singleElement().satisfies(p -> {
      assertThat(p.adjustmentId()).isNull();
      assertThat(p.channel()).isEqualTo(PublicationChannel.PORTAL);
      assertThat(p.reference()).isEqualTo("https://www.pj.gov.cn/art/2026/3/6/art_1229_1.html");
      assertThat(p.publishedOn()).isNotNull();
      assertThat(p.recordedBy()).isEqualTo("baima.secretary");
    });
    Catalogue published = catalogues.get(catalogue.getId());
    assertThat(published.getStatus()).isEqualTo(CatalogueStatus.PUBLISHED);
    assertThat(published.getPublishedAt()).isNotNull();
    assertThat(published.getApprovalNote()).contains("党政联席会议", "审议通过", "同意列入");
    assertThat(published.getPartyConsentNote()).contains("镇党委会议纪要");
  }

  @Test
  void countyCatalogueGoesToTheExecutiveMeetingOfTheCountyGovernment() {
    Catalogue catalogue = catalogues.open(COUNTY, YEAR.incrementAndGet());
    ProcessInstance pi = instance(catalogue);
    catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("浦江县养老服务体系建设规划", catalogue.getYear()));
    catalogues.submit(catalogue.getId(), "县司法局公开征集，县政府办公室汇总");

    assertThat(pi).isWaitingAt(Elements.TASK_APPROVE);
    assertThat(task(pi)).hasCandidateGroup("county-leadership");
    assertThat(pi).variables().containsEntry(Vars.APPROVAL_BODY, "县政府常务会议");
    assertThat(catalogue.getApprovalBody()).isEqualTo("县政府常务会议");
  }

  @Test
  void returnedCatalogueGoesBackToCompilationAndItsItemsCanBeEditedAgain() {
    int year = YEAR.incrementAndGet();
    Catalogue catalogue = catalogues.open(TOWN, year);
    ProcessInstance pi = instance(catalogue);
    CatalogueItem item = catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("集镇污水管网改造", year));
    catalogues.submit(catalogue.getId(), "征集后筛选");

    complete(task(pi), withVariables(
        Vars.APPROVAL_DECISION, Values.RETURN, Vars.MEETING_DATE, LocalDate.parse(Stages.today()).minusDays(1).toString(),
        Vars.APPROVAL_OPINION, "请补充法律依据"));

    assertThat(pi).isWaitingAt(Elements.TASK_COMPILE);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(Elements.TASK_COMPILE).count()).isEqualTo(2);
    assertThat(catalogues.get(catalogue.getId()).getStatus()).isEqualTo(CatalogueStatus.COMPILING);
    assertThat(catalogues.get(catalogue.getId()).getApprovalNote()).contains("退回修改", "请补充法律依据");
    CatalogueItem edited =
        catalogueItems.updateItem(item.getId(), item.getVersion(), TestCatalogue.item("集镇污水管网改造工程", year));
    assertThat(edited.getTitle()).isEqualTo("集镇污水管网改造工程");

    catalogues.submit(catalogue.getId(), "补充法律依据后重新提交");
    publishApproved(pi, year);
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_COMPILE, Elements.TASK_APPROVE, Elements.GATEWAY_APPROVED,
        Elements.TASK_COMPILE, Elements.TASK_APPROVE, Elements.GATEWAY_APPROVED,
        Elements.GATEWAY_CONSENT_REQUIRED, Elements.TASK_PARTY_CONSENT, Elements.GATEWAY_CONSENTED,
        Elements.GATEWAY_READY, Elements.TASK_PUBLISH, Elements.TASK_RECORD_PUBLICATION, Elements.END_PUBLISHED);
  }

  @Test
  void partyCommitteeRefusalSendsTheCatalogueBackToCompilation() {
    ProcessInstance pi = approvedTownCatalogue();

    complete(task(pi), consent(Values.REFUSED));

    assertThat(pi).isWaitingAt(Elements.TASK_COMPILE).hasPassed(Elements.GATEWAY_CONSENTED)
        .hasNotPassed(Elements.GATEWAY_READY);
    Catalogue catalogue = catalogues.get(Long.parseLong(pi.getBusinessKey().substring("catalogue-".length())));
    assertThat(catalogue.getStatus()).isEqualTo(CatalogueStatus.COMPILING);
    assertThat(catalogue.getApprovalNote()).contains("同级党委未同意");

    catalogues.submit(catalogue.getId(), "按党委意见调整后重新提交");
    publishApproved(pi, catalogue.getYear());
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_COMPILE, Elements.TASK_APPROVE, Elements.GATEWAY_APPROVED,
        Elements.GATEWAY_CONSENT_REQUIRED, Elements.TASK_PARTY_CONSENT, Elements.GATEWAY_CONSENTED,
        Elements.TASK_COMPILE, Elements.TASK_APPROVE, Elements.GATEWAY_APPROVED,
        Elements.GATEWAY_CONSENT_REQUIRED, Elements.TASK_PARTY_CONSENT, Elements.GATEWAY_CONSENTED,
        Elements.GATEWAY_READY, Elements.TASK_PUBLISH, Elements.TASK_RECORD_PUBLICATION, Elements.END_PUBLISHED);
  }

  @Test
  void withoutConfiguredPartyConsentAnApprovedCatalogueIsPublishedDirectly() {
    rules.setPartyConsentRequired(false);
    ProcessInstance pi = approvedTownCatalogue();

    assertThat(pi).hasPassed(Elements.GATEWAY_READY).hasNotPassed(Elements.TASK_PARTY_CONSENT);
    execute(job(pi));
    complete(task(pi), publication("GAZETTE", "白马镇政务公开栏2026年第1期"));
    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_COMPILE, Elements.TASK_APPROVE, Elements.GATEWAY_APPROVED,
        Elements.GATEWAY_CONSENT_REQUIRED, Elements.GATEWAY_READY, Elements.TASK_PUBLISH,
        Elements.TASK_RECORD_PUBLICATION, Elements.END_PUBLISHED);
  }

  @Test
  void refusesToSubmitAnEmptyCatalogueOrOneWithoutACompilationNote() {
    Catalogue catalogue = catalogues.open(TOWN, YEAR.incrementAndGet());
    ProcessInstance pi = instance(catalogue);

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.COMPILATION_NOTE, "征集后筛选", Vars.ITEMS_CONFIRMED, true)))
        .isInstanceOf(ProcedureViolation.class).hasMessageContaining("目录中尚无事项");
    catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("山塘水库除险加固", catalogue.getYear()));
    assertThatThrownBy(() -> complete(task(pi), withVariables(Vars.ITEMS_CONFIRMED, true)))
        .isInstanceOf(ProcedureViolation.class).hasMessageContaining("编制说明");
    assertThatThrownBy(() -> complete(task(pi), withVariables(Vars.COMPILATION_NOTE, "征集后筛选", Vars.ITEMS_CONFIRMED, false)))
        .isInstanceOf(ProcedureViolation.class).hasMessageContaining("请确认每个事项");
    assertThat(pi).isWaitingAt(Elements.TASK_COMPILE);
    assertThat(catalogues.get(catalogue.getId()).getStatus()).isEqualTo(CatalogueStatus.COMPILING);
  }

  @Test
  void refusesAnApprovalRecordedBeforeTheMeetingIsHeld() {
    int year = YEAR.incrementAndGet();
    Catalogue catalogue = catalogues.open(TOWN, year);
    ProcessInstance pi = instance(catalogue);
    catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("美丽乡村建设三年行动", year));
    catalogues.submit(catalogue.getId(), "征集后筛选");

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.APPROVAL_DECISION, Values.APPROVE, Vars.MEETING_DATE, LocalDate.parse(Stages.today()).plusDays(3).toString(),
            Vars.APPROVAL_OPINION, "同意")))
        .isInstanceOf(ProcedureViolation.class).hasMessageContaining("会议日期不能晚于今天");
    assertThat(pi).isWaitingAt(Elements.TASK_APPROVE);
  }

  @Test
  void itemsOfACatalogueUnderApprovalCannotBeChangedDirectly() {
    int year = YEAR.incrementAndGet();
    Catalogue catalogue = catalogues.open(TOWN, year);
    CatalogueItem item = catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("农村公路提升改造", year));
    catalogues.submit(catalogue.getId(), "征集后筛选");

    assertThatThrownBy(() -> catalogueItems.updateItem(item.getId(), item.getVersion(), TestCatalogue.item("改名", year)))
        .isInstanceOf(Refusal.class).hasMessageContaining("审议中");
    assertThatThrownBy(() -> catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("另一事项", year)))
        .isInstanceOf(Refusal.class).hasMessageContaining("调整申请");
  }

  // ---- catalogue-adjustment ------------------------------------------------------------------

  @Test
  void approvedAdditionPutsANewItemIntoThePublishedCatalogue() {
    Catalogue catalogue = publishedTownCatalogue();
    CatalogueAdjustment adjustment =
        catalogueAdjustments.requestAdjustment(catalogue.getId(), new AdjustmentInput(
            "ADD", null, "上级部署新增任务，须纳入年度目录", null,
            TestCatalogue.item("白马镇垃圾分类处理站建设", catalogue.getYear())));
    ProcessInstance pi = adjustmentInstance(adjustment);

    assertThat(pi).isWaitingAt(AdjustmentElements.TASK_APPROVE);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");
    assertThat(pi).variables().hasEntrySatisfying(Vars.ADJUSTMENT_SUMMARY,
        s -> assertThat((String) s).contains("新增事项", "白马镇垃圾分类处理站建设", "上级部署新增任务"));
    identityService.setAuthenticatedUserId("baima.head");
    complete(task(pi), withVariables(Vars.ADJUSTMENT_DECISION, Values.APPROVE, Vars.ADJUSTMENT_OPINION, "同意新增"));
    assertThat(pi).isWaitingAt(AdjustmentElements.TASK_PARTY_CONSENT);
    assertThat(task(pi)).hasCandidateGroup("baima-office");
    complete(task(pi), consent(Values.CONSENTED));
    execute(job(pi));
    assertThat(pi).isWaitingAt(AdjustmentElements.TASK_RECORD_PUBLICATION);
    assertThat(task(pi)).hasCandidateGroup("baima-office");
    complete(task(pi), publication("NEWSPAPER", "浦江报2026年5月8日第2版"));

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        AdjustmentElements.START, AdjustmentElements.TASK_APPROVE, AdjustmentElements.GATEWAY_APPROVED,
        AdjustmentElements.GATEWAY_CONSENT_REQUIRED, AdjustmentElements.TASK_PARTY_CONSENT,
        AdjustmentElements.GATEWAY_CONSENTED, AdjustmentElements.GATEWAY_READY, AdjustmentElements.TASK_APPLY,
        AdjustmentElements.TASK_RECORD_PUBLICATION, AdjustmentElements.END_APPLIED);
    assertThat(publications.of(adjustment.getCatalogueId())).filteredOn(p -> adjustment.getId().equals(p.adjustmentId()))
        .singleElement().satisfies(p -> assertThat(p.reference()).isEqualTo("浦江报2026年5月8日第2版"));
    CatalogueAdjustment done = catalogueAdjustments.adjustment(adjustment.getId());
    assertThat(done.getStatus()).isEqualTo(AdjustmentStatus.APPROVED);
    assertThat(done.getDecidedBy()).isEqualTo("baima.head");
    assertThat(done.getDecisionOpinion()).contains("同意新增", "镇党委会议纪要");
    CatalogueItem added = catalogueItems.item(done.getItemId());
    assertThat(added.getTitle()).isEqualTo("白马镇垃圾分类处理站建设");
    assertThat(added.getOrigin()).isEqualTo(ItemOrigin.ADJUSTMENT);
    assertThat(added.getStatus()).isEqualTo(ItemStatus.PLANNED);
  }

  @Test
  void rejectedAdditionLeavesTheCatalogueAsItWas() {
    Catalogue catalogue = publishedTownCatalogue();
    long before = itemRepository.countByCatalogueId(catalogue.getId());
    CatalogueAdjustment adjustment =
        catalogueAdjustments.requestAdjustment(catalogue.getId(), new AdjustmentInput(
            "ADD", null, "拟新增", null, TestCatalogue.item("不予列入的事项", catalogue.getYear())));
    ProcessInstance pi = adjustmentInstance(adjustment);

    complete(task(pi), withVariables(Vars.ADJUSTMENT_DECISION, Values.REJECT, Vars.ADJUSTMENT_OPINION, "不属于重大行政决策"));
    execute(job(pi));

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        AdjustmentElements.START, AdjustmentElements.TASK_APPROVE, AdjustmentElements.GATEWAY_APPROVED,
        AdjustmentElements.TASK_REJECT, AdjustmentElements.END_REJECTED);
    assertThat(catalogueAdjustments.adjustment(adjustment.getId()).getStatus()).isEqualTo(AdjustmentStatus.REJECTED);
    assertThat(catalogueAdjustments.adjustment(adjustment.getId()).getDecisionOpinion()).isEqualTo("不属于重大行政决策");
    assertThat(itemRepository.countByCatalogueId(catalogue.getId())).isEqualTo(before);
  }

  @Test
  void partyCommitteeRefusalOfAnAdjustmentRejectsIt() {
    Catalogue catalogue = publishedTownCatalogue();
    CatalogueItem item = catalogueItems.items(catalogue.getId()).get(0);
    CatalogueAdjustment adjustment =
        catalogueAdjustments.requestAdjustment(catalogue.getId(), new AdjustmentInput("WITHDRAW", item.getItemNo(), "情况变化", null, null));
    ProcessInstance pi = adjustmentInstance(adjustment);

    complete(task(pi), withVariables(Vars.ADJUSTMENT_DECISION, Values.APPROVE, Vars.ADJUSTMENT_OPINION, "同意撤销"));
    complete(task(pi), consent(Values.REFUSED));
    execute(job(pi));

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        AdjustmentElements.START, AdjustmentElements.TASK_APPROVE, AdjustmentElements.GATEWAY_APPROVED,
        AdjustmentElements.GATEWAY_CONSENT_REQUIRED, AdjustmentElements.TASK_PARTY_CONSENT,
        AdjustmentElements.GATEWAY_CONSENTED, AdjustmentElements.TASK_REJECT, AdjustmentElements.END_REJECTED);
    assertThat(catalogueAdjustments.adjustment(adjustment.getId()).getStatus()).isEqualTo(AdjustmentStatus.REJECTED);
    assertThat(catalogueItems.item(item.getId()).getStatus()).isEqualTo(ItemStatus.PLANNED);
  }

  @Test
  void approvedWithdrawalAndPostponementChangeTheirItems() {
    rules.setPartyConsentRequired(false);
    Catalogue catalogue = publishedTownCatalogue();
    CatalogueItem first = catalogueItems.items(catalogue.getId()).get(0);
    CatalogueItem second = approveWithoutConsent(catalogueAdjustments.requestAdjustment(catalogue.getId(), new AdjustmentInput(
        "ADD", null, "新增", null, TestCatalogue.item("延期事项", catalogue.getYear()))));

    CatalogueAdjustment withdraw =
        catalogueAdjustments.requestAdjustment(catalogue.getId(), new AdjustmentInput("WITHDRAW", first.getItemNo(), "上级政策调整，不再实施", null, null));
    approveWithoutConsent(withdraw);
    LocalDate later = second.getPlannedCompletion().plusMonths(6);
    CatalogueAdjustment postpone =
        catalogueAdjustments.requestAdjustment(catalogue.getId(), new AdjustmentInput("POSTPONE", second.getItemNo(), "用地手续未完成", later, null));
    approveWithoutConsent(postpone);

    assertThat(catalogueItems.item(first.getId()).getStatus()).isEqualTo(ItemStatus.WITHDRAWN);
    assertThat(catalogueItems.item(second.getId()).getPlannedCompletion()).isEqualTo(later);
    assertThat(catalogueAdjustments.adjustment(postpone.getId()).getStatus()).isEqualTo(AdjustmentStatus.APPROVED);
  }

  @Test
  void refusesToApproveAWithdrawalOfAnItemThatStartedMeanwhile() {
    Catalogue catalogue = publishedTownCatalogue();
    CatalogueItem item = catalogueItems.items(catalogue.getId()).get(0);
    CatalogueAdjustment withdraw =
        catalogueAdjustments.requestAdjustment(catalogue.getId(), new AdjustmentInput("WITHDRAW", item.getItemNo(), "拟撤销", null, null));
    catalogueItems.markStarted(item);
    ProcessInstance pi = adjustmentInstance(withdraw);

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.ADJUSTMENT_DECISION, Values.APPROVE, Vars.ADJUSTMENT_OPINION, "同意")))
        .isInstanceOf(ProcedureViolation.class).hasMessageContaining("已启动");
    assertThat(pi).isWaitingAt(AdjustmentElements.TASK_APPROVE);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private CatalogueItem approveWithoutConsent(CatalogueAdjustment adjustment) {
    ProcessInstance pi = adjustmentInstance(adjustment);
    complete(task(pi), withVariables(Vars.ADJUSTMENT_DECISION, Values.APPROVE, Vars.ADJUSTMENT_OPINION, "同意"));
    execute(job(pi));
    complete(task(pi), publication("PORTAL", "https://www.pj.gov.cn/art/adjustment.html"));
    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        AdjustmentElements.START, AdjustmentElements.TASK_APPROVE, AdjustmentElements.GATEWAY_APPROVED,
        AdjustmentElements.GATEWAY_CONSENT_REQUIRED, AdjustmentElements.GATEWAY_READY, AdjustmentElements.TASK_APPLY,
        AdjustmentElements.TASK_RECORD_PUBLICATION, AdjustmentElements.END_APPLIED);
    return catalogueItems.item(catalogueAdjustments.adjustment(adjustment.getId()).getItemId());
  }

  /** From a submitted catalogue: approved, consented, published and its publication recorded. */
  private void publishApproved(ProcessInstance pi, int year) {
    complete(task(pi), approve(year));
    complete(task(pi), consent(Values.CONSENTED));
    execute(job(pi));
    complete(task(pi), publication("PORTAL", "https://www.pj.gov.cn/art/catalogue.html"));
    assertThat(pi).isEnded();
  }

  private ProcessInstance approvedTownCatalogue() {
    int year = YEAR.incrementAndGet();
    Catalogue catalogue = catalogues.open(TOWN, year);
    ProcessInstance pi = instance(catalogue);
    catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("农村饮用水提标改造", year));
    catalogues.submit(catalogue.getId(), "征集后筛选");
    complete(task(pi), approve(year));
    return pi;
  }

  private Catalogue publishedTownCatalogue() {
    int year = YEAR.incrementAndGet();
    Catalogue catalogue = catalogues.open(TOWN, year);
    catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("农贸市场改造提升方案", year));
    catalogues.submit(catalogue.getId(), "征集后筛选");
    testCatalogue().approveAndPublish(catalogue.businessKey());
    assertThat(catalogues.get(catalogue.getId()).getStatus()).isEqualTo(CatalogueStatus.PUBLISHED);
    return catalogues.get(catalogue.getId());
  }

  private ProcessInstance instance(Catalogue catalogue) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(catalogue.businessKey()).singleResult();
  }

  private ProcessInstance adjustmentInstance(CatalogueAdjustment adjustment) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(adjustment.businessKey()).singleResult();
  }

  @Test
  void refusesAPublicationRecordWithoutDateChannelOrAddressOrDatedInTheFuture() {
    rules.setPartyConsentRequired(false);
    ProcessInstance pi = approvedTownCatalogue();
    execute(job(pi));
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_PUBLICATION);
    String tomorrow = engineToday().plusDays(1).toString();

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.PUBLICATION_CHANNEL, "PORTAL", Vars.PUBLICATION_REFERENCE, "https://www.pj.gov.cn/a.html")))
        .hasMessageContaining("请填写公布日期");
    assertThatThrownBy(() -> complete(task(pi), withVariables(Vars.PUBLISHED_ON, tomorrow,
            Vars.PUBLICATION_CHANNEL, "PORTAL", Vars.PUBLICATION_REFERENCE, "https://www.pj.gov.cn/a.html")))
        .hasMessageContaining("不能晚于今天");
    assertThatThrownBy(() -> complete(task(pi), publication("RADIO", "浦江电台")))
        .hasMessageContaining("请选择公布渠道");
    assertThatThrownBy(() -> complete(task(pi), publication("PORTAL", "县政府网站")))
        .hasMessageContaining("http://");
    assertThatThrownBy(() -> complete(task(pi), publication("OTHER", " ")))
        .hasMessageContaining("请填写公布的网址");

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_PUBLICATION);
    assertThat(publications.of(catalogueIdOf(pi))).as("nothing stored from a refusal").isEmpty();
  }

  private static java.time.LocalDate engineToday() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
        .atZone(cn.gov.pujiang.decision.engine.EngineClock.ZONE).toLocalDate();
  }

  private long catalogueIdOf(ProcessInstance pi) {
    return ((Number) runtimeService.getVariable(pi.getId(), Vars.CATALOGUE_ID)).longValue();
  }

  private static Map<String, Object> publication(String channel, String reference) {
    return withVariables(Vars.PUBLISHED_ON, engineToday().toString(),
        Vars.PUBLICATION_CHANNEL, channel, Vars.PUBLICATION_REFERENCE, reference);
  }

  private static Map<String, Object> approve(int year) {
    return withVariables(
        Vars.APPROVAL_DECISION, Values.APPROVE, Vars.MEETING_DATE, LocalDate.parse(Stages.today()).minusDays(1).toString(),
        Vars.APPROVAL_OPINION, "同意列入年度目录");
  }

  private static Map<String, Object> consent(String value) {
    return withVariables(
        Vars.PARTY_CONSENT, value, Vars.PARTY_CONSENT_DOCUMENT, "镇党委会议纪要〔2026〕3号",
        Vars.PARTY_CONSENT_DATE, "2026-01-05");
  }
}
