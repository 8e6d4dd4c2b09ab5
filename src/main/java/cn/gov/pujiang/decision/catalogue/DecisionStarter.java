package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.process.CommonVariables;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.refusal.TextRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts major-decision from the REST API with the same variables the Tasklist start form submits.
 * The catalogue gate is checked here first, so that a refusal names its field in a 400; the engine
 * checks it again in Task_RegisterDecision, in the same transaction, so the API cannot bypass it.
 */
@Service
public class DecisionStarter {

  static final Set<String> PROPOSER_TYPES = Set.of("LEADER", "DEPARTMENT", "DEPUTY_PROPOSAL", "PUBLIC_WRITTEN");

  private final StartEligibility eligibility;
  private final Catalogues catalogues;
  private final CatalogueItems catalogueItems;
  private final RuntimeService runtimeService;
  private final DecisionRegister register;

  public DecisionStarter(
      StartEligibility eligibility, Catalogues catalogues, CatalogueItems catalogueItems, RuntimeService runtimeService, DecisionRegister register) {
    this.eligibility = eligibility;
    this.catalogues = catalogues;
    this.catalogueItems = catalogueItems;
    this.runtimeService = runtimeService;
    this.register = register;
  }

  /** Starts the procedure of a catalogue item; the decision takes the item's title. */
  @Transactional
  public Decision startItem(long itemId, StartRequest request) {
    CatalogueItem item = catalogueItems.item(itemId);
    Catalogue catalogue = catalogues.get(item.getCatalogueId());
    return start(item.getTitle(), catalogue.getUnitCode(), item.getItemNo(), false, null, request);
  }

  /** Starts a decision of the catalogue item named by its number (the only basis, Decree 713 Art. 3). */
  @Transactional
  public Decision start(DecisionStartRequest request) {
    if (request.decisionTitle() == null || request.decisionTitle().isBlank()) {
      throw Refusal.invalid("decisionTitle", "请填写决策事项名称");
    }
    if (request.decisionTitle().trim().length() > 200) {
      throw Refusal.invalid("decisionTitle", "决策事项名称不得超过200个字");
    }
    TextRules.requireOneLine("decisionTitle", "决策事项名称", request.decisionTitle());
    catalogues.unit(request.decisionUnit());
    return start(
        request.decisionTitle().trim(),
        request.decisionUnit(),
        request.catalogueItemNo(),
        Boolean.TRUE.equals(request.emergencyResponse()),
        request.emergencyReason(),
        new StartRequest(request.proposerType(), request.proposerName(), request.proposalSummary(), request.attributes()));
  }

  private Decision start(String title, String unit, String itemNo, boolean emergencyResponse, String emergencyReason,
      StartRequest request) {
    if (request == null) {
      throw Refusal.invalid("proposerType", "请填写决策建议的提出方式、提出人和主要内容");
    }
    if (request.proposerType() == null || !PROPOSER_TYPES.contains(request.proposerType())) {
      throw Refusal.invalid(
          "proposerType", "请选择决策建议的提出方式（第十条）：LEADER、DEPARTMENT、DEPUTY_PROPOSAL 或 PUBLIC_WRITTEN");
    }
    requireText(request.proposerName(), "proposerName", "提出人或提出单位", 100);
    requireText(request.proposalSummary(), "proposalSummary", "拟解决的主要问题、建议理由和依据、初步解决方案", 4000);
    eligibility.check(unit, itemNo, emergencyResponse, emergencyReason);
    Map<String, Object> vars = new HashMap<>();
    vars.put(CommonVariables.DECISION_TITLE, title);
    vars.put(CommonVariables.DECISION_UNIT, unit);
    vars.put(MajorDecisionProcess.Vars.PROPOSER_TYPE, request.proposerType());
    vars.put(MajorDecisionProcess.Vars.PROPOSER_NAME, request.proposerName().trim());
    vars.put(MajorDecisionProcess.Vars.PROPOSAL_SUMMARY, request.proposalSummary().trim());
    Set<String> known = Set.of(Attributes.ALL);
    Map<String, Boolean> attributes = request.attributes() == null ? Map.of() : request.attributes();
    for (String key : attributes.keySet()) {
      if (!known.contains(key)) {
        throw Refusal.invalid("attributes", "无法识别的事项属性：" + Quote.of(key) + "；可选：" + String.join("、", Attributes.ALL));
      }
    }
    for (String attribute : Attributes.ALL) {
      vars.put(attribute, Boolean.TRUE.equals(attributes.get(attribute)));
    }
    if (itemNo != null && !itemNo.isBlank()) {
      vars.put(StartEligibility.ITEM_NO, itemNo.trim());
    }
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(MajorDecisionProcess.KEY, vars);
    String decisionNo =
        (String) runtimeService.getVariable(pi.getId(), CommonVariables.DECISION_NO);
    return register.get(decisionNo);
  }

  private static void requireText(String value, String field, String label, int max) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "请填写" + label);
    }
    if (max <= 100) {
      TextRules.requireOneLine(field, label, value);
    } else {
      TextRules.requireMultiLine(field, label, value);
    }
    if (value.trim().length() > max) {
      throw Refusal.invalid(field, label + "不得超过" + max + "个字");
    }
  }
}
