package cn.gov.pujiang.decision.execution;

import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_DesignateEvaluator (确定决策后评估单位) in decision-execution. Reads
 * evaluatorUnit (required) and the pre-decision units expertInstitution, riskAssessorUnit and
 * undertakingUnitName (each may be absent): Decree 713 Art. 36 para. 2 forbids entrusting the
 * evaluation to a unit that did the argumentation or assessment before the decision, and the
 * undertaking unit organised that argumentation (Art. 10). Units are compared by {@link UnitCode}.
 * Writes the EVALUATOR_DESIGNATED trail entry.
 */
@Component("evaluatorIndependenceCheck")
public class EvaluatorIndependenceCheck extends CompletionCheck {

  private final StageRecords records;

  public EvaluatorIndependenceCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    String evaluator = text(task, Vars.EVALUATOR_UNIT);
    if (evaluator == null || evaluator.isEmpty()) {
      throw new ProcedureViolation("请确定决策后评估单位（《重大行政决策程序暂行条例》第三十六条）");
    }
    if (UnitCode.same(evaluator, text(task, Vars.UNDERTAKING_UNIT_NAME))) {
      throw new ProcedureViolation(
          "“" + evaluator + "”是本决策的承办单位，承担了决策前的论证评估工作，不得作为决策后评估单位（《重大行政决策程序暂行条例》第三十六条第二款）");
    }
    if (UnitCode.same(evaluator, text(task, Vars.EXPERT_INSTITUTION))) {
      throw new ProcedureViolation(
          "“" + evaluator + "”在决策前承担了专家论证，不得委托其进行决策后评估（《重大行政决策程序暂行条例》第三十六条）");
    }
    if (UnitCode.same(evaluator, text(task, Vars.RISK_ASSESSOR_UNIT))) {
      throw new ProcedureViolation(
          "“" + evaluator + "”在决策前承担了风险评估，不得委托其进行决策后评估（《重大行政决策程序暂行条例》第三十六条第二款）");
    }
    records.record(
        task, DecisionExecutionProcess.STAGE, Events.EVALUATOR_DESIGNATED, "决策后评估单位：" + evaluator);
  }
}
