package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.refusal.Quote;
import java.time.LocalDate;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_RecordCataloguePublication (decision-catalogue) and
 * Task_RecordAdjustmentPublication (catalogue-adjustment), Decree 713 Art. 3 ¶3. Reads catalogueId,
 * adjustmentId (adjustment only), cataloguePublishedOn (not in the future), cataloguePublicationChannel
 * (a {@link PublicationChannel}) and cataloguePublicationReference (the URL for a website, otherwise the issue
 * or place; required); stores one md_catalogue_publication row.
 */
@Component("cataloguePublicationCheck")
public class CataloguePublicationCheck extends CompletionCheck {

  private final CataloguePublications publications;
  private final Actors actors;
  private final EngineClock clock;

  public CataloguePublicationCheck(CataloguePublications publications, Actors actors, EngineClock clock) {
    this.publications = publications;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  protected void check(DelegateExecution task) {
    LocalDate publishedOn = date(task, Vars.PUBLISHED_ON, "公布日期");
    if (publishedOn == null) {
      throw new ProcedureViolation("请填写公布日期（第三条第三款：目录应当向社会公布）");
    }
    if (publishedOn.isAfter(clock.now().atZoneSameInstant(EngineClock.ZONE).toLocalDate())) {
      throw new ProcedureViolation("公布日期不能晚于今天：请在公布后登记");
    }
    String code = text(task, Vars.PUBLICATION_CHANNEL);
    PublicationChannel channel =
        Arrays.stream(PublicationChannel.values()).filter(c -> c.name().equals(code)).findFirst()
            .orElseThrow(() -> new ProcedureViolation("请选择公布渠道：政府门户网站、政府公报、报刊、公告栏或其他"));
    if (blank(task, Vars.PUBLICATION_REFERENCE)) {
      throw new ProcedureViolation("请填写公布的网址或刊物期号、公告栏位置");
    }
    String reference = text(task, Vars.PUBLICATION_REFERENCE).trim();
    if (channel == PublicationChannel.PORTAL && !reference.matches("(?i)https?://\\S+")) {
      throw new ProcedureViolation("在政府门户网站公布的，请填写以 http:// 或 https:// 开头的网址：" + Quote.of(reference));
    }
    publications.record(number(task, Vars.CATALOGUE_ID), number(task, Vars.ADJUSTMENT_ID), publishedOn, channel,
        reference, actors.current());
  }
}
