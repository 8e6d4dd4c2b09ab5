package cn.gov.pujiang.decision.lifecycle;

import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the required-procedures DMN (processes/required-procedures.dmn) to a matter's attributes
 * and keeps the resulting plan, with exemption reasons, in md_procedure_requirement.
 */
@Service
public class RequiredProcedures {

  private final DecisionService decisionService;
  private final ProcedureRequirementRepository requirements;
  private final DecisionRegister register;
  private final Actors actors;
  private final EngineClock clock;

  public RequiredProcedures(
      DecisionService decisionService,
      ProcedureRequirementRepository requirements,
      DecisionRegister register,
      Actors actors,
      EngineClock clock) {
    this.decisionService = decisionService;
    this.requirements = requirements;
    this.register = register;
    this.actors = actors;
    this.clock = clock;
  }

  /** Which procedures the rules require, each with the legal bases of the rules that fired. */
  public Map<Procedure, String> evaluate(Map<String, Object> attributes) {
    DmnDecisionResult result =
        decisionService
            .evaluateDecisionByKey(MajorDecisionProcess.PROCEDURES_DECISION)
            .variables(attributes)
            .evaluate();
    Map<Procedure, Set<String>> bases = new EnumMap<>(Procedure.class);
    result.forEach(
        rule -> {
          Procedure procedure = Procedure.valueOf(rule.getEntry("procedure"));
          bases.computeIfAbsent(procedure, p -> new LinkedHashSet<>()).add(rule.getEntry("legalBasis"));
        });
    Map<Procedure, String> required = new EnumMap<>(Procedure.class);
    bases.forEach((procedure, basis) -> required.put(procedure, String.join("；", basis)));
    return required;
  }

  /**
   * Records (or, after a re-consultation, updates) the plan of every procedure for a decision.
   *
   * @param decidedBy who confirmed the plan; null: the user acting now
   */
  @Transactional
  public void recordPlan(String decisionNo, List<PlanEntry> plan, String decidedBy) {
    Long decisionId = register.get(decisionNo).getId();
    register.recordsChanged(decisionId);
    for (PlanEntry entry : plan) {
      ProcedureRequirement requirement =
          requirements
              .findByDecisionIdAndProcedure(decisionId, entry.procedure())
              .orElseGet(() -> new ProcedureRequirement(decisionId, entry.procedure()));
      requirement.update(
          entry.required(),
          entry.planned(),
          entry.legalBasis(),
          entry.exemptionReason(),
          entry.exemptionReason() == null ? null : entry.procedure().lawfulException(),
          decidedBy == null ? actors.current() : decidedBy,
          clock.now());
      requirements.save(requirement);
    }
  }

  @Transactional(readOnly = true)
  public List<ProcedureRequirement> plan(String decisionNo) {
    return requirements.findByDecisionIdOrderByIdAsc(register.get(decisionNo).getId());
  }

  public record PlanEntry(
      Procedure procedure, boolean required, boolean planned, String legalBasis, String exemptionReason) {}
}
