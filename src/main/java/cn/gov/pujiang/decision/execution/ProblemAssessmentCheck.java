package cn.gov.pujiang.decision.execution;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.ProblemHandling;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.engine.Choices;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_AssessProblem (研究处理执行中的问题) in decision-execution. Reads
 * problemHandling (routing of Gateway_ProblemHandling, one of {@link ProblemHandling}) and
 * problemAssessment (required); writes the PROBLEM_ASSESSED trail entry.
 */
@Component("problemAssessmentCheck")
public class ProblemAssessmentCheck extends CompletionCheck {

  private final StageRecords records;

  public ProblemAssessmentCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    ProblemHandling handling =
        Choices.required(task, Vars.PROBLEM_HANDLING, ProblemHandling.class, "请选择处理决定：继续执行、中止执行、组织决策后评估或提请决策机关研究决定");
    if (blank(task, Vars.PROBLEM_ASSESSMENT)) {
      throw new ProcedureViolation("请填写决策机关对执行中问题的研究意见（《重大行政决策程序暂行条例》第三十五条）");
    }
    records.record(
        task,
        DecisionExecutionProcess.STAGE,
        Events.PROBLEM_ASSESSED,
        "研究处理执行中的问题，决定：" + handling.label() + "。意见：" + text(task, Vars.PROBLEM_ASSESSMENT));
  }
}
