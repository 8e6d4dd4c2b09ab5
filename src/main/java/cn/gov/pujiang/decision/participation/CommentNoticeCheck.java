package cn.gov.pujiang.decision.participation;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Events;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_PublishCommentNotice (发布征求意见公告), Decree 713 Art. 15. Reads
 * noticeChannel, noticePublishedOn and commentPeriodDays. The comment-period timer starts when this
 * task completes, so a notice dated in the future is refused: the period must never start before
 * the public can see the notice. Records the publication in the trail.
 */
@Component("commentNoticeCheck")
public class CommentNoticeCheck extends CompletionCheck {

  private final EngineClock clock;
  private final StageRecords records;

  public CommentNoticeCheck(EngineClock clock, StageRecords records) {
    this.clock = clock;
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (blank(execution, Vars.NOTICE_CHANNEL)) {
      throw new ProcedureViolation("请填写公告发布途径（政府网站、政务新媒体、报刊、广播、电视等，第十五条）");
    }
    LocalDate publishedOn = date(execution, Vars.NOTICE_PUBLISHED_ON, "公告发布日期");
    if (publishedOn == null) {
      throw new ProcedureViolation("请填写公告发布日期");
    }
    if (publishedOn.isAfter(clock.now().toLocalDate())) {
      throw new ProcedureViolation("公告尚未发布：征求意见期限自本任务完成时起算，请在公告发布后再完成本任务");
    }
    records.record(
        execution,
        PublicParticipationProcess.STAGE,
        Events.COMMENT_NOTICE_PUBLISHED,
        "于" + publishedOn + "通过" + text(execution, Vars.NOTICE_CHANNEL) + "发布征求意见公告，期限"
            + number(execution, Vars.COMMENT_PERIOD_DAYS) + "日");
  }
}
