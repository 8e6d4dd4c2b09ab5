package cn.gov.pujiang.decision.publication;

import static cn.gov.pujiang.decision.engine.Variables.blank;

import cn.gov.pujiang.decision.engine.Choices;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.InterpretationMethod;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_PublishInterpretation (政策解读与意见采纳说明) in decision-publication.
 * Reads interpretationSummary and interpretationMethod: Decree 713 Art. 32 requires an explanation
 * of how public and expert opinions were adopted and a public interpretation. Writes nothing;
 * Task_RecordPublication records the interpretation.
 */
@Component("interpretationCheck")
public class InterpretationCheck extends CompletionCheck {

  @Override
  protected void check(DelegateExecution task) {
    if (blank(task, Vars.INTERPRETATION_SUMMARY)) {
      throw new ProcedureViolation("应当说明公众意见、专家论证意见的采纳情况（《重大行政决策程序暂行条例》第三十二条）");
    }
    Choices.required(
        task, Vars.INTERPRETATION_METHOD, InterpretationMethod.class, "请选择解读方式：新闻发布会、接受访谈或书面解读");
  }
}
