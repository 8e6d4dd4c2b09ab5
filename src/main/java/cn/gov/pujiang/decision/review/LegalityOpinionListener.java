package cn.gov.pujiang.decision.review;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.flag;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.lifecycle.DraftAuthors;
import cn.gov.pujiang.decision.process.Actors;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.process.Texts;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Variables;
import cn.gov.pujiang.decision.process.CompletionCheck;
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
@Component("legalityOpinionListener")
public class LegalityOpinionListener extends CompletionCheck {

  private final Actors actors;
  private final StageRecords records;

  public LegalityOpinionListener(Actors actors, StageRecords records) {
    this.actors = actors;
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    String reviewer = actors.current();
    if (DraftAuthors.of(task).contains(reviewer)) {
      throw new ProcedureViolation("审查人员不得审查本人起草的决策草案，请由其他审查人员出具审查意见");
    }
    if (blank(task, Variables.LEGAL_ADVISER_OPINION)) {
      throw new ProcedureViolation("合法性审查应当听取法律顾问、公职律师的意见，尚无其意见的不得出具审查意见（第二十八条）");
    }
    LegalityOutcome outcome = LegalityOutcome.parse(text(task, Variables.LEGALITY_OUTCOME));
    if (outcome == null || !outcome.isOpinion()) {
      throw new ProcedureViolation("请选择审查结论：合法、修改后合法、不合法或探索性改革事项");
    }
    Texts.required(
        task, Variables.LEGALITY_OPINION, "审查意见", LegalityOpinion.MAX_OPINION,
        "请填写审查意见，就决策权限、决策程序和决策内容逐项出具意见（第二十七条）");
    if (outcome == LegalityOutcome.EXPLORATORY_RISK_DISCLOSED) {
      Texts.required(
          task, Variables.LEGAL_RISKS, "法律风险", LegalityOpinion.MAX_OPINION,
          "探索性改革事项应当明示法律风险（第二十五条）");
    } else {
      Texts.limited(task, Variables.LEGAL_RISKS, "法律风险", LegalityOpinion.MAX_OPINION);
    }
    boolean recheck =
        outcome == LegalityOutcome.LAWFUL_WITH_CHANGES
            && (task.getVariable(Variables.LEGALITY_RECHECK_REQUIRED) == null
                || flag(task, Variables.LEGALITY_RECHECK_REQUIRED));
    task.setVariable(Variables.LEGALITY_RECHECK_REQUIRED, recheck);
    task.setVariable(Variables.LEGALITY_REVIEWER, reviewer);
    records.record(
        task,
        DecisionStatus.LEGALITY_REVIEW.name(),
        "LEGALITY_OPINION_ISSUED",
        "出具合法性审查意见：" + outcome.label() + (recheck ? "（修改后需再次送审）" : ""));
  }
}
