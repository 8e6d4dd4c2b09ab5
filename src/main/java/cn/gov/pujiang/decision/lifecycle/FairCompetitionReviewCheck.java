package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Values;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.process.CompletionCheck;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_ReviewFairCompetition (公平竞争审查). Reads
 * fairCompetitionResult (PASS or FAIL) and fairCompetitionOpinion, both required (《公平竞争审查条例》
 * Arts. 14, 18); writes the trail entry FAIR_COMPETITION_REVIEWED so that the result does not live
 * only in a process variable.
 */
@Component("fairCompetitionReviewCheck")
public class FairCompetitionReviewCheck extends CompletionCheck {

  private final StageRecords records;

  public FairCompetitionReviewCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    String result = text(execution, Vars.FAIR_COMPETITION_RESULT);
    if (!Values.PASS.equals(result) && !Values.FAIL.equals(result)) {
      throw new ProcedureViolation("请选择公平竞争审查结论");
    }
    if (blank(execution, Vars.FAIR_COMPETITION_OPINION)) {
      throw new ProcedureViolation("请填写公平竞争审查意见（《公平竞争审查条例》第十四条）");
    }
    records.record(
        execution, "PROCEDURES", "FAIR_COMPETITION_REVIEWED",
        (Values.PASS.equals(result) ? "符合公平竞争审查标准：" : "违反公平竞争审查标准，须调整：")
            + text(execution, Vars.FAIR_COMPETITION_OPINION));
  }
}
