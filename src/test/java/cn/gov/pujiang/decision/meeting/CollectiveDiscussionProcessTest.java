package cn.gov.pujiang.decision.meeting;

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
import cn.gov.pujiang.decision.audit.AuditCriteria;
import cn.gov.pujiang.decision.audit.AuditStatistics;
import cn.gov.pujiang.decision.audit.AuditTimeline;
import cn.gov.pujiang.decision.audit.ComplianceFlag;
import cn.gov.pujiang.decision.audit.DecisionSearch;
import cn.gov.pujiang.decision.engine.ProcedureRules;
import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Elements;
import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.review.IssuedOpinion;
import cn.gov.pujiang.decision.review.LegalityOpinions;
import cn.gov.pujiang.decision.review.LegalityOutcome;
import cn.gov.pujiang.decision.support.Stages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

class CollectiveDiscussionProcessTest extends ProcessTestSupport {

  /** A Monday; the earliest meeting is 7 working days later, Wednesday 2026-03-11. */
  private static final String SUBMITTED_ON = "2026-03-02";
  private static final String EARLIEST_MEETING = "2026-03-11";

  @Autowired LegalityOpinions opinions;
  @Autowired MeetingRecords meetingRecords;
  @Autowired StageRecords stageRecords;
  @Autowired ProcedureRules rules;
  @Autowired DecisionSearch search;
  @Autowired AuditStatistics auditStatistics;
  @Autowired DisputeStatements disputeStatements;
  @Autowired AuditTimeline timelines;

  @BeforeEach
  void monday() {
    setClock(LocalDateTime.of(2026, 3, 2, 9, 0));
  }

  @ParameterizedTest(name = "latest review: {0}, recheck {1}")
  @CsvSource(
      nullValues = "NONE",
      value = {"NONE, false", "UNLAWFUL, false", "RETURNED_INCOMPLETE, false", "LAWFUL_WITH_CHANGES, true"})
  void refusesToStartWithoutPassingLegalityOpinion(LegalityOutcome outcome, boolean recheck) {
    Decision decision = registerDecision(TOWN, "未通过合法性审查的决策");
    if (outcome != null) {
      review(decision, outcome, recheck);
    }

    assertThatThrownBy(() -> start(decision, Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(LegalityGateListener.REFUSAL);

    assertThat(runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(decision.getDecisionNo()).count()).isZero();
  }

  @Test
  void refusesToStartWhileResubmittedDraftIsStillUnderReview() {
    Decision decision = registerDecision(TOWN, "再次送审中的决策");
    review(decision, LegalityOutcome.LAWFUL, false);
    opinions.openRound(decision.getDecisionNo(), ACTING_USER, null);

    assertThatThrownBy(() -> start(decision, Map.of())).hasMessageContaining(LegalityGateListener.REFUSAL);
  }

  @ParameterizedTest
  @EnumSource(value = LegalityOutcome.class, names = {"LAWFUL", "EXPLORATORY_RISK_DISCLOSED", "LAWFUL_WITH_CHANGES"})
  void startsWithPassingLegalityOpinion(LegalityOutcome outcome) {
    Decision decision = registerDecision(TOWN, "通过合法性审查的决策");
    review(decision, outcome, false);

    ProcessInstance pi = start(decision, Map.of());

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_MEETING_MATERIALS);
    assertThat(task()).hasCandidateGroup("baima-clerk");
  }

  @ParameterizedTest
  @EnumSource(MeetingMaterial.class)
  void refusesMaterialsWithARequiredItemMissing(MeetingMaterial missing) {
    ProcessInstance pi = startPassed(TOWN, allProceduresPlanned());
    Map<String, Object> checklist = fullChecklist();
    checklist.put(missing.variable(), false);

    assertThatThrownBy(() -> complete(task(), checklist))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("缺少：" + missing.label() + "（");

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_MEETING_MATERIALS);
  }

  @Test
  void acceptsMaterialsWithoutItemsOfProceduresNotCarriedOut() {
    ProcessInstance pi = startPassed(TOWN, Map.of());

    complete(task(), withVariables(
        Vars.MATERIAL_DRAFT_INCLUDED, true, Vars.MATERIAL_LEGALITY_OPINION_INCLUDED, true));

    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);
    assertThat(task()).hasCandidateGroup("baima-office");
    assertThat(stageRecords.events(pi.getBusinessKey(), "MEETING_MATERIALS_SUBMITTED")).hasSize(1);
  }

  /** The complete record: FCR information for a measure touching market actors, planned or waived (Art. 29). */
  @Test
  void requiresTheFairCompetitionInformationForAMeasureTouchingMarketActorsEvenWhenTheReviewWasWaived() {
    ProcessInstance pi = startPassed(TOWN, Map.of(Vars.INVOLVES_MARKET_ACTORS, true));
    Map<String, Object> materials = new HashMap<>(withVariables(
        Vars.MATERIAL_DRAFT_INCLUDED, true, Vars.MATERIAL_LEGALITY_OPINION_INCLUDED, true));

    assertThatThrownBy(() -> complete(task(), materials))
        .hasMessageContaining("缺少：" + MeetingMaterial.FAIR_COMPETITION.label());
    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_MEETING_MATERIALS);

    materials.put(Vars.MATERIAL_FAIR_COMPETITION_INCLUDED, true);
    complete(task(), materials);
    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);
  }

  /** The complete recordDecree 713 Art. 13: the dispute statement is part of the materials, complete, and kept. */
  @Test
  void aDisputeBetweenUnitsIsStatedInTheMaterialsWithEachUnitsViewAndTheUndertakersReasons() {
    ProcessInstance pi = startPassed(TOWN, Map.of());
    Map<String, Object> materials = new HashMap<>(withVariables(
        Vars.MATERIAL_DRAFT_INCLUDED, true, Vars.MATERIAL_LEGALITY_OPINION_INCLUDED, true,
        Vars.UNITS_DISAGREED, true));

    assertThatThrownBy(() -> complete(task(), materials)).hasMessageContaining("请说明争议的主要问题")
        .hasMessageContaining("第十三条");
    materials.put(Vars.DISPUTE_MAIN_ISSUES, "临时过渡市场选址");
    assertThatThrownBy(() -> complete(task(), materials)).hasMessageContaining("有关单位及其意见");
    materials.put(Vars.DISPUTE_UNIT_VIEWS, SpinValues.jsonValue(
        "[{\"unit\":\"县自然资源和规划局\",\"view\":\"选址占用基本农田，不同意\"},"
            + "{\"unit\":\"县市场监管局\",\"view\":\"建议另选址\"}]").create());
    materials.put(Vars.UNDERTAKER_VIEW, "维持原选址");
    assertThatThrownBy(() -> complete(task(), materials)).hasMessageContaining("理由和依据");
    assertThat(disputeStatements.forDecision(pi.getBusinessKey())).isEmpty();

    materials.put(Vars.UNDERTAKER_REASONS, "经核实不占基本农田，依据县国土空间规划");
    complete(task(), materials);

    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);
    assertThat(disputeStatements.forDecision(pi.getBusinessKey())).singleElement().satisfies(d -> {
      assertThat(d.getMainIssues()).isEqualTo("临时过渡市场选址");
      assertThat(d.getUnitViews()).extracting(DisputeStatement.UnitView::getUnit, DisputeStatement.UnitView::getView)
          .containsExactly(tuple("县自然资源和规划局", "选址占用基本农田，不同意"), tuple("县市场监管局", "建议另选址"));
      assertThat(d.getUndertakerView()).isEqualTo("维持原选址");
      assertThat(d.getUndertakerReasons()).isEqualTo("经核实不占基本农田，依据县国土空间规划");
    });
    assertThat(timelines.timeline(pi.getBusinessKey()).entries())
        .anySatisfy(e -> assertThat(e.detail()).contains("争议的主要问题：临时过渡市场选址",
            "县自然资源和规划局的意见：选址占用基本农田，不同意", "决策承办单位的意见：维持原选址"));
  }

  @Test
  void refusesMeetingSoonerThanTheLegalityReviewTimeAndAcceptsTheSeventhWorkingDay() {
    ProcessInstance pi = startPassed(TOWN, Map.of());
    submitMaterials();

    assertThatThrownBy(() -> complete(task(), meeting("TOWN_EXECUTIVE", "2026-03-10")))
        .hasMessageContaining("会议日期不得早于" + EARLIEST_MEETING)
        .hasMessageContaining("不少于7个工作日");
    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);

    complete(task(), meeting("TOWN_EXECUTIVE", EARLIEST_MEETING));
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);
  }

  @Test
  void refusesMeetingDateInThePast() {
    ProcessInstance pi = startPassed(TOWN, Map.of());
    submitMaterials();
    setClock(LocalDateTime.of(2026, 3, 20, 9, 0));

    assertThatThrownBy(() -> complete(task(), meeting("TOWN_JOINT", "2026-03-19")))
        .hasMessageContaining("会议日期不能早于今天");
    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);
  }

  @Test
  void refusesCountyMeetingTypeForATown() {
    ProcessInstance pi = startPassed(TOWN, Map.of());
    submitMaterials();

    assertThatThrownBy(() -> complete(task(), meeting("EXECUTIVE", EARLIEST_MEETING)))
        .hasMessageContaining("乡镇长办公会议或者党政联席会议");
    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);
  }

  @Test
  void refusesTownMeetingTypeForTheCountyAndAcceptsThePlenaryMeeting() {
    ProcessInstance pi = startPassed(COUNTY, Map.of());
    submitMaterials();
    assertThat(task()).hasCandidateGroup("county-office");

    assertThatThrownBy(() -> complete(task(), meeting("TOWN_JOINT", EARLIEST_MEETING)))
        .hasMessageContaining("常务会议或者全体会议");
    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);

    complete(task(), meeting("PLENARY", EARLIEST_MEETING));
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);
  }

  @Test
  void refusesRecordWhereAMemberSpokeAfterTheHeadAsReadFromTheOrderRecorded() {
    ProcessInstance pi = atMeeting(TOWN, Map.of());
    Map<String, Object> record = record("ADOPTED", 0, 0, 0);
    record.put(Vars.MEETING_PARTICIPANTS, json(
        Stages.participant("首长甲", "镇长", "HEAD", true, "AGREE", "同意实施"),
        Stages.participant("委员乙", "副镇长", "MEMBER", false, "AGREE", "同意")));

    assertThatThrownBy(() -> complete(task(), record)).hasMessageContaining("行政首长应当在会议组成人员充分发表意见后最后发表意见");
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);
  }

  @Test
  void observersMaySpeakAfterTheHeadWithoutAnOpinion() {
    ProcessInstance pi = atMeeting(TOWN, Map.of());
    Map<String, Object> record = record("ADOPTED", 0, 0, 0);
    record.put(Vars.MEETING_PARTICIPANTS, json(
        Stages.participant("委员乙", "副镇长", "MEMBER", false, "AGREE", "同意"),
        Stages.participant("首长甲", "镇长", "HEAD", true, "AGREE", "同意实施"),
        Stages.participant("列席丙", "经发办主任", "OBSERVER", false, null, "将按会议要求抓好落实")));

    hold(pi, record);

    assertThat(meetingRecords.forDecision(pi.getBusinessKey())).singleElement()
        .satisfies(r -> assertThat(r.getParticipants()).extracting(MeetingParticipant::getRole)
            .containsExactly(ParticipantRole.MEMBER, ParticipantRole.HEAD, ParticipantRole.OBSERVER));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no participants recorded | [] | 请逐一记录与会人员及其发言",
      "a member without opinion | [{\"name\":\"乙\",\"role\":\"MEMBER\",\"statement\":\"再看看\"},"
          + "{\"name\":\"甲\",\"role\":\"HEAD\",\"presided\":true,\"opinion\":\"AGREE\",\"statement\":\"同意\"}]"
          + " | 请记录第1位发言人（乙）本人的表态",
      "a member without words | [{\"name\":\"乙\",\"role\":\"MEMBER\",\"opinion\":\"DISAGREE\"},"
          + "{\"name\":\"甲\",\"role\":\"HEAD\",\"presided\":true,\"opinion\":\"AGREE\",\"statement\":\"同意\"}]"
          + " | 不同意见应当如实载明",
      "no head | [{\"name\":\"乙\",\"role\":\"MEMBER\",\"presided\":true,\"opinion\":\"AGREE\",\"statement\":\"同意\"}]"
          + " | 有且只有一位行政首长",
      "nobody presided | [{\"name\":\"乙\",\"role\":\"MEMBER\",\"opinion\":\"AGREE\",\"statement\":\"同意\"},"
          + "{\"name\":\"甲\",\"role\":\"HEAD\",\"opinion\":\"AGREE\",\"statement\":\"同意\"}]"
          + " | 请注明会议主持人",
      "not a list | 张某同意，李某反对 | 应为逐项记录的列表"})
  void refusesARecordWithoutEachParticipantsOwnOpinionAndWords(String why, String participants, String refusal) {
    ProcessInstance pi = atMeeting(TOWN, Map.of());
    Map<String, Object> record = record("ADOPTED", 0, 0, 0);
    record.put(Vars.MEETING_PARTICIPANTS, participants.startsWith("[") ? SpinValues.jsonValue(participants).create()
        : participants);

    assertThatThrownBy(() -> complete(task(), record)).hasMessageContaining(refusal);
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);
  }

  @Test
  void refusesADecisionThatIsNotTheHeadsOwn() {
    ProcessInstance pi = atMeeting(TOWN, Map.of());
    Map<String, Object> record = record("REJECTED", 5, 0, 0);
    record.put(Vars.MEETING_OUTCOME, "ADOPTED");
    record.put(Vars.MEETING_PARTICIPANTS, json(
        Stages.participant("委员乙", "副镇长", "MEMBER", false, "AGREE", "同意"),
        Stages.participant("首长甲", "镇长", "HEAD", true, "RESERVE", "再研究")));

    assertThatThrownBy(() -> complete(task(), record)).hasMessageContaining("与行政首长的表态“保留”不一致");
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);
  }

  /** Art. 30: "differs" is derived from the members' own opinions; no majority for the decision is a departure. */
  @ParameterizedTest(name = "{0}: {1} agree, {2} disagree, {3} reserve")
  @CsvSource({"ADOPTED, 2, 3, 0", "ADOPTED, 2, 1, 1", "REJECTED, 4, 1, 0", "REJECTED, 1, 1, 1"})
  void refusesDecisionAgainstTheMajorityWithoutReasonAndAcceptsItWithOne(
      String outcome, int agree, int disagree, int reserve) {
    ProcessInstance pi = atMeeting(TOWN, Map.of());
    Map<String, Object> record = record(outcome, agree, disagree, reserve);

    assertThatThrownBy(() -> complete(task(), record)).hasMessageContaining("应当在会上说明理由");
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);

    record.put(Vars.DEVIATION_REASON, "行政首长说明：事关安全生产，须从严把握");
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), record);
    execute(job());
    assertThat(meetingRecords.forDecision(pi.getBusinessKey()))
        .singleElement()
        .satisfies(r -> assertThat(r.getDeviationReason()).isEqualTo("行政首长说明：事关安全生产，须从严把握"));
  }

  @ParameterizedTest(name = "{0}: {1} agree, {2} disagree, {3} reserve")
  @CsvSource({"ADOPTED, 3, 2, 0", "REJECTED, 0, 3, 2", "REVISE, 0, 4, 1"})
  void acceptsDecisionWithTheMajorityWithoutReason(String outcome, int agree, int disagree, int reserve) {
    ProcessInstance pi = atMeeting(TOWN, Map.of());

    hold(pi, record(outcome, agree, disagree, reserve));

    assertThat(meetingRecords.forDecision(pi.getBusinessKey())).singleElement()
        .satisfies(r -> assertThat(r.getDeviationReason()).isNull());
  }

  @Test
  void adoptingAnAssessedDecisionNeedsTheBodysRiskJudgementAndNotAnUncontrollableOne() {
    ProcessInstance pi = atMeeting(TOWN, Map.of(Vars.RISK_ASSESSMENT_PLANNED, true));
    Map<String, Object> record = record("ADOPTED", 5, 1, 0);
    record.remove(Vars.RISK_JUDGEMENT);
    documents.provideForOpenTasks(pi.getBusinessKey());

    assertThatThrownBy(() -> complete(task(), record)).hasMessageContaining("第二十四条")
        .hasMessageContaining("请记录决策机关根据风险评估结果作出的风险判断");
    record.put(Vars.RISK_JUDGEMENT, "UNCONTROLLABLE");
    assertThatThrownBy(() -> complete(task(), record)).hasMessageContaining("确保风险可控后再作出决策");
    record.put(Vars.RISK_JUDGEMENT, "CONTROLLABLE_WITH_MEASURES");
    assertThatThrownBy(() -> complete(task(), record)).hasMessageContaining("请记录确定的措施");
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);

    record.put(Vars.RISK_MEASURES, "分期施工，设置临时过渡市场");
    hold(pi, record);

    assertThat(meetingRecords.forDecision(pi.getBusinessKey())).singleElement().satisfies(r -> {
      assertThat(r.getRiskJudgement()).isEqualTo(RiskJudgement.CONTROLLABLE_WITH_MEASURES);
      assertThat(r.getRiskMeasures()).isEqualTo("分期施工，设置临时过渡市场");
    });
    assertThat(stageRecords.events(pi.getBusinessKey(), "MEETING_RECORDED")).singleElement()
        .satisfies(e -> assertThat(e.getSummary()).contains("决策机关风险判断：采取措施后可控"));
  }

  @Test
  void adoptedDecisionIsReportedToThePartyCommitteeOnly() {
    ProcessInstance pi = atMeeting(TOWN, Map.of(Vars.NPC_REPORT_REQUIRED, false));

    hold(pi, record("ADOPTED", 5, 1, 1));

    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_TO_PARTY_COMMITTEE);
    assertThat(task()).hasCandidateGroup("baima-office");
    complete(task(), partyCommitteeReport());
    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_OUTCOME,
        Elements.TASK_REPORT_TO_PARTY_COMMITTEE, Elements.GATEWAY_PARTY_COMMITTEE_REPLY,
        Elements.GATEWAY_NPC_REPORT_REQUIRED, Elements.GATEWAY_NPC_REPORT_JOIN, Elements.END_ADOPTED));
    assertThat(pi).variables().containsEntry(Vars.MEETING_OUTCOME, "ADOPTED");
    assertThat(stageRecords.events(pi.getBusinessKey(), "PARTY_COMMITTEE_REPORTED")).hasSize(1);
  }

  @Test
  void adoptedDecisionIsAlsoReportedToThePeoplesCongressWhenRequired() {
    ProcessInstance pi = atMeeting(COUNTY, Map.of(Vars.NPC_REPORT_REQUIRED, true));
    hold(pi, record("ADOPTED", 9, 0, 0));
    setClock(LocalDateTime.of(2026, 3, 12, 10, 0));
    complete(task(), partyCommitteeReport());

    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_TO_PEOPLES_CONGRESS);
    assertThat(task()).hasCandidateGroup("county-office");
    assertThatThrownBy(() -> complete(task(), withVariables(Vars.NPC_REPORTED_ON, "2026-03-11")))
        .hasMessageContaining("请填写人大常委会的意见");

    complete(task(), withVariables(Vars.NPC_REPORTED_ON, "2026-03-11", Vars.NPC_REPLY, "无异议"));
    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_OUTCOME,
        Elements.TASK_REPORT_TO_PARTY_COMMITTEE, Elements.GATEWAY_PARTY_COMMITTEE_REPLY,
        Elements.GATEWAY_NPC_REPORT_REQUIRED, Elements.TASK_REPORT_TO_PEOPLES_CONGRESS,
        Elements.GATEWAY_NPC_DECISION_REQUIRED, Elements.GATEWAY_NPC_REPORT_JOIN, Elements.END_ADOPTED));
    assertThat(stageRecords.events(pi.getBusinessKey(), "NPC_REPORTED")).hasSize(1);
  }

  @Test
  void refusesPartyCommitteeReportDatedInTheFuture() {
    ProcessInstance pi = atMeeting(TOWN, Map.of());
    hold(pi, record("ADOPTED", 5, 0, 0));
    setClock(LocalDateTime.of(2026, 3, 11, 18, 0));

    assertThatThrownBy(() -> complete(task(), withVariables(
            Vars.PARTY_COMMITTEE_REPORTED_ON, "2026-03-12", Vars.PARTY_COMMITTEE_REPLY, "同意",
            Vars.PARTY_COMMITTEE_RESPONSE, "AGREED")))
        .hasMessageContaining("报告日期不能晚于今天");
    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_TO_PARTY_COMMITTEE);
  }

  @Test
  void rejectedDecisionEndsTheStage() {
    ProcessInstance pi = atMeeting(TOWN, Map.of());

    hold(pi, record("REJECTED", 1, 5, 0));

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_OUTCOME, Elements.END_REJECTED));
    assertThat(pi).variables().containsEntry(Vars.MEETING_OUTCOME, "REJECTED");
  }

  @Test
  void draftToBeRevisedIsSentBack() {
    ProcessInstance pi = atMeeting(TOWN, Map.of());

    hold(pi, record("REVISE", 3, 2, 1));

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_OUTCOME, Elements.END_SENT_BACK_FOR_REVISION));
    assertThat(pi).variables().containsEntry(Vars.MEETING_OUTCOME, "REVISE");
  }

  @Test
  void deferredDiscussionIsScheduledAgainWithAnEmptyRecord() {
    ProcessInstance pi = atMeeting(TOWN, Map.of());

    hold(pi, record("DEFERRED", 0, 0, 6));

    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);
    complete(task(), meeting("TOWN_JOINT", "2026-03-18"));
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);
    setClock(LocalDateTime.of(2026, 3, 18, 15, 0));
    assertThat(runtimeService.getVariable(pi.getId(), Vars.MEETING_OUTCOME)).isNull();
    assertThat(runtimeService.getVariable(pi.getId(), Vars.MEETING_PARTICIPANTS)).isNull();

    hold(pi, record("ADOPTED", 6, 0, 0));
    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_TO_PARTY_COMMITTEE);
    assertThat(meetingRecords.forDecision(pi.getBusinessKey()))
        .extracting(MeetingRecord::getOutcome, MeetingRecord::getMeetingDate)
        .containsExactly(
            tuple(MeetingOutcome.DEFERRED, LocalDate.parse(EARLIEST_MEETING)),
            tuple(MeetingOutcome.ADOPTED, LocalDate.of(2026, 3, 18)));

    complete(task(), partyCommitteeReportOn("2026-03-18"));
    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_OUTCOME,
        Elements.TASK_SCHEDULE_MEETING, Elements.TASK_RECORD_MEETING, Elements.TASK_RECORD_MEETING_RESULT,
        Elements.GATEWAY_MEETING_OUTCOME, Elements.TASK_REPORT_TO_PARTY_COMMITTEE,
        Elements.GATEWAY_PARTY_COMMITTEE_REPLY, Elements.GATEWAY_NPC_REPORT_REQUIRED,
        Elements.GATEWAY_NPC_REPORT_JOIN, Elements.END_ADOPTED));
  }

  /** Decree 713 Art. 30: the discussion is recorded as it happened, so not before the meeting day (engine clock). */
  @Test
  void refusesMeetingOutcomeBeforeTheMeetingDateAndAcceptsItOnTheDay() {
    ProcessInstance pi = startPassed(TOWN, Map.of());
    submitMaterials();
    complete(task(), meeting("TOWN_EXECUTIVE", "2026-03-16"));
    setClock(LocalDateTime.of(2026, 3, 13, 17, 0));
    documents.provideForOpenTasks(pi.getBusinessKey());

    assertThatThrownBy(() -> complete(task(), record("ADOPTED", 5, 0, 0)))
        .hasMessageContaining("会议定于2026-03-16召开，会议召开前不能记录讨论和决定情况");
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);
    assertThat(meetingRecords.forDecision(pi.getBusinessKey())).isEmpty();

    setClock(LocalDateTime.of(2026, 3, 16, 9, 0));
    hold(pi, record("ADOPTED", 5, 0, 0));
    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_TO_PARTY_COMMITTEE);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.DECISION_DATE)).isEqualTo("2026-03-16");
  }

  /** Art. 31 reports a decision already taken: a report dated before the meeting is refused. */
  @Test
  void refusesPartyCommitteeAndPeoplesCongressReportsDatedBeforeTheMeeting() {
    ProcessInstance pi = atMeeting(COUNTY, Map.of(Vars.NPC_REPORT_REQUIRED, true));
    hold(pi, record("ADOPTED", 9, 0, 0));
    setClock(LocalDateTime.of(2026, 3, 13, 10, 0));

    assertThatThrownBy(() -> complete(task(), withVariables(
            Vars.PARTY_COMMITTEE_REPORTED_ON, "2026-03-10", Vars.PARTY_COMMITTEE_REPLY, "同意",
            Vars.PARTY_COMMITTEE_RESPONSE, "AGREED")))
        .hasMessageContaining("报告日期不能早于集体讨论通过决策的会议日期" + EARLIEST_MEETING)
        .hasMessageContaining("第三十一条");
    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_TO_PARTY_COMMITTEE);

    complete(task(), withVariables(
        Vars.PARTY_COMMITTEE_REPORTED_ON, "2026-03-12", Vars.PARTY_COMMITTEE_REPLY, "同意",
        Vars.PARTY_COMMITTEE_RESPONSE, "AGREED"));
    assertThatThrownBy(() -> complete(task(), withVariables(
            Vars.NPC_REPORTED_ON, "2026-03-09", Vars.NPC_REPLY, "无异议")))
        .hasMessageContaining("报告日期不能早于集体讨论通过决策的会议日期");
    complete(task(), withVariables(Vars.NPC_REPORTED_ON, "2026-03-11", Vars.NPC_REPLY, "无异议"));

    assertThat(pi).isEnded();
    assertThat(historicVariable(pi, Vars.PRE_ISSUE_REPORTED_ON)).isEqualTo("2026-03-12");
    assertThat(historicVariable(pi, Vars.DECISION_DATE)).isEqualTo(EARLIEST_MEETING);
  }

  /**
   * Art. 26: the submitter allows "一般不少于7个工作日". The decision organ may hold the meeting sooner when it
   * records why and who decided; the auditor sees each such decision by a flag and in the statistics.
   */
  @Test
  void decisionOrganMayShortenTheReviewTimeWithARecordedReasonAndTheAuditorSeesIt() {
    long before = shortenedCount();
    ProcessInstance pi = startPassed(TOWN, Map.of());
    submitMaterials();
    Map<String, Object> sooner = new HashMap<>(meeting("TOWN_EXECUTIVE", "2026-03-05"));

    assertThatThrownBy(() -> complete(task(), sooner))
        .hasMessageContaining("会议日期不得早于" + EARLIEST_MEETING)
        .hasMessageContaining("请勾选“决策机关决定缩短审查时间”");
    sooner.put(Vars.REVIEW_TIME_SHORTENED, true);
    assertThatThrownBy(() -> complete(task(), sooner)).hasMessageContaining("请填写决策机关缩短合法性审查时间的理由");
    sooner.put(Vars.REVIEW_TIME_SHORTENING_REASON, "防汛设施须在汛期前开工，审查机关已提前出具意见");
    assertThatThrownBy(() -> complete(task(), sooner)).hasMessageContaining("请填写决定缩短合法性审查时间的决策机关负责人");
    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);

    sooner.put(Vars.REVIEW_TIME_SHORTENED_BY, "镇长 张某");
    complete(task(), sooner);

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);
    assertThat(stageRecords.events(pi.getBusinessKey(), CollectiveDiscussionProcess.Events.REVIEW_TIME_SHORTENED))
        .singleElement()
        .satisfies(e -> assertThat(e.getSummary()).contains("镇长 张某").contains("防汛设施须在汛期前开工"));
    assertThat(search.all(flagged(ComplianceFlag.REVIEW_TIME_SHORTENED)))
        .extracting(DecisionSearch.DecisionRow::decisionNo).contains(pi.getBusinessKey());
    assertThat(shortenedCount()).isEqualTo(before + 1);
  }

  @Test
  void refusesAShortenedReviewTimeWhereTheCountyRuleForbidsIt() {
    ProcessInstance pi = startPassed(TOWN, Map.of());
    submitMaterials();
    Map<String, Object> sooner = new HashMap<>(meeting("TOWN_EXECUTIVE", "2026-03-05"));
    sooner.put(Vars.REVIEW_TIME_SHORTENED, true);
    sooner.put(Vars.REVIEW_TIME_SHORTENING_REASON, "工作需要");
    sooner.put(Vars.REVIEW_TIME_SHORTENED_BY, "镇长 张某");
    rules.setLegalityReviewShortenable(false);
    try {
      assertThatThrownBy(() -> complete(task(), sooner))
          .hasMessageContaining("会议日期不得早于" + EARLIEST_MEETING)
          .hasMessageNotContaining("请勾选");
      assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);
    } finally {
      rules.setLegalityReviewShortenable(true);
    }
  }

  private long shortenedCount() {
    return auditStatistics.statistics(2026, TOWN).units().get(0).extra().get("reviewTimeShortened").count();
  }

  private static AuditCriteria flagged(ComplianceFlag flag) {
    return new AuditCriteria(null, 2026, null, null, null, null, null, null, flag, null);
  }

  private Object historicVariable(ProcessInstance pi, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
        .singleResult().getValue();
  }

  /** Decree 713 Art. 31 is 请示报告: a refusal or a request for changes sends the decision back to the decision organ. */
  @ParameterizedTest
  @CsvSource({"CHANGES_REQUESTED", "REFUSED"})
  void partyCommitteeThatDoesNotAgreeSendsTheDecisionBackToTheDecisionOrgansMeeting(String response) {
    ProcessInstance pi = atMeeting(TOWN, Map.of());
    hold(pi, record("ADOPTED", 5, 0, 0));
    assertThatThrownBy(() -> complete(task(), withVariables(
            Vars.PARTY_COMMITTEE_REPORTED_ON, EARLIEST_MEETING, Vars.PARTY_COMMITTEE_REPLY, "意见")))
        .hasMessageContaining("请选择党委的答复");

    complete(task(), withVariables(Vars.PARTY_COMMITTEE_REPORTED_ON, EARLIEST_MEETING,
        Vars.PARTY_COMMITTEE_REPLY, "补偿标准须重新测算", Vars.PARTY_COMMITTEE_RESPONSE, response));

    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_OUTCOME,
        Elements.TASK_REPORT_TO_PARTY_COMMITTEE, Elements.GATEWAY_PARTY_COMMITTEE_REPLY, Elements.TASK_SCHEDULE_MEETING));
    assertThat(runtimeService.getVariable(pi.getId(), Vars.DECISION_DATE)).isEqualTo(EARLIEST_MEETING);
    complete(task(), meeting("TOWN_EXECUTIVE", "2026-03-18"));
    assertThat(runtimeService.getVariable(pi.getId(), Vars.DECISION_DATE)).isNull();
    assertThat(runtimeService.getVariable(pi.getId(), Vars.PARTY_COMMITTEE_RESPONSE)).isNull();
    assertThat(stageRecords.events(pi.getBusinessKey(), "PARTY_COMMITTEE_REPORTED")).singleElement()
        .satisfies(e -> assertThat(e.getSummary()).contains("补偿标准须重新测算"));

    setClock(LocalDateTime.of(2026, 3, 18, 15, 0));
    hold(pi, record("ADOPTED", 5, 0, 0));
    complete(task(), partyCommitteeReportOn("2026-03-18"));
    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_OUTCOME,
        Elements.TASK_REPORT_TO_PARTY_COMMITTEE, Elements.GATEWAY_PARTY_COMMITTEE_REPLY,
        Elements.TASK_SCHEDULE_MEETING, Elements.TASK_RECORD_MEETING, Elements.TASK_RECORD_MEETING_RESULT,
        Elements.GATEWAY_MEETING_OUTCOME, Elements.TASK_REPORT_TO_PARTY_COMMITTEE,
        Elements.GATEWAY_PARTY_COMMITTEE_REPLY, Elements.GATEWAY_NPC_REPORT_REQUIRED,
        Elements.GATEWAY_NPC_REPORT_JOIN, Elements.END_ADOPTED));
  }

  /** Art. 8: for a matter the standing committee decides, the stage waits for its decision, which is recorded. */
  @Test
  void waitsForThePeoplesCongressDecisionAndRecordsIt() {
    ProcessInstance pi = atMeeting(COUNTY, Map.of(Vars.NPC_REPORT_REQUIRED, true));
    hold(pi, record("ADOPTED", 9, 0, 0));
    setClock(LocalDateTime.of(2026, 3, 20, 10, 0));
    complete(task(), partyCommitteeReport());
    complete(task(), withVariables(Vars.NPC_REPORTED_ON, "2026-03-12", Vars.NPC_REPLY, "提请常委会会议审议",
        Vars.NPC_DECISION_REQUIRED, true));

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_PEOPLES_CONGRESS_DECISION);
    assertThat(task()).hasCandidateGroup("county-office");
    assertThatThrownBy(() -> complete(task(), withVariables(Vars.NPC_DECISION, "APPROVED",
            Vars.NPC_DECISION_ON, "2026-03-11", Vars.NPC_RESOLUTION, "关于……的决定")))
        .hasMessageContaining("不能早于提请（报告）日期2026-03-12");
    assertThatThrownBy(() -> complete(task(), withVariables(Vars.NPC_DECISION, "APPROVED",
            Vars.NPC_DECISION_ON, "2026-03-19")))
        .hasMessageContaining("请填写人大常委会决议");

    complete(task(), withVariables(Vars.NPC_DECISION, "APPROVED", Vars.NPC_DECISION_ON, "2026-03-19",
        Vars.NPC_RESOLUTION, "县人大常委会关于……的决定（浦人常〔2026〕3号）"));

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_OUTCOME,
        Elements.TASK_REPORT_TO_PARTY_COMMITTEE, Elements.GATEWAY_PARTY_COMMITTEE_REPLY,
        Elements.GATEWAY_NPC_REPORT_REQUIRED, Elements.TASK_REPORT_TO_PEOPLES_CONGRESS,
        Elements.GATEWAY_NPC_DECISION_REQUIRED, Elements.TASK_RECORD_PEOPLES_CONGRESS_DECISION,
        Elements.GATEWAY_NPC_DECISION, Elements.GATEWAY_NPC_REPORT_JOIN, Elements.END_ADOPTED));
    assertThat(historicVariable(pi, Vars.PRE_ISSUE_REPORTED_ON)).isEqualTo("2026-03-19");
    assertThat(stageRecords.events(pi.getBusinessKey(), "NPC_DECIDED")).singleElement()
        .satisfies(e -> assertThat(e.getSummary()).contains("浦人常〔2026〕3号"));
  }

  @Test
  void peoplesCongressThatDoesNotApproveSendsTheDecisionBack() {
    ProcessInstance pi = atMeeting(COUNTY, Map.of(Vars.NPC_REPORT_REQUIRED, true));
    hold(pi, record("ADOPTED", 9, 0, 0));
    setClock(LocalDateTime.of(2026, 3, 20, 10, 0));
    complete(task(), partyCommitteeReport());
    complete(task(), withVariables(Vars.NPC_REPORTED_ON, "2026-03-12", Vars.NPC_REPLY, "提请审议",
        Vars.NPC_DECISION_REQUIRED, true));

    complete(task(), withVariables(Vars.NPC_DECISION, "NOT_APPROVED", Vars.NPC_DECISION_ON, "2026-03-19",
        Vars.NPC_RESOLUTION, "常委会会议未通过"));

    assertThat(pi).isWaitingAt(Elements.TASK_SCHEDULE_MEETING);
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_OUTCOME,
        Elements.TASK_REPORT_TO_PARTY_COMMITTEE, Elements.GATEWAY_PARTY_COMMITTEE_REPLY,
        Elements.GATEWAY_NPC_REPORT_REQUIRED, Elements.TASK_REPORT_TO_PEOPLES_CONGRESS,
        Elements.GATEWAY_NPC_DECISION_REQUIRED, Elements.TASK_RECORD_PEOPLES_CONGRESS_DECISION,
        Elements.GATEWAY_NPC_DECISION, Elements.TASK_SCHEDULE_MEETING));
  }

  @Test
  void storesTheMeetingRecordAsSubmittedBySecretary() {
    ProcessInstance pi = atMeeting(TOWN, Map.of());
    identityService.setAuthenticatedUserId("baima.office");
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), record("ADOPTED", 5, 1, 1));

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING_RESULT);
    execute(job());

    assertThat(meetingRecords.forDecision(pi.getBusinessKey())).singleElement().satisfies(r -> {
      assertThat(r.getMeetingType()).isEqualTo(MeetingType.TOWN_EXECUTIVE);
      assertThat(r.getMeetingDate()).isEqualTo(LocalDate.parse(EARLIEST_MEETING));
      assertThat(r.getParticipants())
          .extracting(MeetingParticipant::getName, MeetingParticipant::getRole, MeetingParticipant::isPresided,
              MeetingParticipant::getOpinion, MeetingParticipant::getStatement)
          .containsExactly(
              tuple("委员1", ParticipantRole.MEMBER, false, MemberOpinion.AGREE, "同意，建议加强施工期安置"),
              tuple("委员2", ParticipantRole.MEMBER, false, MemberOpinion.AGREE, "同意，建议加强施工期安置"),
              tuple("委员3", ParticipantRole.MEMBER, false, MemberOpinion.AGREE, "同意，建议加强施工期安置"),
              tuple("委员4", ParticipantRole.MEMBER, false, MemberOpinion.AGREE, "同意，建议加强施工期安置"),
              tuple("委员5", ParticipantRole.MEMBER, false, MemberOpinion.AGREE, "同意，建议加强施工期安置"),
              tuple("委员6", ParticipantRole.MEMBER, false, MemberOpinion.DISAGREE, "不同意，认为补偿标准偏低、时机不成熟"),
              tuple("委员7", ParticipantRole.MEMBER, false, MemberOpinion.RESERVE, "保留意见，建议再作论证"),
              tuple("首长甲", ParticipantRole.HEAD, true, MemberOpinion.AGREE, "综合大家意见，我的意见是同意实施"));
      assertThat(r.getAttendees()).startsWith("委员1、委员2").endsWith("首长甲");
      assertThat(r.getMemberOpinions()).isNull();
      assertThat(r.getMembersInFavour()).isEqualTo(5);
      assertThat(r.getMembersAgainst()).isEqualTo(1);
      assertThat(r.getMembersAbstaining()).isEqualTo(1);
      assertThat(r.isHeadSpokeLast()).isTrue();
      assertThat(r.getHeadDecision()).isEqualTo("同意实施");
      assertThat(r.getOutcome()).isEqualTo(MeetingOutcome.ADOPTED);
      assertThat(r.getMinutes()).isEqualTo("会议纪要全文");
      assertThat(r.getRecordedBy()).isEqualTo("baima.office");
      assertThat(r.getProcessInstanceId()).isEqualTo(pi.getId());
    });
    assertThat(stageRecords.events(pi.getBusinessKey(), "MEETING_RECORDED"))
        .singleElement()
        .satisfies(e -> assertThat(e.getActor()).isEqualTo("baima.office"));
  }

  private void review(Decision decision, LegalityOutcome outcome, boolean recheck) {
    int round = opinions.openRound(decision.getDecisionNo(), ACTING_USER, null).getRoundNo();
    opinions.close(decision.getDecisionNo(), round,
        new IssuedOpinion(outcome, "审查意见", null, recheck, "法律顾问意见", null, "baima.reviewer"));
  }

  private ProcessInstance start(Decision decision, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(commonVariables(decision));
    all.put(Vars.PUBLIC_PARTICIPATION_PLANNED, false);
    all.put(Vars.EXPERT_ARGUMENTATION_PLANNED, false);
    all.put(Vars.RISK_ASSESSMENT_PLANNED, false);
    all.put(Vars.FAIR_COMPETITION_REVIEW_PLANNED, false);
    all.put(Vars.NPC_REPORT_REQUIRED, false);
    all.put(Vars.REVIEW_SUBMITTED_ON, SUBMITTED_ON);
    all.putAll(variables);
    return runtimeService.startProcessInstanceByKey(CollectiveDiscussionProcess.KEY, decision.getDecisionNo(), all);
  }

  private ProcessInstance startPassed(String unit, Map<String, Object> variables) {
    Decision decision = registerDecision(unit, "测试决策事项：集体讨论决定");
    review(decision, LegalityOutcome.LAWFUL, false);
    ProcessInstance pi = start(decision, variables);
    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_MEETING_MATERIALS);
    return pi;
  }

  private ProcessInstance atMeeting(String unit, Map<String, Object> variables) {
    ProcessInstance pi = startPassed(unit, variables);
    submitMaterials();
    complete(task(), meeting(COUNTY.equals(unit) ? "EXECUTIVE" : "TOWN_EXECUTIVE", EARLIEST_MEETING));
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING);
    assertThat(task()).hasCandidateGroup(unit + "-office");
    setClock(LocalDate.parse(EARLIEST_MEETING).atTime(15, 0));
    return pi;
  }

  private void submitMaterials() {
    complete(task(), fullChecklist());
  }

  private void hold(ProcessInstance pi, Map<String, Object> record) {
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), record);
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_MEETING_RESULT);
    execute(job());
  }

  private static Map<String, Object> allProceduresPlanned() {
    return Map.of(
        Vars.PUBLIC_PARTICIPATION_PLANNED, true,
        Vars.EXPERT_ARGUMENTATION_PLANNED, true,
        Vars.RISK_ASSESSMENT_PLANNED, true,
        Vars.FAIR_COMPETITION_REVIEW_PLANNED, true);
  }

  private static Map<String, Object> fullChecklist() {
    Map<String, Object> checklist = new HashMap<>();
    for (MeetingMaterial material : MeetingMaterial.values()) {
      checklist.put(material.variable(), true);
    }
    return checklist;
  }

  private static Map<String, Object> meeting(String type, String date) {
    return withVariables(Vars.MEETING_TYPE, type, Vars.MEETING_DATE, date);
  }

  /** A record with the given members' opinions in speaking order and the head, who presided, last. */
  private static Map<String, Object> record(String outcome, long agree, long disagree, long reserve) {
    return new HashMap<>(withVariables(
        Vars.MEETING_PARTICIPANTS, Stages.participants(outcome, (int) agree, (int) disagree, (int) reserve),
        Vars.HEAD_DECISION, "同意实施",
        Vars.MEETING_OUTCOME, outcome,
        Vars.RISK_JUDGEMENT, "CONTROLLABLE",
        Vars.MEETING_MINUTES, "会议纪要全文"));
  }

  private static Object json(String... participants) {
    return SpinValues.jsonValue("[" + String.join(",", participants) + "]").create();
  }

  private static Map<String, Object> partyCommitteeReport() {
    return partyCommitteeReportOn(EARLIEST_MEETING);
  }

  private static Map<String, Object> partyCommitteeReportOn(String date) {
    return withVariables(Vars.PARTY_COMMITTEE_REPORTED_ON, date, Vars.PARTY_COMMITTEE_REPLY, "同意",
        Vars.PARTY_COMMITTEE_RESPONSE, "AGREED");
  }

  /** The whole route of a discussion from its start to the meeting's outcome, the first time round. */
  private static final String[] TO_THE_OUTCOME = {
    Elements.START, Elements.TASK_SUBMIT_MEETING_MATERIALS, Elements.TASK_SCHEDULE_MEETING,
    Elements.TASK_RECORD_MEETING, Elements.TASK_RECORD_MEETING_RESULT, Elements.GATEWAY_MEETING_OUTCOME
  };

  private static String[] concat(String[] head, String... tail) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(head), java.util.Arrays.stream(tail))
        .toArray(String[]::new);
  }
}
