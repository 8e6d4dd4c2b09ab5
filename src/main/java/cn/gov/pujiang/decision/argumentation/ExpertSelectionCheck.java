package cn.gov.pujiang.decision.argumentation;

import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CommonVariables;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Events;
import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_SelectExperts (遴选论证专家), Decree 713 Arts. 19-20. Reads
 * argumentationMethod, poolExpertIds (numbers in the county expert pool), expertInstitution (experts
 * from outside the pool), outsideExpertsReason, expertsNoDirectInterest, differentViewsRepresented
 * and differentViewsNote; refuses an unknown method, an empty panel, outside experts without a
 * reason, removed pool experts (Art. 41), pool experts whose declared conflicts name the matter
 * ({@link ExpertPool}, Art. 20), a panel without dissenting views whose reason is not given (the soft
 * rule of Art. 20 made explicit). Writes differentViewsRepresented as a boolean and expertInstitution
 * as the whole panel; records the selection in the trail and the pool's participation.
 */
@Component("expertSelectionCheck")
public class ExpertSelectionCheck extends CompletionCheck {

  private final StageRecords records;
  private final ExpertPool pool;
  private final Actors actors;

  public ExpertSelectionCheck(StageRecords records, ExpertPool pool, Actors actors) {
    this.records = records;
    this.pool = pool;
    this.actors = actors;
  }

  @Override
  protected void check(DelegateExecution execution) {
    ArgumentationMethod method = ArgumentationMethod.of(text(execution, Vars.ARGUMENTATION_METHOD));
    if (method == null) {
      throw new ProcedureViolation("请选择论证方式：论证会、书面咨询或委托咨询论证（第二十条）");
    }
    Set<Long> poolIds = ExpertPool.parseIds(text(execution, Vars.POOL_EXPERT_IDS));
    String outside = blank(execution, Vars.EXPERT_INSTITUTION) ? null : text(execution, Vars.EXPERT_INSTITUTION).trim();
    if (poolIds.isEmpty() && outside == null) {
      throw new ProcedureViolation("请从专家库选择专家，或填写库外专家、专业机构名单（第十九条）");
    }
    if (outside != null && blank(execution, Vars.OUTSIDE_EXPERTS_REASON)) {
      throw new ProcedureViolation("选择专家库以外的专家或专业机构的，请说明理由");
    }
    List<ExpertPool.Expert> chosen =
        pool.checkSelection(poolIds, text(execution, CommonVariables.DECISION_TITLE),
            text(execution, CommonVariables.DECISION_UNIT_NAME));
    if (!flag(execution, Vars.EXPERTS_NO_DIRECT_INTEREST)) {
      throw new ProcedureViolation("不得选择与决策事项有直接利害关系的专家、专业机构（第二十条）；请更换后再确认");
    }
    boolean differentViews = flag(execution, Vars.DIFFERENT_VIEWS_REPRESENTED);
    if (!differentViews && blank(execution, Vars.DIFFERENT_VIEWS_NOTE)) {
      throw new ProcedureViolation("选择专家应当注意选择持不同意见的专家、专业机构（第二十条）；未能选择的，请说明理由");
    }
    execution.setVariable(Vars.DIFFERENT_VIEWS_REPRESENTED, differentViews);
    pool.recordSelection(execution.getProcessBusinessKey(), chosen, outside,
        text(execution, Vars.OUTSIDE_EXPERTS_REASON), actors.current());
    String poolNames = chosen.stream().map(e -> e.name() + "（" + e.organisation() + "）").collect(Collectors.joining("、"));
    String everyone = Stream.of(poolNames, outside).filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining("、"));
    // expertInstitution leaves this stage as the whole panel: execution keeps it from evaluating (Art. 36).
    execution.setVariable(Vars.EXPERT_INSTITUTION, everyone);
    records.record(
        execution,
        ExpertArgumentationProcess.STAGE,
        Events.EXPERTS_SELECTED,
        "论证方式：" + method.label() + "；专家或专业机构：" + everyone
            + (chosen.isEmpty() ? "" : "；专家库专家：" + poolNames)
            + (outside == null ? "" : "；库外专家或机构：" + outside + "，理由：" + text(execution, Vars.OUTSIDE_EXPERTS_REASON))
            + "；已确认与决策事项无直接利害关系；"
            + (differentViews
                ? "已选择持不同意见的专家"
                : "未选择持不同意见的专家，理由：" + text(execution, Vars.DIFFERENT_VIEWS_NOTE)));
  }
}
