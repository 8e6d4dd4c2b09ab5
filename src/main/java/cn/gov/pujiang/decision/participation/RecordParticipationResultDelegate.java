package cn.gov.pujiang.decision.participation;

import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Events;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecords;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordParticipationResult (记录公众参与结果) in public-participation. Reads
 * openCommentChosen, commentsReceivedCount, hearingHeld, otherMethodsChosen, consultationSummary,
 * publicOpinionAdoptionReport and draftRevisedAfterParticipation; writes the closing trail entry
 * (Art. 33). Sets no variables.
 */
@Component("recordParticipationResultDelegate")
public class RecordParticipationResultDelegate implements JavaDelegate {

  private final StageRecords records;

  public RecordParticipationResultDelegate(StageRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> parts = new ArrayList<>();
    if (flag(execution, Vars.OPEN_COMMENT_CHOSEN)) {
      parts.add("公开征求意见收到意见" + number(execution, Vars.COMMENTS_RECEIVED_COUNT) + "条");
    }
    if (flag(execution, Vars.HEARING_HELD)) {
      parts.add("已举行听证会");
    }
    if (flag(execution, Vars.OTHER_METHODS_CHOSEN)) {
      parts.add("座谈会等其他方式意见：" + text(execution, Vars.CONSULTATION_SUMMARY));
    }
    parts.add("主要意见及采纳情况：" + text(execution, Vars.PUBLIC_OPINION_ADOPTION_REPORT));
    parts.add(flag(execution, Vars.DRAFT_REVISED_AFTER_PARTICIPATION) ? "已据此修改决策草案" : "决策草案未作修改");
    records.record(
        execution,
        PublicParticipationProcess.STAGE,
        Events.PARTICIPATION_COMPLETED,
        "公众参与完成。" + String.join("；", parts));
  }
}
