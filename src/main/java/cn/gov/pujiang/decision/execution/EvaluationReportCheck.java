package cn.gov.pujiang.decision.execution;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.EvaluationConclusion;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.engine.Choices;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_SubmitEvaluationReport (提交决策后评估报告) in decision-execution. Reads
 * publicInputSummary (required: public and deputies' participation, Decree 713 Art. 36),
 * evaluationReport (required) and evaluationConclusion (routing of Gateway_EvaluationConclusion,
 * one of {@link EvaluationConclusion}); writes the EVALUATION_REPORTED trail entry, so every
 * conclusion (continue, adjust, terminate) is on the trail.
 */
@Component("evaluationReportCheck")
public class EvaluationReportCheck extends CompletionCheck {

  private final StageRecords records;

  public EvaluationReportCheck(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    if (blank(task, Vars.PUBLIC_INPUT_SUMMARY)) {
      throw new ProcedureViolation(
          "决策后评估应当听取社会公众的意见，吸收人大代表、政协委员等参加（《重大行政决策程序暂行条例》第三十六条），请填写相关情况");
    }
    if (blank(task, Vars.EVALUATION_REPORT)) {
      throw new ProcedureViolation("请填写决策后评估报告");
    }
    EvaluationConclusion conclusion =
        Choices.required(task, Vars.EVALUATION_CONCLUSION, EvaluationConclusion.class, "请选择评估结论：继续执行、需要重大调整或停止执行");
    records.record(
        task,
        DecisionExecutionProcess.STAGE,
        Events.EVALUATION_REPORTED,
        "决策后评估结论：" + conclusion.label() + "。评估单位：" + text(task, Vars.EVALUATOR_UNIT)
            + "。公众参与情况：" + text(task, Vars.PUBLIC_INPUT_SUMMARY)
            + "。评估报告：" + text(task, Vars.EVALUATION_REPORT));
  }
}
