package cn.gov.pujiang.decision.execution;

import static cn.gov.pujiang.decision.engine.Variables.flag;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecords;
import java.util.ArrayList;
import java.util.List;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureRules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_DecideOnEvaluation (决定是否开展决策后评估) in decision-execution.
 * Reads the Art. 36 triggers effectBelowExpectation, manyObjections and evaluationDeemedNecessary
 * (absent counts as false); the many-opinions trigger (Art. 36 (2)) also holds when the opinions of
 * citizens and organisations recorded during execution (Art. 35 para. 2, {@link ExecutionOpinions})
 * reach decision.rules.execution-opinions-for-evaluation, whatever the form says. Writes the routing
 * variable evaluationNeeded (any trigger holds) for Gateway_EvaluationNeeded and the
 * EVALUATION_DECIDED trail entry.
 */
@Component("evaluationDecisionCheck")
public class EvaluationDecisionCheck extends CompletionCheck {

  private final StageRecords records;
  private final ExecutionOpinions opinions;
  private final ProcedureRules rules;

  public EvaluationDecisionCheck(StageRecords records, ExecutionOpinions opinions, ProcedureRules rules) {
    this.records = records;
    this.opinions = opinions;
    this.rules = rules;
  }

  @Override
  protected void check(DelegateExecution task) {
    List<String> triggers = new ArrayList<>();
    if (flag(task, Vars.EFFECT_BELOW_EXPECTATION)) {
      triggers.add("决策实施后明显未达到预期效果");
    }
    int recorded = opinions.count(task.getProcessBusinessKey());
    if (recorded >= rules.getExecutionOpinionsForEvaluation()) {
      triggers.add("公民、法人或者其他组织提出较多意见（执行中登记" + recorded + "条）");
    } else if (flag(task, Vars.MANY_OBJECTIONS)) {
      triggers.add("公民、法人或者其他组织提出较多意见");
    }
    if (flag(task, Vars.EVALUATION_DEEMED_NECESSARY)) {
      triggers.add("决策机关认为有必要");
    }
    boolean needed = !triggers.isEmpty();
    task.setVariable(Vars.EVALUATION_NEEDED, needed);
    records.record(
        task,
        DecisionExecutionProcess.STAGE,
        Events.EVALUATION_DECIDED,
        needed ? "决策执行完毕，组织决策后评估，情形：" + String.join("；", triggers) : "决策执行完毕，无需组织决策后评估");
  }
}
