package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's gate in front of every major-decision procedure: only an item of the unit's
 * published catalogue that has not started yet may start one; a matter outside the catalogue needs
 * an approved adjustment first (then it is an item), or a recorded emergency reason that auditors
 * can see (Decree 713 Art. 3 para. 3; Zhejiang Decree 337 Art. 7's exception for urgent matters).
 * Both the engine (Task_RegisterDecision) and the REST API ask this one place.
 */
@Service
public class StartEligibility {

  /** Start form fields. */
  public static final String ITEM_NO = "catalogueItemNo";
  public static final String EMERGENCY_REASON = "emergencyReason";

  static final int MIN_EMERGENCY_REASON = 10;
  static final int MAX_EMERGENCY_REASON = 2000;

  private final Catalogues catalogues;
  private final CatalogueRepository catalogueRepository;
  private final DecisionRegister register;

  public StartEligibility(Catalogues catalogues, CatalogueRepository catalogueRepository, DecisionRegister register) {
    this.catalogues = catalogues;
    this.catalogueRepository = catalogueRepository;
    this.register = register;
  }

  /** On what basis a decision starts: its catalogue item, or (item null) its emergency reason. */
  public record Basis(CatalogueItem item, String emergencyReason) {

    public boolean emergency() {
      return item == null;
    }
  }

  /**
   * @throws ProcedureViolation (a statutory {@link cn.gov.pujiang.decision.refusal.Refusal}) naming the field at fault when the matter may not start
   */
  @Transactional(readOnly = true)
  public Basis check(String unitCode, String itemNo, String emergencyReason) {
    String no = itemNo == null ? "" : itemNo.trim();
    if (!no.isEmpty()) {
      Optional<CatalogueItem> found = catalogues.findItem(no);
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
            "目录事项 " + no + " 所在的" + catalogue.getYear() + "年度目录尚未公布（当前：" + catalogue.getStatus().label()
                + "），只有已公布目录中的事项才能启动决策程序");
      }
      if (item.getStatus() == ItemStatus.WITHDRAWN) {
        throw new ProcedureViolation(ITEM_NO, "目录事项 " + Quote.of(no) + " 已经批准撤销，不能启动决策程序");
      }
      if (item.getStatus() == ItemStatus.STARTED) {
        String decisionNo = register.findByCatalogueItem(item.getId()).map(d -> d.getDecisionNo()).orElse("");
        throw new ProcedureViolation(ITEM_NO, "目录事项 " + Quote.of(no) + " 已经启动决策程序（决策编号 " + decisionNo + "），不能重复启动");
      }
      return new Basis(item, null);
    }
    String reason = emergencyReason == null ? "" : emergencyReason.trim();
    if (reason.isEmpty()) {
      throw new ProcedureViolation(
          ITEM_NO,
          "请填写年度决策事项目录中的事项编号。目录外的事项须先申请调整目录并经批准；"
              + "确因紧急情况须立即启动的，请填写紧急情况说明");
    }
    if (reason.length() < MIN_EMERGENCY_REASON) {
      throw new ProcedureViolation(
          EMERGENCY_REASON, "紧急情况说明不少于" + MIN_EMERGENCY_REASON + "个字，请写明紧急情形和不能先调整目录的原因");
    }
    if (reason.length() > MAX_EMERGENCY_REASON) {
      throw new ProcedureViolation(EMERGENCY_REASON, "紧急情况说明不得超过" + MAX_EMERGENCY_REASON + "个字");
    }
    return new Basis(null, reason);
  }
}
