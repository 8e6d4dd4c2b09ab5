package cn.gov.pujiang.decision.publication;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.flag;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.organisation.Unit;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureRules;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Channel;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Vars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_PublishDecision (公布决策) in decision-publication. Reads
 * documentNumber, decisionUnit, decisionDate, preIssueReportedOn and, per {@link Channel}, its
 * published flag, date and reference. Every channel Decree 713 Art. 32 requires of the decision
 * organ (procedureRules.publicationChannelsCounty / Town) must be registered, and each channel used
 * needs a date that has passed (not in the future), that is not before the decision was made or
 * reported before issue (Arts. 30-32; decisions started on an older model carry neither date), and
 * an issue or web address where the public finds it. Writes publishedOn (the first channel's date)
 * and publishedBy; Task_RecordPublication stores the channels.
 */
@Component("publicationCheck")
public class PublicationCheck extends CompletionCheck {

  static final int REFERENCE_TEXT = 500;
  private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://\\S+$");

  private final EngineClock clock;
  private final ProcedureRules rules;
  private final UnitRepository units;
  private final Actors actors;

  public PublicationCheck(EngineClock clock, ProcedureRules rules, UnitRepository units, Actors actors) {
    this.clock = clock;
    this.rules = rules;
    this.units = units;
    this.actors = actors;
  }

  @Override
  protected void check(DelegateExecution task) {
    if (blank(task, Vars.DOCUMENT_NUMBER)) {
      throw new ProcedureViolation("请填写公布决策的文号");
    }
    LocalDate decidedOn = date(task, Vars.DECISION_DATE, "决定日期");
    LocalDate reportedOn = date(task, Vars.PRE_ISSUE_REPORTED_ON, "报告日期");
    List<Channel> used = new ArrayList<>();
    LocalDate first = null;
    for (Channel channel : Channel.values()) {
      if (!flag(task, channel.publishedVariable())) {
        continue;
      }
      LocalDate on = date(task, channel.publishedOnVariable(), channel.label() + "公布日期");
      if (on == null) {
        throw new ProcedureViolation("请填写通过" + channel.label() + "公布的日期");
      }
      if (on.isAfter(clock.now().toLocalDate())) {
        throw new ProcedureViolation("公布日期不能晚于今天：应在决策实际公布后再登记（" + channel.label() + "，" + on + "）");
      }
      if (decidedOn != null && on.isBefore(decidedOn)) {
        throw new ProcedureViolation("公布日期不能早于集体讨论通过决策的日期" + decidedOn + "（" + channel.label()
            + "；《重大行政决策程序暂行条例》第三十条、第三十二条）");
      }
      if (reportedOn != null && on.isBefore(reportedOn)) {
        throw new ProcedureViolation("公布日期不能早于出台前向党委（人大常委会）请示报告的日期" + reportedOn + "（" + channel.label()
            + "；《重大行政决策程序暂行条例》第三十一条）");
      }
      String reference = text(task, channel.referenceVariable());
      if (channel.online() && (reference == null || !WEB_ADDRESS.matcher(reference).matches())) {
        throw new ProcedureViolation("通过" + channel.label() + "公布的，应当填写以 http:// 或 https:// 开头的公布网址");
      }
      if (reference == null || reference.isEmpty()) {
        throw new ProcedureViolation("请填写通过" + channel.label() + "公布的" + channel.referenceLabel());
      }
      if (reference.length() > REFERENCE_TEXT) {
        throw new ProcedureViolation("“" + channel.label() + "”的公布信息不得超过" + REFERENCE_TEXT + "字");
      }
      used.add(channel);
      first = first == null || on.isBefore(first) ? on : first;
    }
    List<String> missing = new ArrayList<>();
    for (String required : requiredChannels(text(task, CommonVariables.DECISION_UNIT))) {
      Channel channel = Channel.valueOf(required.trim());
      if (!used.contains(channel)) {
        missing.add(channel.label());
      }
    }
    if (!missing.isEmpty()) {
      throw new ProcedureViolation("应当通过" + String.join("、", missing) + "公布决策（《重大行政决策程序暂行条例》第三十二条），"
          + "请在各途径公布后逐一登记日期和期号或网址");
    }
    if (used.isEmpty()) {
      throw new ProcedureViolation("请登记公布途径：政府公报、政府门户网站、报纸或政务新媒体（第三十二条）");
    }
    task.setVariable(Vars.PUBLISHED_ON, first.toString());
    task.setVariable(Vars.PUBLISHED_BY, actors.current());
  }

  private List<String> requiredChannels(String unitCode) {
    boolean county = unitCode != null && units.findById(unitCode).map(Unit::isCounty).orElse(false);
    return county ? rules.getPublicationChannelsCounty() : rules.getPublicationChannelsTown();
  }
}
