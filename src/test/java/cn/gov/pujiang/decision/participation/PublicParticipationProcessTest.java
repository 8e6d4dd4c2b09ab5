package cn.gov.pujiang.decision.participation;

import static cn.gov.pujiang.decision.support.Routes.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Elements;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Events;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PublicParticipationProcessTest extends ProcessTestSupport {

  private static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2025, 3, 3, 9, 0);
  private static final LocalDate TODAY = MONDAY_MORNING.toLocalDate();

  @Autowired private StageRecords stageRecords;
  @Autowired Hearings hearings;

  @BeforeEach
  void fixClock() {
    setClock(MONDAY_MORNING);
  }

  @Test
  void waitsForTheFullCommentPeriodBeforeCommentsAreCollected() {
    ProcessInstance pi = start(COUNTY, false, false);
    assertThat(pi).isWaitingAt(Elements.TASK_CHOOSE_METHODS);
    assertThat(task()).hasCandidateGroup("county-clerk");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.COMMENT_PERIOD_DAYS))
        .isEqualTo(30L);

    complete(task(), withVariables(Vars.OPEN_COMMENT_CHOSEN, true, Vars.COMMENT_PERIOD_DAYS, 30L));
    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_COMMENT_NOTICE);
    publishNotice(TODAY);

    assertThat(pi).isWaitingAt(Elements.TIMER_COMMENT_PERIOD_ENDS);
    assertThat(job().getDuedate())
        .isEqualTo(at(MONDAY_MORNING.plusDays(30)));
    setClock(MONDAY_MORNING.plusDays(30).minusMinutes(1));
    assertThat(dueTimers(pi)).isZero();
    setClock(MONDAY_MORNING.plusDays(30).plusMinutes(1));
    assertThat(dueTimers(pi)).isEqualTo(1);
    execute(job());

    assertThat(pi).isWaitingAt(Elements.TASK_COLLECT_PUBLIC_COMMENTS);
    assertThat(task()).hasCandidateGroup("county-clerk");
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), withVariables(Vars.COMMENTS_RECEIVED_COUNT, 12L));
    consolidate(pi);

    assertThat(pi).isEnded().hasPassedInOrder(
        Elements.TASK_CHOOSE_METHODS, Elements.TASK_PUBLISH_COMMENT_NOTICE,
        Elements.TIMER_COMMENT_PERIOD_ENDS, Elements.TASK_COLLECT_PUBLIC_COMMENTS,
        Elements.TASK_CONSOLIDATE_OPINIONS, Elements.TASK_RECORD_RESULT, Elements.END_COMPLETED);
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_CHOOSE_METHODS, Elements.GATEWAY_METHODS_FORK,
        Elements.TASK_PUBLISH_COMMENT_NOTICE, Elements.TIMER_COMMENT_PERIOD_ENDS, Elements.TASK_COLLECT_PUBLIC_COMMENTS,
        Elements.GATEWAY_METHODS_JOIN, Elements.TASK_CONSOLIDATE_OPINIONS, Elements.TASK_RECORD_RESULT,
        Elements.END_COMPLETED);
    assertThat(pi).hasNotPassed(Elements.TASK_PREPARE_HEARING, Elements.TASK_RECORD_OTHER_CONSULTATIONS);
    assertThat(historicVariable(pi, Vars.HEARING_HELD)).isEqualTo(false);
    assertThat(trail(pi))
        .extracting(StageRecord::getEvent)
        .containsExactly(Events.METHODS_CHOSEN, Events.COMMENT_NOTICE_PUBLISHED, Events.PARTICIPATION_COMPLETED);
    assertThat(record(pi, Events.COMMENT_NOTICE_PUBLISHED).getSummary())
        .contains("2025-03-03", "浦江县人民政府门户网站", "期限30日");
    assertThat(record(pi, Events.PARTICIPATION_COMPLETED).getSummary())
        .contains("收到意见12条", "已采纳关于营业时间的意见", "已据此修改决策草案");
  }

  @Test
  void acceptsShortenedCommentPeriodWhenTheReasonIsGiven() {
    ProcessInstance pi = start(TOWN, false, false);

    complete(task(), withVariables(
        Vars.OPEN_COMMENT_CHOSEN, true, Vars.COMMENT_PERIOD_DAYS, 15L, Vars.SHORTEN_REASON, "汛期前须完成整治"));
    publishNotice(TODAY);

    assertThat(pi).isWaitingAt(Elements.TIMER_COMMENT_PERIOD_ENDS);
    assertThat(job().getDuedate())
        .isEqualTo(at(MONDAY_MORNING.plusDays(15)));
    assertThat(record(pi, Events.METHODS_CHOSEN).getSummary())
        .contains("期限15日", "缩短期限理由：汛期前须完成整治");
  }

  @Test
  void refusesShortenedCommentPeriodWithoutReason() {
    ProcessInstance pi = start(TOWN, false, false);

    assertRefused(
        withVariables(Vars.OPEN_COMMENT_CHOSEN, true, Vars.COMMENT_PERIOD_DAYS, 15L),
        "征求意见期限一般不少于30日");

    assertThat(pi).isWaitingAt(Elements.TASK_CHOOSE_METHODS);
    assertThat(stageRecords.trail(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void refusesChoiceWithoutAnyMethod() {
    ProcessInstance pi = start(TOWN, false, false);

    assertRefused(
        withVariables(Vars.OPEN_COMMENT_CHOSEN, false, Vars.HEARING_CHOSEN, false, Vars.OTHER_METHODS_CHOSEN, false),
        "请至少选择一种公众参与方式");

    assertThat(pi).isWaitingAt(Elements.TASK_CHOOSE_METHODS);
  }

  @Test
  void preselectsAndInsistsOnThePlannedHearing() {
    ProcessInstance pi = start(TOWN, true, false);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.HEARING_CHOSEN))
        .isEqualTo(true);

    assertRefused(
        withVariables(Vars.HEARING_CHOSEN, false, Vars.OTHER_METHODS_CHOSEN, true,
            Vars.OTHER_METHODS_DESCRIPTION, "座谈会"),
        "必须包括听证会");

    assertThat(pi).isWaitingAt(Elements.TASK_CHOOSE_METHODS);
  }

  @Test
  void refusesOtherMethodsWithoutDescription() {
    ProcessInstance pi = start(TOWN, false, false);

    assertRefused(withVariables(Vars.OTHER_METHODS_CHOSEN, true), "其他方式的具体安排");

    assertThat(pi).isWaitingAt(Elements.TASK_CHOOSE_METHODS);
  }

  @Test
  void refusesMissingGroupConsultationWhenSpecificGroupIsAffected() {
    ProcessInstance pi = start(TOWN, false, true);

    assertRefused(
        withVariables(Vars.OTHER_METHODS_CHOSEN, true, Vars.OTHER_METHODS_DESCRIPTION, "座谈会"),
        "第十四条第三款");

    assertThat(pi).isWaitingAt(Elements.TASK_CHOOSE_METHODS);
  }

  @Test
  void holdsHearingAndOtherConsultationsSideBySide() {
    ProcessInstance pi = start(TOWN, true, true);

    complete(task(), withVariables(
        Vars.HEARING_CHOSEN, true,
        Vars.OTHER_METHODS_CHOSEN, true,
        Vars.OTHER_METHODS_DESCRIPTION, "商户座谈会",
        Vars.GROUP_CONSULTATION_NOTE, "征求个体劳动者协会意见"));

    assertThat(pi).isWaitingAt(Elements.TASK_PREPARE_HEARING, Elements.TASK_RECORD_OTHER_CONSULTATIONS);
    assertThat(task(Elements.TASK_PREPARE_HEARING)).hasCandidateGroup("baima-clerk");
    complete(task(Elements.TASK_RECORD_OTHER_CONSULTATIONS),
        withVariables(Vars.CONSULTATION_SUMMARY, "商户希望延长过渡期"));
    assertThat(pi).isWaitingAt(Elements.TASK_PREPARE_HEARING);
    complete(task(Elements.TASK_PREPARE_HEARING), hearingPreparation(TODAY, TODAY.plusDays(7)));
    assertThat(pi).isWaitingAt(Elements.TASK_HOLD_HEARING);
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(Elements.TASK_HOLD_HEARING),
        withVariables(Vars.HEARING_RECORD_SIGNED, true, Vars.HEARING_SUMMARY, "多数参加人支持改造方案"));
    consolidate(pi);

    assertThat(pi).isEnded();
    assertThat(methodsSection(pi))
        .containsExactlyInAnyOrder(
            Elements.TASK_PREPARE_HEARING, Elements.TASK_HOLD_HEARING, Elements.TASK_RECORD_OTHER_CONSULTATIONS,
            Elements.GATEWAY_METHODS_JOIN, Elements.GATEWAY_METHODS_JOIN)
        .containsSubsequence(Elements.TASK_PREPARE_HEARING, Elements.TASK_HOLD_HEARING);
    assertThat(historicVariable(pi, Vars.HEARING_HELD)).isEqualTo(true);
    assertThat(record(pi, Events.METHODS_CHOSEN).getSummary())
        .contains("听证会", "商户座谈会", "征求个体劳动者协会意见");
    assertThat(record(pi, Events.HEARING_HELD).getSummary())
        .contains("2025-03-10", "白马镇人民政府三楼会议室", "在白马镇人民政府网站公布", "经营户代表张某",
            "听证笔录已经参加人确认签字", "多数参加人支持改造方案");
    assertThat(hearings.forDecision(pi.getBusinessKey())).singleElement().satisfies(h -> {
      assertThat(h.place()).isEqualTo("白马镇人民政府三楼会议室");
      assertThat(h.noticePublishedOn()).isEqualTo(TODAY);
      assertThat(h.participantList()).isEqualTo("经营户代表张某、李某，居民代表王某");
      assertThat(h.materialsDeliveredOn()).isEqualTo(TODAY);
    });
    assertThat(record(pi, Events.PARTICIPATION_COMPLETED).getSummary())
        .contains("已举行听证会", "商户希望延长过渡期");
  }

  @Test
  void waitsForTheCommentPeriodWhenAllThreeMethodsAreUsed() {
    ProcessInstance pi = start(TOWN, false, false);

    complete(task(), withVariables(
        Vars.OPEN_COMMENT_CHOSEN, true, Vars.COMMENT_PERIOD_DAYS, 30L,
        Vars.HEARING_CHOSEN, true,
        Vars.OTHER_METHODS_CHOSEN, true, Vars.OTHER_METHODS_DESCRIPTION, "问卷调查"));
    assertThat(pi).isWaitingAt(
        Elements.TASK_PUBLISH_COMMENT_NOTICE, Elements.TASK_PREPARE_HEARING, Elements.TASK_RECORD_OTHER_CONSULTATIONS);
    publishNotice(TODAY);
    complete(task(Elements.TASK_PREPARE_HEARING), hearingPreparation(TODAY, TODAY.plusDays(10)));
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(Elements.TASK_HOLD_HEARING),
        withVariables(Vars.HEARING_RECORD_SIGNED, true, Vars.HEARING_SUMMARY, "听证意见"));
    complete(task(Elements.TASK_RECORD_OTHER_CONSULTATIONS), withVariables(Vars.CONSULTATION_SUMMARY, "问卷结果"));

    assertThat(pi).isWaitingAt(Elements.TIMER_COMMENT_PERIOD_ENDS).isNotWaitingAt(Elements.TASK_CONSOLIDATE_OPINIONS);
    setClock(MONDAY_MORNING.plusDays(31));
    execute(job());
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(Elements.TASK_COLLECT_PUBLIC_COMMENTS), withVariables(Vars.COMMENTS_RECEIVED_COUNT, 0L));
    consolidate(pi);

    assertThat(pi).isEnded();
    assertThat(methodsSection(pi))
        .containsExactlyInAnyOrder(
            Elements.TASK_PUBLISH_COMMENT_NOTICE, Elements.TIMER_COMMENT_PERIOD_ENDS, Elements.TASK_COLLECT_PUBLIC_COMMENTS,
            Elements.TASK_PREPARE_HEARING, Elements.TASK_HOLD_HEARING, Elements.TASK_RECORD_OTHER_CONSULTATIONS,
            Elements.GATEWAY_METHODS_JOIN, Elements.GATEWAY_METHODS_JOIN, Elements.GATEWAY_METHODS_JOIN)
        .containsSubsequence(
            Elements.TASK_PUBLISH_COMMENT_NOTICE, Elements.TIMER_COMMENT_PERIOD_ENDS, Elements.TASK_COLLECT_PUBLIC_COMMENTS)
        .containsSubsequence(Elements.TASK_PREPARE_HEARING, Elements.TASK_HOLD_HEARING);
    assertThat(trail(pi))
        .extracting(StageRecord::getEvent)
        .containsExactly(
            Events.METHODS_CHOSEN, Events.COMMENT_NOTICE_PUBLISHED, Events.HEARING_HELD,
            Events.PARTICIPATION_COMPLETED);
  }

  /**
   * The whole route of an ended instance that used several methods: the steps before the fork and after the
   * join in order, and the methods' section between them returned for an any-order comparison (branches that
   * start at one moment are ordered in history by their own counters, see Routes).
   */
  private List<String> methodsSection(ProcessInstance pi) {
    List<String> route = route(historyService, pi);
    int fork = route.indexOf(Elements.GATEWAY_METHODS_FORK);
    int consolidate = route.indexOf(Elements.TASK_CONSOLIDATE_OPINIONS);
    assertThat(fork).as("route %s", route).isEqualTo(2);
    assertThat(consolidate).as("route %s", route).isPositive();
    assertThat(route.subList(0, fork + 1))
        .containsExactly(Elements.START, Elements.TASK_CHOOSE_METHODS, Elements.GATEWAY_METHODS_FORK);
    assertThat(route.subList(consolidate, route.size()))
        .containsExactly(Elements.TASK_CONSOLIDATE_OPINIONS, Elements.TASK_RECORD_RESULT, Elements.END_COMPLETED);
    return route.subList(fork + 1, consolidate);
  }

  @Test
  void refusesNoticeDatedAfterToday() {
    ProcessInstance pi = start(TOWN, false, false);
    complete(task(), withVariables(Vars.OPEN_COMMENT_CHOSEN, true, Vars.COMMENT_PERIOD_DAYS, 30L));

    assertThatThrownBy(() -> publishNotice(TODAY.plusDays(1))).hasMessageContaining("公告尚未发布");

    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_COMMENT_NOTICE);
  }

  @Test
  void refusesHearingMaterialsDeliveredOnlyFiveDaysBeforeTheHearing() {
    ProcessInstance pi = chooseHearingOnly();

    assertThatThrownBy(() -> complete(task(), hearingPreparation(TODAY, TODAY.plusDays(5))))
        .hasMessageContaining("至少在听证会举行7日前送达")
        .hasMessageContaining("最早可于2025-03-10举行");

    assertThat(pi).isWaitingAt(Elements.TASK_PREPARE_HEARING);
  }

  @Test
  void refusesHearingMaterialsThatHaveNotBeenDeliveredYet() {
    ProcessInstance pi = chooseHearingOnly();

    assertThatThrownBy(() -> complete(task(), hearingPreparation(TODAY.plusDays(1), TODAY.plusDays(20))))
        .hasMessageContaining("听证材料尚未送达");

    assertThat(pi).isWaitingAt(Elements.TASK_PREPARE_HEARING);
  }

  @Test
  void refusesHearingWhoseParticipantListWasNotPublished() {
    ProcessInstance pi = chooseHearingOnly();
    Map<String, Object> preparation = hearingPreparation(TODAY, TODAY.plusDays(7));
    preparation.put(Vars.PARTICIPANT_LIST_PUBLISHED, false);

    assertThatThrownBy(() -> complete(task(), preparation)).hasMessageContaining("名单应当提前向社会公布");

    assertThat(pi).isWaitingAt(Elements.TASK_PREPARE_HEARING);
  }

  /** The complete recordDecree 713 Art. 16: the draft, time and place published in advance, and the list. */
  @Test
  void refusesAHearingWhoseDraftTimeAndPlaceWereNotPublishedBeforehandOrWhoseListIsMissing() {
    ProcessInstance pi = chooseHearingOnly();
    Map<String, Object> preparation = hearingPreparation(TODAY, TODAY.plusDays(7));

    preparation.put(Vars.HEARING_NOTICE_PUBLISHED_ON, TODAY.plusDays(1).toString());
    assertThatThrownBy(() -> complete(task(), preparation)).hasMessageContaining("尚未公布");
    preparation.put(Vars.HEARING_NOTICE_PUBLISHED_ON, null);
    assertThatThrownBy(() -> complete(task(), preparation)).hasMessageContaining("提前公布决策草案");
    preparation.put(Vars.HEARING_NOTICE_PUBLISHED_ON, TODAY.toString());
    preparation.put(Vars.HEARING_PLACE, " ");
    assertThatThrownBy(() -> complete(task(), preparation)).hasMessageContaining("请填写听证会地点");
    preparation.put(Vars.HEARING_PLACE, "白马镇人民政府三楼会议室");
    preparation.put(Vars.PARTICIPANT_LIST, "");
    assertThatThrownBy(() -> complete(task(), preparation)).hasMessageContaining("听证参加人名单（第十六条）");

    assertThat(pi).isWaitingAt(Elements.TASK_PREPARE_HEARING);
  }

  /** The complete recordArt. 17: the signed hearing record is its own required dossier document. */
  @Test
  void refusesAHearingHeldWithoutTheSignedHearingRecordInTheDossier() {
    ProcessInstance pi = chooseHearingOnly();
    complete(task(), hearingPreparation(TODAY, TODAY.plusDays(7)));

    assertThatThrownBy(() -> complete(task(),
            withVariables(Vars.HEARING_RECORD_SIGNED, true, Vars.HEARING_SUMMARY, "听证情况")))
        .hasMessageContaining("听证笔录");

    assertThat(pi).isWaitingAt(Elements.TASK_HOLD_HEARING);
    assertThat(hearings.forDecision(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void refusesHearingRecordNotSignedByTheParticipants() {
    ProcessInstance pi = chooseHearingOnly();
    complete(task(), hearingPreparation(TODAY, TODAY.plusDays(7)));

    assertThatThrownBy(() -> complete(task(),
            withVariables(Vars.HEARING_RECORD_SIGNED, false, Vars.HEARING_SUMMARY, "听证情况")))
        .hasMessageContaining("听证笔录应当经听证参加人确认并签字");

    assertThat(pi).isWaitingAt(Elements.TASK_HOLD_HEARING);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.HEARING_HELD)).isEmpty();
  }

  @Test
  void refusesConsolidationWithoutAdoptionReport() {
    ProcessInstance pi = start(TOWN, false, false);
    complete(task(), withVariables(Vars.OTHER_METHODS_CHOSEN, true, Vars.OTHER_METHODS_DESCRIPTION, "实地走访"));
    complete(task(), withVariables(Vars.CONSULTATION_SUMMARY, "走访意见"));

    assertThatThrownBy(() -> complete(task(), withVariables(Vars.PUBLIC_OPINION_ADOPTION_REPORT, " ")))
        .hasMessageContaining("请填写公众主要意见及采纳情况");

    assertThat(pi).isWaitingAt(Elements.TASK_CONSOLIDATE_OPINIONS);
  }

  private ProcessInstance start(String unit, boolean hearingPlanned, boolean groupConsultationRequired) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("nonPublic", false);
    inputs.put(Vars.HEARING_PLANNED, hearingPlanned);
    inputs.put(Vars.GROUP_CONSULTATION_REQUIRED, groupConsultationRequired);
    ProcessInstance pi = startStage(PublicParticipationProcess.KEY, unit, inputs);
    assertThat(pi).isWaitingAt(Elements.TASK_CHOOSE_METHODS);
    return pi;
  }

  private ProcessInstance chooseHearingOnly() {
    ProcessInstance pi = start(TOWN, true, false);
    complete(task(), withVariables(Vars.HEARING_CHOSEN, true));
    assertThat(pi).isWaitingAt(Elements.TASK_PREPARE_HEARING);
    return pi;
  }

  private void publishNotice(LocalDate publishedOn) {
    complete(task(Elements.TASK_PUBLISH_COMMENT_NOTICE), withVariables(
        Vars.NOTICE_CHANNEL, "浦江县人民政府门户网站",
        Vars.NOTICE_PUBLISHED_ON, publishedOn.toString()));
  }

  private static Map<String, Object> hearingPreparation(LocalDate deliveredOn, LocalDate hearingDate) {
    return new HashMap<>(withVariables(
        Vars.HEARING_DATE, hearingDate.toString(),
        Vars.HEARING_PLACE, "白马镇人民政府三楼会议室",
        Vars.HEARING_NOTICE_PUBLISHED_ON, TODAY.toString(),
        Vars.HEARING_NOTICE_CHANNEL, "白马镇人民政府网站",
        Vars.PARTICIPANT_SELECTION_METHOD, "自愿报名、随机抽取，利害关系各方均有代表",
        Vars.PARTICIPANT_LIST_PUBLISHED, true,
        Vars.PARTICIPANT_LIST, "经营户代表张某、李某，居民代表王某",
        Vars.MATERIALS_DELIVERED_ON, deliveredOn.toString()));
  }

  private void consolidate(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(Elements.TASK_CONSOLIDATE_OPINIONS);
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(Elements.TASK_CONSOLIDATE_OPINIONS), withVariables(
        Vars.PUBLIC_OPINION_ADOPTION_REPORT, "已采纳关于营业时间的意见",
        Vars.DRAFT_REVISED_AFTER_PARTICIPATION, true));
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_RESULT);
    execute(job());
  }

  private void assertRefused(Map<String, Object> variables, String message) {
    assertThatThrownBy(() -> complete(task(), variables)).hasMessageContaining(message);
  }

  private long dueTimers(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().executable().count();
  }

  private Object historicVariable(ProcessInstance pi, String name) {
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(name).singleResult().getValue();
  }

  private List<StageRecord> trail(ProcessInstance pi) {
    return stageRecords.trail(pi.getBusinessKey());
  }

  private StageRecord record(ProcessInstance pi, String event) {
    List<StageRecord> records = stageRecords.events(pi.getBusinessKey(), event);
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
