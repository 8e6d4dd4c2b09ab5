package cn.gov.pujiang.decision.publication;

import static cn.gov.pujiang.decision.process.Variables.blank;
import static cn.gov.pujiang.decision.process.Variables.date;
import static cn.gov.pujiang.decision.process.Variables.text;

import cn.gov.pujiang.decision.process.EngineClock;
import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Channel;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Variables;
import java.time.LocalDate;
import java.util.regex.Pattern;
import cn.gov.pujiang.decision.process.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_PublishDecision (公布决策) in decision-publication. Reads
 * documentNumber, publishedOn, publicationChannel, publicationUrl, decisionDate and
 * preIssueReportedOn: a publication is recorded only when it has happened (date not in the future),
 * after the decision was made and reported before issue (Arts. 30-32; decisions started on an older
 * model carry neither date and are not checked against them), and can be found again (文号; the
 * address for online channels). Writes nothing; Task_RecordPublication records the publication.
 */
@Component("publicationListener")
public class PublicationListener extends CompletionCheck {

  private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://\\S+$");

  private final EngineClock clock;

  public PublicationListener(EngineClock clock) {
    this.clock = clock;
  }

  @Override
  protected void check(DelegateExecution task) {
    if (blank(task, Variables.DOCUMENT_NUMBER)) {
      throw new ProcedureViolation("请填写公布决策的文号");
    }
    LocalDate publishedOn = date(task, Variables.PUBLISHED_ON, "公布日期");
    if (publishedOn == null) {
      throw new ProcedureViolation("请填写公布日期");
    }
    if (publishedOn.isAfter(clock.now().toLocalDate())) {
      throw new ProcedureViolation("公布日期不能晚于今天：应在决策实际公布后再登记（" + publishedOn + "）");
    }
    LocalDate decidedOn = date(task, Variables.DECISION_DATE, "决定日期");
    if (decidedOn != null && publishedOn.isBefore(decidedOn)) {
      throw new ProcedureViolation("公布日期不能早于集体讨论通过决策的日期" + decidedOn + "（《重大行政决策程序暂行条例》第三十条、第三十二条）");
    }
    LocalDate reportedOn = date(task, Variables.PRE_ISSUE_REPORTED_ON, "报告日期");
    if (reportedOn != null && publishedOn.isBefore(reportedOn)) {
      throw new ProcedureViolation("公布日期不能早于出台前向党委（人大常委会）请示报告的日期" + reportedOn
          + "（《重大行政决策程序暂行条例》第三十一条）");
    }
    Channel channel =
        Choices.required(task, Variables.PUBLICATION_CHANNEL, Channel.class, "请选择公布途径：政府公报、政府门户网站、报纸或政务新媒体");
    if (channel.online()) {
      String url = text(task, Variables.PUBLICATION_URL);
      if (url == null || !WEB_ADDRESS.matcher(url).matches()) {
        throw new ProcedureViolation("通过" + channel.label() + "公布的，应当填写以 http:// 或 https:// 开头的公布网址");
      }
    }
  }
}
