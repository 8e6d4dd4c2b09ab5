package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.FairCompetitionReview.Conclusion;
import cn.gov.pujiang.decision.lifecycle.FairCompetitionReview.Step;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Elements;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Values;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_DrafterFairCompetitionReview (起草单位审查/初审) and
 * Task_ReviewFairCompetition (县市场监管局会同起草单位审查). Reads fairCompetitionResult (PASS, FAIL
 * or EXCEPTION), fairCompetitionOpinion, fairCompetitionStakeholdersHeard (《公平竞争审查条例》第十六条)
 * and, for EXCEPTION, fairCompetitionExceptionReason (第十二条、第十七条). Writes one row of
 * md_fair_competition_review (conclusion, date, reviewer and unit) and the trail entry
 * FAIR_COMPETITION_REVIEWED, so that the result does not live only in process variables.
 */
@Component("fairCompetitionReviewCheck")
public class FairCompetitionReviewCheck extends CompletionCheck {

  /** Reviewer unit recorded for the county market-regulation department's step. */
  static final String MARKET_REGULATOR_UNIT = Groups.FAIR_COMPETITION_REVIEW;

  private final StageRecords records;
  private final FairCompetitionReviewRepository reviews;
  private final DecisionRegister register;
  private final Actors actors;
  private final EngineClock clock;

  public FairCompetitionReviewCheck(StageRecords records, FairCompetitionReviewRepository reviews,
      DecisionRegister register, Actors actors, EngineClock clock) {
    this.records = records;
    this.reviews = reviews;
    this.register = register;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  protected void check(DelegateExecution execution) {
    Conclusion conclusion = conclusion(text(execution, Vars.FAIR_COMPETITION_RESULT));
    if (conclusion == null) {
      throw new ProcedureViolation("请选择公平竞争审查结论");
    }
    if (blank(execution, Vars.FAIR_COMPETITION_OPINION)) {
      throw new ProcedureViolation("请填写公平竞争审查意见（《公平竞争审查条例》第十三条、第十四条）");
    }
    if (blank(execution, Vars.FAIR_COMPETITION_STAKEHOLDERS)) {
      throw new ProcedureViolation("请写明听取有关经营者、行业协会商会等利害关系人意见的情况（《公平竞争审查条例》第十六条）");
    }
    String exceptionReason = null;
    if (conclusion == Conclusion.EXCEPTION) {
      if (execution.getBpmnModelInstance().getModelElementById(Elements.TASK_DRAFTER_FAIR_COMPETITION) == null) {
        // An instance on a model version whose gateway knows only PASS and FAIL would stop with an engine error.
        throw new ProcedureViolation("本决策按旧版流程办理，不能选择第十二条例外情形；请联系系统管理员将流程实例迁移到新版本");
      }
      if (blank(execution, Vars.FAIR_COMPETITION_EXCEPTION_REASON)) {
        throw new ProcedureViolation("适用第十二条例外情形的，请说明理由：对实现政策目的不可或缺、不会严重排除和限制市场竞争，并明确实施期限（《公平竞争审查条例》第十二条、第十七条）");
      }
      exceptionReason = text(execution, Vars.FAIR_COMPETITION_EXCEPTION_REASON);
    }
    Decision decision = register.get(execution.getProcessBusinessKey());
    boolean marketRegulator = Elements.TASK_REVIEW_FAIR_COMPETITION.equals(execution.getCurrentActivityId());
    reviews.save(new FairCompetitionReview(
        decision.getId(),
        marketRegulator ? Step.MARKET_REGULATOR : Step.DRAFTER,
        marketRegulator ? MARKET_REGULATOR_UNIT : decision.getUnitCode(),
        actors.current(),
        conclusion,
        text(execution, Vars.FAIR_COMPETITION_OPINION),
        text(execution, Vars.FAIR_COMPETITION_STAKEHOLDERS),
        exceptionReason,
        clock.now(),
        execution.getProcessInstanceId()));
    records.record(
        execution, "PROCEDURES", "FAIR_COMPETITION_REVIEWED",
        (marketRegulator ? "县市场监管局会同起草单位审查，" : "起草单位审查，")
            + switch (conclusion) {
              case PASS -> "符合公平竞争审查标准：";
              case FAIL -> "违反公平竞争审查标准，须调整：";
              case EXCEPTION -> "适用第十二条例外情形（" + exceptionReason + "）：";
            }
            + text(execution, Vars.FAIR_COMPETITION_OPINION));
  }

  private static Conclusion conclusion(String value) {
    if (Values.PASS.equals(value)) {
      return Conclusion.PASS;
    }
    if (Values.FAIL.equals(value)) {
      return Conclusion.FAIL;
    }
    if (Values.EXCEPTION.equals(value)) {
      return Conclusion.EXCEPTION;
    }
    return null;
  }
}
