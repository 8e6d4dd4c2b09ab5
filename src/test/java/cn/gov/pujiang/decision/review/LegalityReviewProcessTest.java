package cn.gov.pujiang.decision.review;

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
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Elements;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Values;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Vars;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class LegalityReviewProcessTest extends ProcessTestSupport {

  private static final String DRAFTER = ACTING_USER;
  private static final String REVIEWER = "baima.reviewer";
  private static final String ADVISER = "baima.lawyer";

  @Autowired LegalityOpinions opinions;
  @Autowired StageRecords stageRecords;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired org.camunda.bpm.engine.DecisionService decisionService;

  @Test
  void routesCountyDecisionToJudicialBureau() {
    ProcessInstance pi = submit(COUNTY);

    assertThat(pi).isWaitingAt(Elements.TASK_CHECK_COMPLETENESS);
    assertThat(task()).hasCandidateGroup("sfj-review");
    assertThat(pi).variables().containsEntry(Vars.LEGALITY_REVIEW_GROUP, "sfj-review");
  }

  @Test
  void routesTownDecisionToItsOwnReviewers() {
    ProcessInstance pi = submit(TOWN);

    assertThat(pi).isWaitingAt(Elements.TASK_CHECK_COMPLETENESS);
    assertThat(task()).hasCandidateGroup("baima-legal-review");
  }

  @Test
  void registersSubmissionAsNewRoundWithItsDate() {
    setClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    ProcessInstance pi = startStage(LegalityReviewProcess.KEY, TOWN, Map.of(Vars.DRAFTED_BY, DRAFTER));
    assertThat(pi).isWaitingAt(Elements.TASK_REGISTER_SUBMISSION);

    execute(job());

    assertThat(pi).variables()
        .containsEntry(Vars.REVIEW_SUBMITTED_ON, "2026-03-02")
        .containsEntry(Vars.REVIEW_ROUND, 1);
    List<LegalityOpinion> rounds = opinions.rounds(pi.getBusinessKey());
    assertThat(rounds).singleElement().satisfies(round -> {
      assertThat(round.getRoundNo()).isEqualTo(1);
      assertThat(round.getSubmittedBy()).isEqualTo(ACTING_USER);
      assertThat(round.isIssued()).isFalse();
    });
    assertThat(stageRecords.events(pi.getBusinessKey(), "REVIEW_SUBMITTED")).hasSize(1);
  }

  @Test
  void returnsIncompleteSubmissionToOrganisingUnit() {
    ProcessInstance pi = submit(TOWN);
    identityService.setAuthenticatedUserId(REVIEWER);

    complete(task(), withVariables(
        Vars.SUBMISSION_COMPLETE, Values.INCOMPLETE,
        Vars.COMPLETENESS_OPINION, "缺少履行决策法定程序的说明"));
    execute(job());

    assertThat(pi).isEnded()
        .hasPassedInOrder(Elements.TASK_CHECK_COMPLETENESS, Elements.TASK_RECORD_RETURN, Elements.END_RETURNED)
        .hasNotPassed(Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION);
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_REGISTER_SUBMISSION, Elements.TASK_ROUTE_REVIEWER,
        Elements.TASK_ROUTE_JUDICIAL_OFFICE, Elements.TASK_CHECK_COMPLETENESS, Elements.GATEWAY_SUBMISSION_COMPLETE,
        Elements.TASK_RECORD_RETURN, Elements.END_RETURNED);
    assertThat(pi).variables()
        .containsEntry(Vars.LEGALITY_OUTCOME, LegalityOutcome.RETURNED_INCOMPLETE.name())
        .containsEntry(Vars.LEGALITY_OPINION, "缺少履行决策法定程序的说明")
        .containsEntry(Vars.LEGALITY_RECHECK_REQUIRED, false);
    LegalityOpinion round = opinions.rounds(pi.getBusinessKey()).get(0);
    assertThat(round.getOutcome()).isEqualTo(LegalityOutcome.RETURNED_INCOMPLETE);
    assertThat(round.getReviewer()).isEqualTo(REVIEWER);
    assertThat(stageRecords.events(pi.getBusinessKey(), "SUBMISSION_RETURNED")).hasSize(1);
  }

  @Test
  void refusesReturnWithoutSayingWhatIsMissing() {
    ProcessInstance pi = submit(TOWN);

    assertThatThrownBy(() -> complete(task(), withVariables(Vars.SUBMISSION_COMPLETE, Values.INCOMPLETE)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("请写明需要补充的材料");

    assertThat(pi).isWaitingAt(Elements.TASK_CHECK_COMPLETENESS);
  }

  @Test
  void refusesCountyGuidanceForCountyDecision() {
    ProcessInstance pi = submit(COUNTY);

    assertThatThrownBy(() -> complete(task(), withVariables(
            Vars.SUBMISSION_COMPLETE, Values.COMPLETE, Vars.COUNTY_GUIDANCE_NEEDED, true)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("仅适用于乡镇（街道）");

    assertThat(pi).isWaitingAt(Elements.TASK_CHECK_COMPLETENESS);
  }

  @Test
  void asksCountyCentreForGuidanceOnDifficultTownMatter() {
    ProcessInstance pi = submit(TOWN);

    complete(task(), withVariables(
        Vars.SUBMISSION_COMPLETE, Values.COMPLETE, Vars.COUNTY_GUIDANCE_NEEDED, true));

    assertThat(pi).isWaitingAt(Elements.TASK_PROVIDE_COUNTY_GUIDANCE);
    assertThat(task()).hasCandidateGroup("sfj-guidance");
    assertThatThrownBy(() -> complete(task(), withVariables(Vars.COUNTY_GUIDANCE_OPINION, " ")))
        .hasMessageContaining("请填写县合法性审查中心的指导意见");

    complete(task(), withVariables(Vars.COUNTY_GUIDANCE_OPINION, "建议补充听证程序"));

    assertThat(pi).isWaitingAt(Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION);
    assertThat(task()).hasCandidateGroup("baima-legal-adviser");
    adviseAndIssue(pi, Map.of(
        Vars.LEGALITY_OUTCOME, "LAWFUL", Vars.LEGALITY_OPINION, "权限、程序、内容均合法"));
    assertThat(pi).isEnded()
        .hasPassedInOrder(Elements.GATEWAY_COUNTY_GUIDANCE_NEEDED, Elements.TASK_PROVIDE_COUNTY_GUIDANCE,
            Elements.GATEWAY_GUIDANCE_JOIN, Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION);
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_REGISTER_SUBMISSION, Elements.TASK_ROUTE_REVIEWER,
        Elements.TASK_ROUTE_JUDICIAL_OFFICE, Elements.TASK_CHECK_COMPLETENESS, Elements.GATEWAY_SUBMISSION_COMPLETE,
        Elements.GATEWAY_COUNTY_GUIDANCE_NEEDED, Elements.TASK_PROVIDE_COUNTY_GUIDANCE, Elements.GATEWAY_GUIDANCE_JOIN,
        Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION, Elements.GATEWAY_JUDICIAL_OFFICE_OPINION, Elements.GATEWAY_JUDICIAL_OFFICE_JOIN,
        Elements.TASK_ISSUE_LEGALITY_OPINION, Elements.TASK_RECORD_LEGALITY_OPINION, Elements.END_OPINION_ISSUED);
    assertThat(opinions.rounds(pi.getBusinessKey()).get(0).getGuidanceOpinion()).isEqualTo("建议补充听证程序");
  }

  @Test
  void goesStraightToLegalAdvisersWhenNoGuidanceIsNeeded() {
    ProcessInstance pi = submit(COUNTY);

    accept();

    assertThat(pi).isWaitingAt(Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION)
        .hasPassedInOrder(Elements.GATEWAY_SUBMISSION_COMPLETE, Elements.GATEWAY_COUNTY_GUIDANCE_NEEDED,
            Elements.GATEWAY_GUIDANCE_JOIN)
        .hasNotPassed(Elements.TASK_PROVIDE_COUNTY_GUIDANCE, Elements.TASK_RECORD_RETURN);
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_REGISTER_SUBMISSION, Elements.TASK_ROUTE_REVIEWER,
        Elements.TASK_ROUTE_JUDICIAL_OFFICE, Elements.TASK_CHECK_COMPLETENESS, Elements.GATEWAY_SUBMISSION_COMPLETE,
        Elements.GATEWAY_COUNTY_GUIDANCE_NEEDED, Elements.GATEWAY_GUIDANCE_JOIN, Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION);
    assertThat(task()).hasCandidateGroup("county-legal-adviser");
  }

  @Test
  void refusesLegalAdviserTaskWithoutOpinion() {
    ProcessInstance pi = submit(TOWN);
    accept();

    assertThatThrownBy(() -> complete(task(), withVariables(Vars.LEGAL_ADVISER_OPINION, "")))
        .hasMessageContaining("法律顾问、公职律师的意见");

    assertThat(pi).isWaitingAt(Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION);
  }

  @ParameterizedTest(name = "{0}, recheck chosen {1} -> recheck {2}, passing {3}")
  @CsvSource(
      nullValues = "NONE",
      value = {
        "LAWFUL, NONE, false, true",
        "LAWFUL, true, false, true",
        "LAWFUL_WITH_CHANGES, NONE, true, false",
        "LAWFUL_WITH_CHANGES, true, true, false",
        "LAWFUL_WITH_CHANGES, false, false, true",
        "UNLAWFUL, NONE, false, false",
        "EXPLORATORY_RISK_DISCLOSED, NONE, false, true"
      })
  void issuesAndStoresEachOutcome(String outcome, Boolean recheckChosen, boolean recheck, boolean passing) {
    ProcessInstance pi = submit(TOWN);
    accept();
    Map<String, Object> opinion = new HashMap<>(Map.of(
        Vars.LEGALITY_OUTCOME, outcome,
        Vars.LEGALITY_OPINION, "经审查：决策权限、程序、内容",
        Vars.LEGAL_RISKS, "上位法未作规定，存在被认定越权的风险"));
    if (recheckChosen != null) {
      opinion.put(Vars.LEGALITY_RECHECK_REQUIRED, recheckChosen);
    }

    adviseAndIssue(pi, opinion);

    assertThat(pi).isEnded()
        .hasPassedInOrder(Elements.TASK_ISSUE_LEGALITY_OPINION, Elements.TASK_RECORD_LEGALITY_OPINION,
            Elements.END_OPINION_ISSUED);
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_REGISTER_SUBMISSION, Elements.TASK_ROUTE_REVIEWER,
        Elements.TASK_ROUTE_JUDICIAL_OFFICE, Elements.TASK_CHECK_COMPLETENESS, Elements.GATEWAY_SUBMISSION_COMPLETE,
        Elements.GATEWAY_COUNTY_GUIDANCE_NEEDED, Elements.GATEWAY_GUIDANCE_JOIN, Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION,
        Elements.GATEWAY_JUDICIAL_OFFICE_OPINION, Elements.GATEWAY_JUDICIAL_OFFICE_JOIN, Elements.TASK_ISSUE_LEGALITY_OPINION,
        Elements.TASK_RECORD_LEGALITY_OPINION, Elements.END_OPINION_ISSUED);
    assertThat(pi).variables()
        .containsEntry(Vars.LEGALITY_OUTCOME, outcome)
        .containsEntry(Vars.LEGALITY_RECHECK_REQUIRED, recheck)
        .containsEntry(Vars.LEGALITY_OPINION, "经审查：决策权限、程序、内容");
    LegalityOpinion round = opinions.rounds(pi.getBusinessKey()).get(0);
    assertThat(round.getOutcome()).isEqualTo(LegalityOutcome.valueOf(outcome));
    assertThat(round.getRecheckRequired()).isEqualTo(recheck);
    assertThat(round.getAdviserOpinion()).isEqualTo("同意，建议补充法律依据");
    assertThat(round.getReviewer()).isEqualTo(REVIEWER);
    assertThat(round.getIssuedAt()).isNotNull();
    assertThat(opinions.hasPassingOpinion(pi.getBusinessKey())).isEqualTo(passing);
    assertThat(stageRecords.events(pi.getBusinessKey(), "LEGALITY_OPINION_ISSUED")).hasSize(1);
  }

  @Test
  void refusesExploratoryOutcomeWithoutDisclosedRisks() {
    ProcessInstance pi = submit(TOWN);
    accept();
    complete(task(), withVariables(Vars.LEGAL_ADVISER_OPINION, "同意"));
    identityService.setAuthenticatedUserId(REVIEWER);

    assertThatThrownBy(() -> complete(task(), withVariables(
            Vars.LEGALITY_OUTCOME, "EXPLORATORY_RISK_DISCLOSED", Vars.LEGALITY_OPINION, "探索性改革")))
        .hasMessageContaining("探索性改革事项应当明示法律风险");

    assertThat(pi).isWaitingAt(Elements.TASK_ISSUE_LEGALITY_OPINION);
  }

  @Test
  void refusesOpinionFromTheReviewerWhoDraftedTheDecision() {
    ProcessInstance pi = startStage(LegalityReviewProcess.KEY, TOWN, Map.of(Vars.DRAFTED_BY, REVIEWER));
    assertThat(pi).isWaitingAt(Elements.TASK_REGISTER_SUBMISSION);
    execute(job());
    accept();
    complete(task(), withVariables(Vars.LEGAL_ADVISER_OPINION, "同意"));
    Map<String, Object> opinion = withVariables(
        Vars.LEGALITY_OUTCOME, "LAWFUL", Vars.LEGALITY_OPINION, "合法");
    identityService.setAuthenticatedUserId(REVIEWER);

    assertThatThrownBy(() -> complete(task(), opinion))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("审查人员不得审查本人起草的决策草案");
    assertThat(pi).isWaitingAt(Elements.TASK_ISSUE_LEGALITY_OPINION);

    identityService.setAuthenticatedUserId("baima.reviewer2");
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), opinion);
    execute(job());
    assertThat(pi).isEnded().hasPassed(Elements.END_OPINION_ISSUED);
  }

  @Test
  void refusesOpinionWhenLegalAdvisersWereSkipped() {
    ProcessInstance pi = submit(TOWN);
    accept();
    runtimeService.createProcessInstanceModification(pi.getId())
        .cancelAllForActivity(Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION)
        .startBeforeActivity(Elements.TASK_ISSUE_LEGALITY_OPINION)
        .execute();
    identityService.setAuthenticatedUserId(REVIEWER);

    assertThatThrownBy(() -> complete(task(), withVariables(
            Vars.LEGALITY_OUTCOME, "LAWFUL", Vars.LEGALITY_OPINION, "合法")))
        .hasMessageContaining("应当听取法律顾问、公职律师的意见");

    assertThat(pi).isWaitingAt(Elements.TASK_ISSUE_LEGALITY_OPINION);
  }

  @Test
  void recordsOverdueReviewOnlyAfterTheDueDateAndKeepsWaitingForTheOpinion() {
    setClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    ProcessInstance pi = submit(TOWN);
    accept();
    complete(task(), withVariables(Vars.LEGAL_ADVISER_OPINION, "同意"));
    Date due = shanghai(LocalDateTime.of(2026, 3, 11, 17, 30));
    assertThat(task().getDueDate()).isEqualTo(due);
    assertThat(timer().getDuedate()).isEqualTo(due);

    setClock(LocalDateTime.of(2026, 3, 11, 17, 29));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();

    setClock(LocalDateTime.of(2026, 3, 11, 17, 31));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isOne();
    execute(timer());
    execute(job());

    assertThat(pi).isWaitingAt(Elements.TASK_ISSUE_LEGALITY_OPINION)
        .hasPassed(Elements.BOUNDARY_REVIEW_OVERDUE, Elements.TASK_RECORD_REVIEW_OVERDUE,
            Elements.END_OVERDUE_RECORDED);
    assertThat(stageRecords.events(pi.getBusinessKey(), RecordReviewOverdueDelegate.EVENT))
        .singleElement()
        .satisfies(r -> assertThat(r.getSummary()).isEqualTo("送审时预留的审查时间（不少于7个工作日，第二十六条）已过，尚未出具审查意见"));

    // The opinion comes later than the overdue record, so that the route's order is the clock's, not a tie's.
    setClock(LocalDateTime.of(2026, 3, 12, 9, 0));
    identityService.setAuthenticatedUserId(REVIEWER);
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), withVariables(Vars.LEGALITY_OUTCOME, "LAWFUL", Vars.LEGALITY_OPINION, "合法"));
    execute(job());
    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_REGISTER_SUBMISSION, Elements.TASK_ROUTE_REVIEWER,
        Elements.TASK_ROUTE_JUDICIAL_OFFICE, Elements.TASK_CHECK_COMPLETENESS, Elements.GATEWAY_SUBMISSION_COMPLETE,
        Elements.GATEWAY_COUNTY_GUIDANCE_NEEDED, Elements.GATEWAY_GUIDANCE_JOIN, Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION,
        Elements.GATEWAY_JUDICIAL_OFFICE_OPINION, Elements.GATEWAY_JUDICIAL_OFFICE_JOIN, Elements.TASK_ISSUE_LEGALITY_OPINION,
        Elements.BOUNDARY_REVIEW_OVERDUE, Elements.TASK_RECORD_REVIEW_OVERDUE, Elements.END_OVERDUE_RECORDED,
        Elements.TASK_RECORD_LEGALITY_OPINION, Elements.END_OPINION_ISSUED);
  }

  @Test
  void numbersResubmissionsAsConsecutiveRounds() {
    ProcessInstance first = submit(TOWN);
    complete(task(), withVariables(
        Vars.SUBMISSION_COMPLETE, Values.INCOMPLETE, Vars.COMPLETENESS_OPINION, "缺少法律依据"));
    execute(job());
    String decisionNo = first.getBusinessKey();

    ProcessInstance second = runtimeService.startProcessInstanceByKey(
        LegalityReviewProcess.KEY, decisionNo, withVariables(
            "decisionNo", decisionNo, "decisionUnit", TOWN, "decisionTitle", "再次送审",
            Vars.DRAFTED_BY, DRAFTER));
    assertThat(second).isWaitingAt(Elements.TASK_REGISTER_SUBMISSION);
    execute(job());
    accept();
    adviseAndIssue(second, Map.of(Vars.LEGALITY_OUTCOME, "LAWFUL", Vars.LEGALITY_OPINION, "合法"));

    assertThat(second).variables().containsEntry(Vars.REVIEW_ROUND, 2);
    assertThat(opinions.rounds(decisionNo))
        .extracting(LegalityOpinion::getRoundNo, LegalityOpinion::getOutcome)
        .containsExactly(
            tuple(1, LegalityOutcome.RETURNED_INCOMPLETE),
            tuple(2, LegalityOutcome.LAWFUL));
  }

  @Test
  void townsFollowJinhuasDefaultWithoutAJudicialOfficeStep() {
    ProcessInstance pi = submit(TOWN);
    accept();
    adviseAndIssue(pi, Map.of(Vars.LEGALITY_OUTCOME, "LAWFUL", Vars.LEGALITY_OPINION, "合法"));

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_REGISTER_SUBMISSION, Elements.TASK_ROUTE_REVIEWER,
        Elements.TASK_ROUTE_JUDICIAL_OFFICE, Elements.TASK_CHECK_COMPLETENESS, Elements.GATEWAY_SUBMISSION_COMPLETE,
        Elements.GATEWAY_COUNTY_GUIDANCE_NEEDED, Elements.GATEWAY_GUIDANCE_JOIN, Elements.TASK_PROVIDE_LEGAL_ADVISER_OPINION,
        Elements.GATEWAY_JUDICIAL_OFFICE_OPINION, Elements.GATEWAY_JUDICIAL_OFFICE_JOIN, Elements.TASK_ISSUE_LEGALITY_OPINION,
        Elements.TASK_RECORD_LEGALITY_OPINION, Elements.END_OPINION_ISSUED);
  }

  /**
   * A town that has its 司法所 take part (local practice, ADR 0025) adds a row to
   * town-review-participants; the review office still leads and issues the opinion.
   */
  @Test
  void aTownThatConfiguresItsJudicialOfficeGetsItsOpinionBeforeTheReviewOpinion() throws Exception {
    String dmn = new String(getClass().getResourceAsStream("/processes/town-review-participants.dmn").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8).replace(
        "<rule id=\"Rule_JinhuaDefault\">",
        "<rule id=\"Rule_Baima\"><inputEntry id=\"InputEntry_Baima\"><text>\"baima\"</text></inputEntry>"
            + "<outputEntry id=\"OutputEntry_Baima\"><text>\"baima-judicial-office\"</text></outputEntry></rule>"
            + "<rule id=\"Rule_JinhuaDefault\">");
    String deployment = repositoryService.createDeployment().name("baima judicial office (test)")
        .addString("town-review-participants.dmn", dmn).deploy().getId();
    try {
      ProcessInstance pi = submit(TOWN);
      assertThat(pi).variables().containsEntry(Vars.JUDICIAL_OFFICE_GROUP, "baima-judicial-office");
      accept();
      identityService.setAuthenticatedUserId(ADVISER);
      complete(task(), withVariables(Vars.LEGAL_ADVISER_OPINION, "同意"));
      assertThat(pi).isWaitingAt(Elements.TASK_PROVIDE_JUDICIAL_OFFICE_OPINION);
      assertThat(task()).hasCandidateGroup("baima-judicial-office");
      assertThatThrownBy(() -> complete(task(), withVariables(Vars.JUDICIAL_OFFICE_OPINION, " ")))
          .hasMessageContaining("请填写司法所的意见");
      complete(task(), withVariables(Vars.JUDICIAL_OFFICE_OPINION, "主体适格，程序完备"));

      assertThat(pi).isWaitingAt(Elements.TASK_ISSUE_LEGALITY_OPINION);
      assertThat(task()).as("the town's review office leads").hasCandidateGroup("baima-legal-review");
      assertThat(stageRecords.events(pi.getBusinessKey(), "JUDICIAL_OFFICE_OPINION_GIVEN"))
          .singleElement().satisfies(e -> assertThat(e.getSummary()).contains("主体适格，程序完备"));
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
    assertThat((Object) decisionService.evaluateDecisionTableByKey("town-review-participants",
        Map.of("decisionUnit", "baima")).getSingleEntry()).as("back to Jinhua's default").isNull();
  }

  private ProcessInstance submit(String unit) {
    ProcessInstance pi = startStage(LegalityReviewProcess.KEY, unit, Map.of(Vars.DRAFTED_BY, DRAFTER));
    assertThat(pi).isWaitingAt(Elements.TASK_REGISTER_SUBMISSION);
    execute(job());
    return pi;
  }

  private void accept() {
    complete(task(), withVariables(Vars.SUBMISSION_COMPLETE, Values.COMPLETE));
  }

  private void adviseAndIssue(ProcessInstance pi, Map<String, Object> opinion) {
    identityService.setAuthenticatedUserId(ADVISER);
    complete(task(), withVariables(Vars.LEGAL_ADVISER_OPINION, "同意，建议补充法律依据"));
    identityService.setAuthenticatedUserId(REVIEWER);
    assertThat(pi).isWaitingAt(Elements.TASK_ISSUE_LEGALITY_OPINION);
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), opinion);
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_LEGALITY_OPINION);
    execute(job());
  }

  private Job timer() {
    return managementService.createJobQuery().timers().activityId(Elements.BOUNDARY_REVIEW_OVERDUE).singleResult();
  }

  private static Date shanghai(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
