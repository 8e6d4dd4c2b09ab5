package cn.gov.pujiang.decision.publication;

import static cn.gov.pujiang.decision.support.Routes.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Channel;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Elements;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Events;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionPublicationProcessTest extends ProcessTestSupport {

  /** A Monday; 20 working days later is Monday 2026-03-30. */
  private static final LocalDateTime FORMED = LocalDateTime.of(2026, 3, 2, 10, 0);
  private static final LocalDateTime PUBLICATION_DUE = LocalDateTime.of(2026, 3, 30, 17, 30);

  @Autowired private StageRecords stageRecords;
  @Autowired private PublicationRecords publicationRecords;

  @BeforeEach
  void decisionFormedOnAMonday() {
    setClock(FORMED);
  }

  @Test
  void recordsLegalBasisAndEndsWithoutPublishingNonPublicDecision() {
    ProcessInstance pi = start(TOWN, true, false, false);
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_NON_DISCLOSURE);
    assertThat(task(pi)).hasCandidateGroup("baima-office");

    complete(task(pi), withVariables(Vars.NON_DISCLOSURE_BASIS, "涉及国家秘密，《政府信息公开条例》第十四条"));

    assertThat(pi).isEnded().hasPassedInOrder(Elements.TASK_RECORD_NON_DISCLOSURE, Elements.END_NOT_PUBLISHED);
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.GATEWAY_DISCLOSABLE, Elements.TASK_RECORD_NON_DISCLOSURE,
        Elements.END_NOT_PUBLISHED);
    assertThat(pi).hasNotPassed(Elements.TASK_PUBLISH_DECISION);
    List<StageRecord> entries = stageRecords.events(pi.getBusinessKey(), Events.NOT_PUBLISHED);
    assertThat(entries).singleElement()
        .satisfies(e -> assertThat(e.getSummary()).contains("第十四条"));
  }

  @Test
  void refusesNonDisclosureWithoutLegalBasis() {
    ProcessInstance pi = start(TOWN, true, false, false);

    assertThatThrownBy(() -> complete(task(pi), withVariables(Vars.NON_DISCLOSURE_BASIS, "  ")))
        .hasMessageContaining("应当写明不予公开的法律依据");

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_NON_DISCLOSURE);
  }

  @Test
  void publishesWithinTwentyWorkingDaysAndRecordsPublication() {
    ProcessInstance pi = start(COUNTY, false, false, false);
    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_DECISION);
    assertThat(task(pi)).hasCandidateGroup("county-office").hasDueDate(shanghai(PUBLICATION_DUE));

    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(pi), publication("2026-03-02", "GAZETTE", "PORTAL", "NEWSPAPER"));
    execute(job(pi));

    assertThat(pi).isEnded().hasPassedInOrder(
        Elements.TASK_PUBLISH_DECISION, Elements.GATEWAY_INTERPRETATION_DONE, Elements.TASK_RECORD_PUBLICATION,
        Elements.END_PUBLISHED);
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.GATEWAY_DISCLOSABLE, Elements.TASK_PUBLISH_DECISION,
        Elements.GATEWAY_INTERPRETATION_NEEDED, Elements.GATEWAY_INTERPRETATION_DONE, Elements.TASK_RECORD_PUBLICATION,
        Elements.END_PUBLISHED);
    assertThat(pi).hasNotPassed(Elements.TASK_PUBLISH_INTERPRETATION, Elements.TASK_RECORD_PUBLICATION_OVERDUE);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.PUBLISHED))
        .singleElement()
        .satisfies(e -> assertThat(e.getSummary())
            .contains("浦政发〔2026〕12号", "政府公报", "2026-03-02"));
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.INTERPRETED)).isEmpty();
  }

  @Test
  void interpretsDecisionOfHighPublicConcernBeforeRecording() {
    ProcessInstance pi = start(TOWN, false, true, false);
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(pi), publication("2026-03-02", "PORTAL", "NEWSPAPER"));

    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_INTERPRETATION);
    assertThat(task(pi)).hasCandidateGroup("baima-office");
    complete(task(pi), withVariables(
        Vars.INTERPRETATION_SUMMARY, "采纳公众意见12条、专家意见5条，未采纳的已说明理由",
        Vars.INTERPRETATION_METHOD, "PRESS_CONFERENCE"));
    execute(job(pi));

    assertThat(pi).isEnded().hasPassedInOrder(
        Elements.TASK_PUBLISH_DECISION, Elements.TASK_PUBLISH_INTERPRETATION, Elements.TASK_RECORD_PUBLICATION,
        Elements.END_PUBLISHED);
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.GATEWAY_DISCLOSABLE, Elements.TASK_PUBLISH_DECISION,
        Elements.GATEWAY_INTERPRETATION_NEEDED, Elements.TASK_PUBLISH_INTERPRETATION, Elements.GATEWAY_INTERPRETATION_DONE,
        Elements.TASK_RECORD_PUBLICATION, Elements.END_PUBLISHED);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.PUBLISHED))
        .singleElement()
        .satisfies(e -> assertThat(e.getSummary())
            .contains("政府门户网站", "https://www.pj.gov.cn/art/2026/3/2/1.html"));
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.INTERPRETED))
        .singleElement()
        .satisfies(e -> assertThat(e.getSummary()).contains("新闻发布会", "采纳公众意见12条"));
  }

  @Test
  void interpretsSpecialisedTechnicalDecisionEvenWithoutHighPublicConcern() {
    ProcessInstance pi = start(TOWN, false, false, true);

    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(pi), publication("2026-03-02", "PORTAL", "NEWSPAPER"));

    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_INTERPRETATION);
  }

  @Test
  void refusesInterpretationWithoutAdoptionExplanation() {
    ProcessInstance pi = start(TOWN, false, true, false);
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(pi), publication("2026-03-02", "PORTAL", "NEWSPAPER"));

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.INTERPRETATION_SUMMARY, "", Vars.INTERPRETATION_METHOD, "WRITTEN")))
        .hasMessageContaining("应当说明公众意见、专家论证意见的采纳情况");
    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.INTERPRETATION_SUMMARY, "已说明", Vars.INTERPRETATION_METHOD, "TV_SHOW")))
        .hasMessageContaining("请选择解读方式");

    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_INTERPRETATION);
  }

  @Test
  void refusesPublicationDatedInTheFuture() {
    ProcessInstance pi = start(TOWN, false, false, false);

    assertThatThrownBy(() -> complete(task(pi), publication("2026-03-03", "PORTAL", "NEWSPAPER")))
        .hasMessageContaining("公布日期不能晚于今天");

    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_DECISION);
  }

  @Test
  void refusesOnlinePublicationWithoutWebAddress() {
    ProcessInstance pi = start(TOWN, false, false, false);

    Map<String, Object> newMediaWithoutAddress = publication("2026-03-02", "PORTAL", "NEWSPAPER", "NEW_MEDIA");
    newMediaWithoutAddress.remove("newMediaReference");
    Map<String, Object> portalWithoutScheme = publication("2026-03-02", "PORTAL", "NEWSPAPER");
    portalWithoutScheme.put("portalReference", "www.pj.gov.cn");
    assertThatThrownBy(() -> complete(task(pi), newMediaWithoutAddress))
        .hasMessageContaining("通过政务新媒体公布的，应当填写");
    assertThatThrownBy(() -> complete(task(pi), portalWithoutScheme))
        .hasMessageContaining("通过政府门户网站公布的，应当填写");

    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_DECISION);
  }

  @Test
  void refusesPublicationWithoutDocumentNumberOrChannel() {
    ProcessInstance pi = start(TOWN, false, false, false);
    Map<String, Object> withoutNumber = publication("2026-03-02", "PORTAL", "NEWSPAPER");
    withoutNumber.put(Vars.DOCUMENT_NUMBER, "");
    Map<String, Object> noChannel = publication("2026-03-02");

    assertThatThrownBy(() -> complete(task(pi), withoutNumber)).hasMessageContaining("请填写公布决策的文号");
    assertThatThrownBy(() -> complete(task(pi), noChannel))
        .hasMessageContaining("应当通过政府门户网站、本行政区域内发行的报纸公布决策（《重大行政决策程序暂行条例》第三十二条）");

    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_DECISION);
  }

  @Test
  void recordsOverdueOnlyAfterTwentyWorkingDaysAndKeepsPublicationOpen() {
    ProcessInstance pi = start(TOWN, false, false, false);

    setClock(PUBLICATION_DUE.minusDays(1));
    assertThat(executableJobs(pi)).isEmpty();

    setClock(PUBLICATION_DUE.plusDays(1));
    assertThat(executableJobs(pi)).singleElement()
        .satisfies(j -> assertThat(j.getDuedate()).isEqualTo(shanghai(PUBLICATION_DUE)));
    execute(job(pi));
    execute(job(pi));

    assertThat(pi).hasPassed(Elements.BOUNDARY_PUBLICATION_OVERDUE, Elements.END_OVERDUE_RECORDED)
        .isWaitingAt(Elements.TASK_PUBLISH_DECISION);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.PUBLICATION_OVERDUE))
        .singleElement()
        .satisfies(e -> assertThat(e.getSummary()).contains("20个工作日"));

    // Published later than the overdue record, so that the route's order is the clock's, not a tie's.
    setClock(PUBLICATION_DUE.plusDays(1).plusHours(1));
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(pi), publication("2026-03-31", "PORTAL", "NEWSPAPER"));
    execute(job(pi));
    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.GATEWAY_DISCLOSABLE, Elements.TASK_PUBLISH_DECISION,
        Elements.BOUNDARY_PUBLICATION_OVERDUE, Elements.TASK_RECORD_PUBLICATION_OVERDUE, Elements.END_OVERDUE_RECORDED,
        Elements.GATEWAY_INTERPRETATION_NEEDED, Elements.GATEWAY_INTERPRETATION_DONE, Elements.TASK_RECORD_PUBLICATION,
        Elements.END_PUBLISHED);
  }

  /**
   * Decree 713 Art. 32: 本级人民政府公报和政府网站以及在本行政区域内发行的报纸. The county must register all three; each
   * channel is stored with its date and its issue or address.
   */
  @Test
  void countyPublishesThroughGazetteWebsiteAndNewspaperAndEachChannelIsStored() {
    ProcessInstance pi = start(COUNTY, false, false, false);
    documents.provideForOpenTasks(pi.getBusinessKey());

    assertThatThrownBy(() -> complete(task(pi), publication("2026-03-02", "PORTAL")))
        .hasMessageContaining("应当通过政府公报、本行政区域内发行的报纸公布决策");
    Map<String, Object> gazetteWithoutIssue = publication("2026-03-02", "GAZETTE", "PORTAL", "NEWSPAPER");
    gazetteWithoutIssue.put("gazetteReference", " ");
    assertThatThrownBy(() -> complete(task(pi), gazetteWithoutIssue)).hasMessageContaining("请填写通过政府公报公布的期号");
    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_DECISION);

    Map<String, Object> all = publication("2026-03-02", "GAZETTE", "PORTAL", "NEWSPAPER");
    all.put(Channel.GAZETTE.publishedOnVariable(), "2026-02-27");
    assertThatThrownBy(() -> complete(task(pi), all)).hasMessageContaining("公布日期不能早于集体讨论通过决策的日期");

    complete(task(pi), publication("2026-03-02", "GAZETTE", "PORTAL", "NEWSPAPER"));
    execute(job(pi));
    assertThat(publicationRecords.forDecision(pi.getBusinessKey()))
        .extracting(PublicationChannelRecord::getChannel, PublicationChannelRecord::getPublishedOn,
            PublicationChannelRecord::getReference, PublicationChannelRecord::getDocumentNumber)
        .containsExactly(
            tuple(Channel.GAZETTE, LocalDate.of(2026, 3, 2), "浦江县人民政府公报2026年第5期", "浦政发〔2026〕12号"),
            tuple(Channel.PORTAL, LocalDate.of(2026, 3, 2), "https://www.pj.gov.cn/art/2026/3/2/1.html", "浦政发〔2026〕12号"),
            tuple(Channel.NEWSPAPER, LocalDate.of(2026, 3, 2), "浦江报2026年3月2日第2版", "浦政发〔2026〕12号"));
  }

  /** GIS Regulation Art. 26: 20 working days from when the decision is formed (the meeting), not from the task. */
  @Test
  void publicationIsDueTwentyWorkingDaysAfterTheDecisionDateNotAfterTheTaskIsCreated() {
    setClock(LocalDateTime.of(2026, 3, 9, 10, 0));
    ProcessInstance pi = startStage(DecisionPublicationProcess.KEY, TOWN, Map.of(
        Vars.NON_PUBLIC, false, Vars.PUBLIC_CONCERN_HIGH, false, Vars.SPECIALISED_TECHNICAL, false,
        Vars.PUBLIC_PARTICIPATION_PLANNED, false, Vars.EXPERT_ARGUMENTATION_PLANNED, false,
        Vars.DECISION_DATE, "2026-03-02", Vars.PRE_ISSUE_REPORTED_ON, "2026-03-06"));

    assertThat(task(pi)).hasDueDate(shanghai(PUBLICATION_DUE));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getDuedate())
        .isEqualTo(shanghai(PUBLICATION_DUE));
  }

  /**
   * Dates in their legal order (Decree 713 Arts. 30-32): a decision is published after it is made and
   * after the reports made before issue (Party committee, people's congress), never dated before them.
   */
  @Test
  void refusesPublicationDatedBeforeTheDecisionOrTheLastPreIssueReport() {
    setClock(LocalDateTime.of(2026, 3, 6, 10, 0));
    ProcessInstance pi = startStage(DecisionPublicationProcess.KEY, TOWN, Map.of(
        Vars.NON_PUBLIC, false, Vars.PUBLIC_CONCERN_HIGH, false, Vars.SPECIALISED_TECHNICAL, false,
        Vars.PUBLIC_PARTICIPATION_PLANNED, false, Vars.EXPERT_ARGUMENTATION_PLANNED, false,
        Vars.DECISION_DATE, "2026-03-02", Vars.PRE_ISSUE_REPORTED_ON, "2026-03-04"));
    documents.provideForOpenTasks(pi.getBusinessKey());

    assertThatThrownBy(() -> complete(task(pi), publication("2026-02-27", "PORTAL", "NEWSPAPER")))
        .hasMessageContaining("公布日期不能早于集体讨论通过决策的日期2026-03-02");
    assertThatThrownBy(() -> complete(task(pi), publication("2026-03-03", "PORTAL", "NEWSPAPER")))
        .hasMessageContaining("公布日期不能早于出台前向党委（人大常委会）请示报告的日期2026-03-04")
        .hasMessageContaining("第三十一条");
    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_DECISION);

    complete(task(pi), publication("2026-03-04", "PORTAL", "NEWSPAPER"));
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed(Elements.END_PUBLISHED);
  }

  private ProcessInstance start(String unit, boolean nonPublic, boolean publicConcernHigh, boolean technical) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(Vars.NON_PUBLIC, nonPublic);
    vars.put(Vars.PUBLIC_CONCERN_HIGH, publicConcernHigh);
    vars.put(Vars.SPECIALISED_TECHNICAL, technical);
    vars.put(Vars.PUBLIC_PARTICIPATION_PLANNED, true);
    vars.put(Vars.EXPERT_ARGUMENTATION_PLANNED, technical);
    vars.put(Vars.DECISION_DATE, FORMED.toLocalDate().toString());
    vars.put(Vars.PRE_ISSUE_REPORTED_ON, FORMED.toLocalDate().toString());
    return startStage(DecisionPublicationProcess.KEY, unit, vars);
  }

  /** The publish form as the office fills it: the document number and each channel used, dated, with its issue or address. */
  private static Map<String, Object> publication(String publishedOn, String... channels) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(Vars.DOCUMENT_NUMBER, "浦政发〔2026〕12号");
    for (String name : channels) {
      Channel channel = Channel.valueOf(name);
      vars.put(channel.publishedVariable(), true);
      vars.put(channel.publishedOnVariable(), publishedOn);
      vars.put(channel.referenceVariable(), REFERENCES.get(channel));
    }
    return vars;
  }

  private static final Map<Channel, String> REFERENCES = Map.of(
      Channel.GAZETTE, "浦江县人民政府公报2026年第5期",
      Channel.PORTAL, "https://www.pj.gov.cn/art/2026/3/2/1.html",
      Channel.NEWSPAPER, "浦江报2026年3月2日第2版",
      Channel.NEW_MEDIA, "https://mp.weixin.qq.com/s/pujiang-2026-12");

  private List<Job> executableJobs(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
  }

  private static Date shanghai(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
