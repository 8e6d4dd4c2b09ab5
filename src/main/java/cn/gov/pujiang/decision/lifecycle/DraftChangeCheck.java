package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Elements;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of the major-decision tasks whose whole output is one required
 * text: Task_StudyProposal (studyConclusion, Art. 10), Task_AdjustDraftForFairCompetition
 * (fairCompetitionAdjustment) and Task_AmendDraftPerOpinion (amendmentSummary, Art. 28). Refuses a
 * blank text and writes it to the trail; amending the draft also adds the user to draftedBy, so the
 * reviewer's separation of duties covers everyone who wrote the text.
 */
@Component("draftChangeCheck")
public class DraftChangeCheck extends CompletionCheck {

  private record Rule(String variable, String stage, String event, String message, boolean changesDraft) {}

  private static final Map<String, Rule> RULES =
      Map.of(
          Elements.TASK_STUDY_PROPOSAL,
          new Rule(Vars.STUDY_CONCLUSION, "INITIATION", "PROPOSAL_STUDIED", "请填写对决策建议的研究论证意见（第十条）", false),
          Elements.TASK_ADJUST_FOR_FAIR_COMPETITION,
          new Rule(Vars.FAIR_COMPETITION_ADJUSTMENT, "PROCEDURES", "DRAFT_ADJUSTED_FOR_FAIR_COMPETITION",
              "请说明按公平竞争审查意见调整的内容", true),
          Elements.TASK_AMEND_PER_OPINION,
          new Rule(Vars.AMENDMENT_SUMMARY, "LEGALITY_REVIEW", "DRAFT_AMENDED_PER_OPINION",
              "请说明根据合法性审查意见调整的内容（第二十八条）", true));

  private final StageRecords records;
  private final DraftAuthors authors;

  public DraftChangeCheck(StageRecords records, DraftAuthors authors) {
    this.records = records;
    this.authors = authors;
  }

  @Override
  protected void check(DelegateExecution execution) {
    Rule rule = RULES.get(execution.getCurrentActivityId());
    if (rule == null) {
      throw new IllegalStateException("draftChangeCheck placed on " + execution.getCurrentActivityId());
    }
    if (blank(execution, rule.variable())) {
      throw new ProcedureViolation(rule.message());
    }
    if (rule.changesDraft()) {
      authors.add(execution);
    }
    records.record(execution, rule.stage(), rule.event(), text(execution, rule.variable()));
  }
}
