package cn.gov.pujiang.decision.review;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.DraftAuthors;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.engine.Texts;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_IssueLegalityOpinion (出具合法性审查意见书), Decree 713 Arts. 25-28.
 * Reads draftedBy, legalAdviserOpinion, legalityOutcome, legalityOpinion, legalRisks and
 * legalityRecheckRequired. Refuses: a reviewer who drafted the decision (separation of duties,
 * docs/conventions.md), an opinion without the legal advisers' opinion (Art. 28), an exploratory
 * outcome without the disclosed risks (Art. 25). Writes legalityReviewer and
 * legalityRecheckRequired (true only for LAWFUL_WITH_CHANGES; unset there means true).
 */
@Component("legalityOpinionCheck")
public class LegalityOpinionCheck extends CompletionCheck {

  private final Actors actors;
  private final StageRecords records;

  public LegalityOpinionCheck(Actors actors, StageRecords records) {
    this.actors = actors;
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    String reviewer = actors.current();
    if (DraftAuthors.of(task).contains(reviewer)) {
      throw new ProcedureViolation("审查人员不得审查本人起草的决策草案，请由其他审查人员出具审查意见");
    }
    if (blank(task, Vars.LEGAL_ADVISER_OPINION)) {
      throw new ProcedureViolation("合法性审查应当听取法律顾问、公职律师的意见，尚无其意见的不得出具审查意见（第二十八条）");
    }
    LegalityOutcome outcome = LegalityOutcome.parse(text(task, Vars.LEGALITY_OUTCOME));
    if (outcome == null || !outcome.isOpinion()) {
      throw new ProcedureViolation("请选择审查结论：合法、修改后合法、不合法或探索性改革事项");
    }
    Texts.required(
        task, Vars.LEGALITY_OPINION, "审查意见", LegalityOpinion.MAX_OPINION,
        "请填写审查意见，就决策权限、决策程序和决策内容逐项出具意见（第二十七条）");
    if (outcome == LegalityOutcome.EXPLORATORY_RISK_DISCLOSED) {
      Texts.required(
          task, Vars.LEGAL_RISKS, "法律风险", LegalityOpinion.MAX_OPINION,
          "探索性改革事项应当明示法律风险（第二十五条）");
    } else {
      Texts.limited(task, Vars.LEGAL_RISKS, "法律风险", LegalityOpinion.MAX_OPINION);
    }
    boolean recheck =
        outcome == LegalityOutcome.LAWFUL_WITH_CHANGES
            && (task.getVariable(Vars.LEGALITY_RECHECK_REQUIRED) == null
                || flag(task, Vars.LEGALITY_RECHECK_REQUIRED));
    task.setVariable(Vars.LEGALITY_RECHECK_REQUIRED, recheck);
    task.setVariable(Vars.LEGALITY_REVIEWER, reviewer);
    records.record(
        task,
        DecisionStatus.LEGALITY_REVIEW.name(),
        "LEGALITY_OPINION_ISSUED",
        "出具合法性审查意见：" + outcome.label() + (recheck ? "（修改后需再次送审）" : ""));
  }
}
