package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.organisation.Unit;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.refusal.TextRules;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The rules a major-decision start must meet, asked by both doors: the REST API ({@link DecisionStarter})
 * before it starts the process, and the engine ({@link RegisterDecisionDelegate}, Task_RegisterDecision)
 * for every start, including Tasklist's and /engine-rest's. A title, a decision unit that exists, one of
 * the proposer types of Decree 713 Art. 10, and an item of the unit's published catalogue ({@link
 * StartEligibility}). A start that breaks one is refused with a {@link ProcedureViolation} (a {@link
 * Refusal}, 400) naming the field, in Chinese; inside the engine the refusal rolls the start back, so nothing is registered.
 */
@Service
public class DecisionStartRules {

  static final int MAX_TITLE = 200;
  /** Decree 713 Art. 10: who may propose a decision; the start form's choices, in its order. */
  static final List<String> PROPOSER_TYPES = List.of("LEADER", "DEPARTMENT", "DEPUTY_PROPOSAL", "PUBLIC_WRITTEN");

  /** The field a unit refusal names, the same on every catalogue door. */
  static final String UNIT_FIELD = "unitCode";

  private final UnitRepository units;
  private final StartEligibility eligibility;

  public DecisionStartRules(UnitRepository units, StartEligibility eligibility) {
    this.units = units;
    this.eligibility = eligibility;
  }

  /** What a start that meets the rules is made of: the trimmed title, the unit and the catalogue item. */
  public record Admitted(String title, Unit unit, String proposerType, CatalogueItem item) {}

  /**
   * Checks a start.
   *
   * @param emergencyResponse the clerk's answer to the emergency-response question
   * @param emergencyReason a former emergency start's reason: refused when given
   * @throws Refusal naming the field at fault when the decision may not start
   */
  public Admitted check(String title, String unitCode, String proposerType, String itemNo,
      boolean emergencyResponse, String emergencyReason) {
    String trimmed = title == null ? "" : title.trim();
    if (trimmed.isEmpty()) {
      throw new ProcedureViolation("decisionTitle", "请填写决策事项名称");
    }
    if (trimmed.length() > MAX_TITLE) {
      throw new ProcedureViolation("decisionTitle", "决策事项名称不得超过" + MAX_TITLE + "个字");
    }
    String badText = TextRules.problem(trimmed, false);
    if (badText != null) {
      throw new ProcedureViolation("decisionTitle", "决策事项名称" + badText);
    }
    if (unitCode == null || unitCode.isBlank()) {
      throw new ProcedureViolation(UNIT_FIELD, "请选择决策机关");
    }
    // Codes are matched exactly, as everywhere (Catalogues.unit): a code with spaces is not a code.
    Unit unit = units.findById(unitCode).orElseThrow(() ->
        new ProcedureViolation(UNIT_FIELD, "决策机关不存在：" + Quote.of(unitCode) + "，请从列表中选择"));
    if (proposerType == null || !PROPOSER_TYPES.contains(proposerType.trim())) {
      throw new ProcedureViolation(
          "proposerType", "请选择决策建议的提出方式（第十条）：LEADER、DEPARTMENT、DEPUTY_PROPOSAL 或 PUBLIC_WRITTEN");
    }
    CatalogueItem item = eligibility.check(unitCode, itemNo, emergencyResponse, emergencyReason);
    return new Admitted(trimmed, unit, proposerType.trim(), item);
  }
}
