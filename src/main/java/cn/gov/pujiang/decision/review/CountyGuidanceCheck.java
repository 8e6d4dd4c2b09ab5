package cn.gov.pujiang.decision.review;

import cn.gov.pujiang.decision.engine.Texts;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ProvideCountyGuidance (县合法性审查中心指导意见), Jinhua Decree 64 Art. 5.
 * Reads countyGuidanceOpinion (required); writes the trail entry COUNTY_GUIDANCE_GIVEN.
 */
@Component("countyGuidanceCheck")
public class CountyGuidanceCheck extends CompletionCheck {

  private final StageRecords records;

  public CountyGuidanceCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    String opinion =
        Texts.required(
            task, Vars.COUNTY_GUIDANCE_OPINION, "指导意见", LegalityOpinion.MAX_OPINION,
            "请填写县合法性审查中心的指导意见");
    records.record(
        task,
        DecisionStatus.LEGALITY_REVIEW.name(),
        "COUNTY_GUIDANCE_GIVEN",
        "县合法性审查中心出具指导意见：" + opinion);
  }
}
