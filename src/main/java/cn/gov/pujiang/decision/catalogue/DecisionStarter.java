package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts major-decision from the REST API with the same variables the Tasklist start form submits.
 * The start rules ({@link DecisionStartRules}) are asked here first, so that a refusal names its field in a
 * 400 before anything starts; the engine asks the same class again in Task_RegisterDecision, in the same
 * transaction, for every start.
 */
@Service
public class DecisionStarter {

  private final DecisionStartRules rules;
  private final Catalogues catalogues;
  private final CatalogueItems catalogueItems;
  private final RuntimeService runtimeService;
  private final DecisionRegister register;

  public DecisionStarter(
      DecisionStartRules rules, Catalogues catalogues, CatalogueItems catalogueItems, RuntimeService runtimeService,
      DecisionRegister register) {
    this.rules = rules;
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
    return start(
        request.decisionTitle(),
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
    // The engine asks the same rules again in Task_RegisterDecision, in this transaction.
    DecisionStartRules.Admitted start =
        rules.check(title, unit, request.proposerType(), itemNo, emergencyResponse, emergencyReason);
    Map<String, Object> vars = new HashMap<>();
    vars.put(CommonVariables.DECISION_TITLE, start.title());
    vars.put(CommonVariables.DECISION_UNIT, unit);
    vars.put(MajorDecisionProcess.Vars.PROPOSER_TYPE, start.proposerType());
    // The proposal's own fields were checked at the API (Bean Validation on the request records).
    vars.put(MajorDecisionProcess.Vars.PROPOSER_NAME, trimmed(request.proposerName()));
    vars.put(MajorDecisionProcess.Vars.PROPOSAL_SUMMARY, trimmed(request.proposalSummary()));
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

  private static String trimmed(String value) {
    return value == null ? null : value.trim();
  }
}
