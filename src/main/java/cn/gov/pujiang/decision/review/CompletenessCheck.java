package cn.gov.pujiang.decision.review;

import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.engine.Texts;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Values;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_CheckCompleteness (送审材料完整性审查), Decree 713 Art. 26 and Jinhua
 * Decree 64 Art. 5. Reads submissionComplete, completenessOpinion, countyGuidanceNeeded and
 * decisionUnit: a return needs its reason, and only a town may ask the county centre for guidance.
 * Writes countyGuidanceNeeded (as a boolean, for the gateway) and completenessCheckedBy.
 */
@Component("completenessCheck")
public class CompletenessCheck extends CompletionCheck {

  private final UnitRepository units;
  private final Actors actors;
  private final StageRecords records;

  public CompletenessCheck(UnitRepository units, Actors actors, StageRecords records) {
    this.units = units;
    this.actors = actors;
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    String result = text(task, Vars.SUBMISSION_COMPLETE);
    boolean complete = Values.COMPLETE.equals(result);
    if (!complete && !Values.INCOMPLETE.equals(result)) {
      throw new ProcedureViolation("请选择送审材料是否齐全（第二十六条）");
    }
    String reason =
        complete
            ? Texts.limited(task, Vars.COMPLETENESS_OPINION, "需要补充的材料及理由", LegalityOpinion.MAX_OPINION)
            : Texts.required(
                task, Vars.COMPLETENESS_OPINION, "需要补充的材料及理由", LegalityOpinion.MAX_OPINION, "退回补充的，请写明需要补充的材料（第二十六条）");
    boolean guidance = complete && flag(task, Vars.COUNTY_GUIDANCE_NEEDED);
    if (guidance && isCounty(text(task, CommonVariables.DECISION_UNIT))) {
      throw new ProcedureViolation("县人民政府的决策事项由县司法局审查，无须提请县合法性审查中心指导；该选项仅适用于乡镇（街道）");
    }
    task.setVariable(Vars.COUNTY_GUIDANCE_NEEDED, guidance);
    task.setVariable(Vars.COMPLETENESS_CHECKED_BY, actors.current());
    if (complete) {
      records.record(
          task,
          DecisionStatus.LEGALITY_REVIEW.name(),
          "SUBMISSION_ACCEPTED",
          guidance ? "送审材料齐全，予以受理；提请县合法性审查中心指导" : "送审材料齐全，予以受理");
    } else {
      records.record(
          task,
          DecisionStatus.LEGALITY_REVIEW.name(),
          "SUBMISSION_RETURNED",
          "送审材料不全，退回补充：" + reason);
    }
  }

  private boolean isCounty(String unitCode) {
    return unitCode != null && units.findById(unitCode).map(u -> u.isCounty()).orElse(false);
  }
}
