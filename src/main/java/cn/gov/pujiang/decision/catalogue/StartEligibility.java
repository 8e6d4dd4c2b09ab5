package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's gate in front of every major-decision procedure: only an item of the unit's
 * published catalogue that has not started yet may start one. A matter outside the catalogue is
 * added by an approved adjustment first (Decree 713 Art. 3 para. 3), and then it is an item; there
 * is no other way in (the legal review of the models: the former "emergency reason" start cited a rule that says the
 * opposite). An emergency-response decision (突发事件应急处置决策) is outside this procedure
 * altogether (Art. 3 para. 2): the answer says so and nothing is registered. Both the engine
 * (Task_RegisterDecision) and the REST API ask this one place.
 */
@Service
public class StartEligibility {

  /** Start form fields. */
  public static final String ITEM_NO = "catalogueItemNo";
  /** The start form's question: is this an emergency-response decision? */
  public static final String EMERGENCY_RESPONSE = "emergencyResponse";
  /**
   * The former emergency start's field. Decisions started that way keep their reason in
   * md_decision.emergency_reason (readable, flagged 目录外紧急启动); a new start naming one is refused.
   */
  public static final String EMERGENCY_REASON = "emergencyReason";

  static final String NOT_THIS_PROCEDURE =
      "突发事件应急处置决策不适用重大行政决策程序（《重大行政决策程序暂行条例》第三条第二款），"
          + "请依照《中华人民共和国突发事件应对法》和本级应急预案办理。本次未登记任何决策。";
  static final String OUTSIDE_CATALOGUE =
      "请填写年度决策事项目录中的事项编号。目录外的事项，须先在“决策事项目录”页面点击“不在目录中”申请新增事项，"
          + "经批准列入目录后再启动决策程序（《重大行政决策程序暂行条例》第三条第三款）";

  private final CatalogueItems catalogueItems;
  private final CatalogueRepository catalogueRepository;
  private final DecisionRegister register;

  public StartEligibility(CatalogueItems catalogueItems, CatalogueRepository catalogueRepository, DecisionRegister register) {
    this.catalogueItems = catalogueItems;
    this.catalogueRepository = catalogueRepository;
    this.register = register;
  }

  /**
   * The catalogue item a decision starts from.
   *
   * @param emergencyResponse the clerk's answer to the emergency-response question
   * @param emergencyReason a former emergency start's reason: refused when given
   * @throws ProcedureViolation naming the field at fault when the matter may not start
   */
  @Transactional(readOnly = true)
  public CatalogueItem check(String unitCode, String itemNo, boolean emergencyResponse, String emergencyReason) {
    if (emergencyResponse) {
      throw new ProcedureViolation(EMERGENCY_RESPONSE, NOT_THIS_PROCEDURE);
    }
    String no = itemNo == null ? "" : itemNo.trim();
    if (no.isEmpty()) {
      throw new ProcedureViolation(ITEM_NO, OUTSIDE_CATALOGUE);
    }
    if (emergencyReason != null && !emergencyReason.isBlank()) {
      throw new ProcedureViolation(EMERGENCY_REASON,
          "紧急情况说明不能作为启动依据：目录中的事项按目录启动，目录外的事项先申请调整目录（第三条第三款），"
              + "突发事件应急处置决策不适用本程序（第三条第二款）");
    }
    Optional<CatalogueItem> found = catalogueItems.findItem(no);
    if (found.isEmpty()) {
      throw new ProcedureViolation(ITEM_NO, "目录事项编号不存在：" + Quote.of(no) + "，请核对年度决策事项目录");
    }
    CatalogueItem item = found.get();
    Catalogue catalogue = catalogueRepository.findById(item.getCatalogueId()).orElseThrow();
    if (!catalogue.getUnitCode().equals(unitCode)) {
      throw new ProcedureViolation(ITEM_NO, "目录事项 " + Quote.of(no) + " 不属于所选决策机关的目录");
    }
    if (catalogue.getStatus() != CatalogueStatus.PUBLISHED) {
      throw new ProcedureViolation(
          ITEM_NO,
          "目录事项 " + Quote.of(no) + " 所在的" + catalogue.getYear() + "年度目录尚未公布（当前：" + catalogue.getStatus().label()
              + "），只有已公布目录中的事项才能启动决策程序");
    }
    if (item.getStatus() == ItemStatus.WITHDRAWN) {
      throw new ProcedureViolation(ITEM_NO, "目录事项 " + Quote.of(no) + " 已经批准撤销，不能启动决策程序");
    }
    if (item.getStatus() == ItemStatus.STARTED) {
      String decisionNo = register.findByCatalogueItem(item.getId()).map(d -> d.getDecisionNo()).orElse("");
      // A state conflict (409), e.g. the same start sent twice: the first one made the decision.
      throw new Refusal(Refusal.Kind.CONFLICT, "DUPLICATE_START", ITEM_NO,
          "目录事项 " + Quote.of(no) + " 已经启动决策程序（决策编号 " + decisionNo + "），不能重复启动");
    }
    return item;
  }
}
