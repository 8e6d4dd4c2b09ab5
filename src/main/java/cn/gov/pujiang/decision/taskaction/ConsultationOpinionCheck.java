package cn.gov.pujiang.decision.taskaction;

import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.refusal.TextRules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_GiveOpinion (答复征求意见) in task-consultation. Reads
 * consultationId and consultationOpinion (required); records the answer in md_task_consultation and the
 * trail (TASK_CONSULTATION_ANSWERED) and tells the person who asked.
 */
@Component("consultationOpinionCheck")
public class ConsultationOpinionCheck extends CompletionCheck {

  static final int MAX_OPINION = 4000;

  private final TaskConsultations consultations;

  public ConsultationOpinionCheck(TaskConsultations consultations) {
    this.consultations = consultations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    Object value = execution.getVariable(ConsultationProcess.Vars.OPINION);
    String opinion = value instanceof String s ? s.strip() : "";
    if (opinion.isEmpty()) {
      throw new ProcedureViolation(ConsultationProcess.Vars.OPINION, "请填写您的意见");
    }
    if (opinion.length() > MAX_OPINION) {
      throw new ProcedureViolation(ConsultationProcess.Vars.OPINION, "意见不能超过 " + MAX_OPINION + " 字");
    }
    TextRules.requireMultiLine(ConsultationProcess.Vars.OPINION, "意见", opinion);
    Object id = execution.getVariable(ConsultationProcess.Vars.CONSULTATION_ID);
    consultations.answer(((Number) id).longValue(), opinion);
  }
}
