package cn.gov.pujiang.decision.argumentation;

import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Events;
import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordArgumentationResult (记录专家论证结果) in expert-argumentation. Reads
 * argumentationMethod, expertInstitution, expertAdoptionReport and draftRevisionNeeded; writes the
 * closing trail entry (Art. 33). Sets no variables.
 */
@Component("recordArgumentationResultDelegate")
public class RecordArgumentationResultDelegate implements JavaDelegate {

  private final StageRecords records;

  public RecordArgumentationResultDelegate(StageRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArgumentationMethod method = ArgumentationMethod.of(text(execution, Vars.ARGUMENTATION_METHOD));
    records.record(
        execution,
        ExpertArgumentationProcess.STAGE,
        Events.ARGUMENTATION_COMPLETED,
        "专家论证完成（" + method.label() + "，" + text(execution, Vars.EXPERT_INSTITUTION) + "）。采纳情况："
            + text(execution, Vars.EXPERT_ADOPTION_REPORT) + "；"
            + (flag(execution, Vars.DRAFT_REVISION_NEEDED) ? "已据此修改决策草案" : "决策草案无需修改"));
  }
}
