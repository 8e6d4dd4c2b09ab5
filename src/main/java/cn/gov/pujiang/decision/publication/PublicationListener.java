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
 * documentNumber, publishedOn, publicationChannel and publicationUrl: a publication is recorded
 * only when it has happened (date not in the future) and can be found again (文号; the address for
 * online channels). Writes nothing; Task_RecordPublication records the publication.
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
