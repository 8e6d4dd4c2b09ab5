package cn.gov.pujiang.decision.argumentation;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.flag;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Events;
import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Vars;
import cn.gov.pujiang.decision.process.CompletionCheck;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_SelectExperts (遴选论证专家), Decree 713 Arts. 19-20. Reads
 * argumentationMethod, expertInstitution, expertsNoDirectInterest, differentViewsRepresented and
 * differentViewsNote; refuses an unknown method, a missing expert list, experts with a direct
 * interest, and a panel without dissenting views whose reason is not given (the soft rule of Art.
 * 20 made explicit). Writes differentViewsRepresented as a boolean; records the selection.
 */
@Component("expertSelectionListener")
public class ExpertSelectionListener extends CompletionCheck {

  private final StageRecords records;

  public ExpertSelectionListener(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    ArgumentationMethod method = ArgumentationMethod.of(text(execution, Vars.ARGUMENTATION_METHOD));
    if (method == null) {
      throw new ProcedureViolation("请选择论证方式：论证会、书面咨询或委托咨询论证（第二十条）");
    }
    if (blank(execution, Vars.EXPERT_INSTITUTION)) {
      throw new ProcedureViolation("请填写参加论证的专家或专业机构名单（第十九条）");
    }
    if (!flag(execution, Vars.EXPERTS_NO_DIRECT_INTEREST)) {
      throw new ProcedureViolation("不得选择与决策事项有直接利害关系的专家、专业机构（第二十条）；请更换后再确认");
    }
    boolean differentViews = flag(execution, Vars.DIFFERENT_VIEWS_REPRESENTED);
    if (!differentViews && blank(execution, Vars.DIFFERENT_VIEWS_NOTE)) {
      throw new ProcedureViolation("选择专家应当注意选择持不同意见的专家、专业机构（第二十条）；未能选择的，请说明理由");
    }
    execution.setVariable(Vars.DIFFERENT_VIEWS_REPRESENTED, differentViews);
    records.record(
        execution,
        ExpertArgumentationProcess.STAGE,
        Events.EXPERTS_SELECTED,
        "论证方式：" + method.label() + "；专家或专业机构：" + text(execution, Vars.EXPERT_INSTITUTION)
            + "；已确认与决策事项无直接利害关系；"
            + (differentViews
                ? "已选择持不同意见的专家"
                : "未选择持不同意见的专家，理由：" + text(execution, Vars.DIFFERENT_VIEWS_NOTE)));
  }
}
