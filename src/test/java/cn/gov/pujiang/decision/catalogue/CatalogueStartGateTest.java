package cn.gov.pujiang.decision.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRepository;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue gate on the engine path: the Tasklist start form of major-decision (submitted
 * through the FormService, as Tasklist does) cannot start a matter that is not an item of the unit's
 * published catalogue, unless an emergency reason is recorded.
 */
class CatalogueStartGateTest extends ProcessTestSupport {

  @Autowired StageRecords stageRecords;
  @Autowired DecisionRepository decisions;



  @Test
  void startFormWithAnItemOfAnUnpublishedCatalogueIsRefused() {
    Catalogue catalogue = catalogues.open("zhengzhai", 2080);
    CatalogueItem item = catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("郑宅镇古建筑保护利用", 2080));

    assertThatThrownBy(() -> driver.submitStartForm(form("zhengzhai", item.getItemNo(), null)))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessageContaining("2080年度目录尚未公布");
    assertThat(decisionRegister.findByCatalogueItem(item.getId())).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("major-decision")
        .variableValueEquals("catalogueItemNo", item.getItemNo()).count()).isZero();
  }

  @Test
  void startFormWithAnUnknownItemOrWithoutAnyBasisIsRefused() {
    assertThatThrownBy(() -> driver.submitStartForm(form(TOWN, "baima-2026-C404", null)))
        .isInstanceOf(ProcedureViolation.class).hasMessageContaining("目录事项编号不存在：baima-2026-C404");
    assertThatThrownBy(() -> driver.submitStartForm(form(TOWN, null, null)))
        .isInstanceOf(ProcedureViolation.class).hasMessageContaining("目录外的事项，须先在“决策事项目录”页面点击“不在目录中”申请新增事项");
    assertThatThrownBy(() -> driver.submitStartForm(form(TOWN, "", "  ")))
        .isInstanceOf(ProcedureViolation.class).hasMessageContaining("请填写年度决策事项目录中的事项编号");
  }

  @Test
  void itemOfAnotherUnitsCatalogueCannotStartThisUnitsDecision() {
    String countyItem = testCatalogue().publishedItemNo(COUNTY);
    assertThatThrownBy(() -> driver.submitStartForm(form(TOWN, countyItem, null)))
        .isInstanceOf(ProcedureViolation.class).hasMessageContaining("不属于所选决策机关的目录");
  }

  @Test
  void withdrawnItemCannotStart() {
    CatalogueItem item = testCatalogue().publishedItem("yantou", "岩头镇撤销的事项");
    CatalogueAdjustment withdraw = catalogueAdjustments.requestAdjustment(
        item.getCatalogueId(), new AdjustmentInput("WITHDRAW", item.getItemNo(), "情况变化，不再实施", null, null));
    testCatalogue().approveAdjustment(withdraw.businessKey());

    assertThatThrownBy(() -> driver.submitStartForm(form("yantou", item.getItemNo(), null)))
        .isInstanceOf(ProcedureViolation.class).hasMessageContaining("已经批准撤销");
  }

  @Test
  void publishedItemStartsOneDecisionLinkedToIt() {
    CatalogueItem item = testCatalogue().publishedItem("dafan", "大畈乡高山蔬菜基地建设");

    String no = driver.businessKeyOf(driver.submitStartForm(form("dafan", item.getItemNo(), null)));

    Decision decision = decisionRegister.get(no);
    assertThat(decision.getCatalogueItemId()).isEqualTo(item.getId());
    assertThat(decision.getEmergencyReason()).isNull();
    assertThat(catalogueItems.item(item.getId()).getStatus()).isEqualTo(ItemStatus.STARTED);
    assertThat(stageRecords.events(no, RegisterDecisionDelegate.CATALOGUE_ITEM_STARTED))
        .singleElement().satisfies(r -> assertThat(r.getSummary()).contains(item.getItemNo()));
    assertThatThrownBy(() -> driver.submitStartForm(form("dafan", item.getItemNo(), null)))
        .isInstanceOfSatisfying(cn.gov.pujiang.decision.refusal.Refusal.class,
            r -> assertThat(r.kind()).isEqualTo(cn.gov.pujiang.decision.refusal.Refusal.Kind.CONFLICT))
        .hasMessageContaining("不能重复启动");
  }

  /**
   * Decree 713 Art. 3 para. 3: a major matter not in the year's catalogue enters by an adjustment; the former
   * start with an "emergency reason" is gone, whatever the reason says, and nothing is registered.
   */
  @Test
  void refusesAStartOutsideTheCatalogueEvenWithAnEmergencyReasonAndRegistersNothing() {
    long before = decisions.count();

    assertThatThrownBy(() -> driver.submitStartForm(form("huaqiao", null, "山体滑坡威胁村民安全，须立即决定整体搬迁安置方案")))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessageContaining("目录外的事项，须先在“决策事项目录”页面点击“不在目录中”申请新增事项")
        .hasMessageContaining("第三条第三款");
    String itemNo = testCatalogue().publishedItemNo("huaqiao");
    assertThatThrownBy(() -> driver.submitStartForm(form("huaqiao", itemNo, "须立即启动")))
        .hasMessageContaining("紧急情况说明不能作为启动依据");

    assertThat(decisions.count()).isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("major-decision")
        .processInstanceBusinessKeyLike("huaqiao-%").count()).isZero();
  }

  /** Art. 3 para. 2: an emergency-response decision is outside this procedure; the answer says so. */
  @Test
  void answersThatAnEmergencyResponseDecisionIsOutsideTheProcedureAndRegistersNothing() {
    long before = decisions.count();
    Map<String, Object> form = form("huaqiao", null, null);
    form.put("emergencyResponse", true);

    assertThatThrownBy(() -> driver.submitStartForm(form))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessageContaining("突发事件应急处置决策不适用重大行政决策程序（《重大行政决策程序暂行条例》第三条第二款）")
        .hasMessageContaining("本次未登记任何决策");

    assertThat(decisions.count()).isEqualTo(before);
  }

  private static Map<String, Object> form(String unit, String itemNo, String emergencyReason) {
    Map<String, Object> form = Stages.startForm(unit);
    form.put("catalogueItemNo", itemNo);
    form.put("emergencyReason", emergencyReason);
    return form;
  }
}
