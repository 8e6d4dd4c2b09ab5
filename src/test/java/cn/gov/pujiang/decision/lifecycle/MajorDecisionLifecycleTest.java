package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.support.Routes.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.archive.ArchiveRecord;
import cn.gov.pujiang.decision.archive.ArchiveRecords;
import cn.gov.pujiang.decision.archive.ArchiveScope;
import cn.gov.pujiang.decision.archive.ArchiveStatus;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Elements;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.review.LegalityOpinions;
import cn.gov.pujiang.decision.support.Stages;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.AuthorizationException;
import cn.gov.pujiang.decision.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * major-decision from the legality review to the archive: every outgoing flow of the legality,
 * revision and meeting gateways, and one test per outcome that compares the whole route taken, from
 * the engine's history, and checks the archived outcome.
 */
class MajorDecisionLifecycleTest extends ProcessTestSupport {

  @Autowired LegalityOpinions legalityOpinions;
  @Autowired ArchiveRecords archiveRecords;
  @Autowired StageRecords stageRecords;


  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }


  @Test
  void adoptedDecisionWithEveryProcedurePassesEveryStageAndIsArchived() {
    ProcessInstance pi =
        start(TOWN, Attributes.SPECIALISED_TECHNICAL, Attributes.MAY_AFFECT_STABILITY, Attributes.INVOLVES_MARKET_ACTORS);
    String no = driver.businessKeyOf(pi);
    assertThat(stages.variable(no, CommonVariables.DECISION_UNIT_NAME)).as("Tasklist shows the unit's name").isEqualTo("白马镇");
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);

    assertThat(driver.openTaskKeys(no))
        .containsExactlyInAnyOrder(
            "Task_ChooseParticipationMethods", "Task_SelectExperts", "Task_OrganiseRiskAssessment",
            Elements.TASK_DRAFTER_FAIR_COMPETITION);
    stages.riskAssessment(no);
    stages.expertArgumentation(no);
    stages.fairCompetitionReview(no);
    stages.publicParticipationByOpenComment(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "ADOPTED", 5, 2);
    stages.reportToPartyCommittee(no);
    stages.publish(no);
    stages.interpret(no);
    assertThat(driver.openTaskKeys(no)).as("Art. 33: archived at publication, not after execution")
        .containsExactly("Task_ConfirmArchive");
    stages.archiveDecisionRecords(no);
    ArchiveRecord atPublication = archiveRecords.find(no).orElseThrow();
    assertThat(atPublication.getScope()).isEqualTo(ArchiveScope.DECISION_MAKING);
    assertThat(atPublication.getStatus()).isEqualTo(ArchiveStatus.ARCHIVED);
    assertThat(atPublication.getArchiveNo()).as("DA/T 22: fonds-year-retention-organisation-item")
        .matches("PJ006-\\d{4}-Y-BGS-\\d{4}");
    assertThat(decisionRegister.get(no).getStatus()).isEqualTo(DecisionStatus.EXECUTION);
    assertThat(decisionRegister.get(no).getOutcome()).isNull();
    stages.executeToCompletion(no);
    stages.confirmArchive(no);

    assertThat(pi).isEnded();
    List<String> route = routeOf(no);
    assertThat(route).contains(Elements.TASK_SUBMIT_FOR_REVIEW);
    int fork = TO_THE_PROCEDURES.length;
    int submitted = route.indexOf(Elements.TASK_SUBMIT_FOR_REVIEW);
    assertThat(route.subList(0, fork)).containsExactly(TO_THE_PROCEDURES);
    // The procedures run side by side: the history orders branches that start at one moment by per-branch
    // counters, not as they ran, so this section is compared in any order, each branch's own steps in order.
    assertThat(route.subList(fork, submitted))
        .containsExactlyInAnyOrder(
            Elements.CALL_PUBLIC_PARTICIPATION, Elements.CALL_EXPERT_ARGUMENTATION, Elements.CALL_RISK_ASSESSMENT,
            Elements.TASK_ROUTE_FAIR_COMPETITION, Elements.TASK_DRAFTER_FAIR_COMPETITION,
            Elements.GATEWAY_MARKET_REGULATOR_REVIEW, Elements.GATEWAY_FAIR_COMPETITION,
            Elements.GATEWAY_PROCEDURES_JOIN, Elements.GATEWAY_PROCEDURES_JOIN, Elements.GATEWAY_PROCEDURES_JOIN,
            Elements.GATEWAY_PROCEDURES_JOIN)
        .as("a town's own measure is reviewed by the town as drafter (公平竞争审查条例 Arts. 13, 14)")
        .containsSubsequence(Elements.TASK_ROUTE_FAIR_COMPETITION, Elements.TASK_DRAFTER_FAIR_COMPETITION,
            Elements.GATEWAY_MARKET_REGULATOR_REVIEW, Elements.GATEWAY_FAIR_COMPETITION);
    assertThat(route.subList(submitted, route.size())).containsExactly(
        Elements.TASK_SUBMIT_FOR_REVIEW, Elements.CALL_LEGALITY_REVIEW, Elements.GATEWAY_LEGALITY_OUTCOME,
        Elements.CALL_COLLECTIVE_DISCUSSION, Elements.GATEWAY_MEETING_OUTCOME, Elements.CALL_PUBLICATION,
        Elements.CALL_ARCHIVE_DECISION_RECORDS, Elements.CALL_EXECUTION, Elements.CALL_ARCHIVE_SUPPLEMENT,
        Elements.END_ARCHIVED);
    Decision decision = decisionRegister.get(no);
    assertThat(decision.getStatus()).isEqualTo(DecisionStatus.ARCHIVED);
    assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.ADOPTED);
    ArchiveRecord archive = archiveRecords.find(no).orElseThrow();
    assertThat(archive.getArchiveNo()).as("the supplement keeps the file's number").isEqualTo(atPublication.getArchiveNo());
    assertThat(archive.getChainSeq()).as("sealed once, at publication").isEqualTo(atPublication.getChainSeq());
    assertThat(archiveRecords.supplements(no)).singleElement().satisfies(s -> {
      assertThat(s.getStatus()).isEqualTo(ArchiveStatus.ARCHIVED);
      assertThat(s.getOutcome()).isEqualTo(DecisionOutcome.ADOPTED);
      assertThat(s.getEntryCount()).isPositive();
      assertThat(s.getContentHash()).hasSize(64);
    });
    assertThat(archive.getArchivedBy()).isEqualTo("baima.secretary");
    assertThat(stageRecords.trail(no).stream().map(StageRecord::getStage).distinct())
        .contains("INITIATION", "DRAFTING", "PROCEDURES", "PUBLIC_PARTICIPATION", "EXPERT_ARGUMENTATION",
            "RISK_ASSESSMENT", "LEGALITY_REVIEW", "COLLECTIVE_DISCUSSION", "PUBLICATION", "EXECUTION", "ARCHIVING");
  }

  @Test
  void decisionTheOrganDoesNotStartIsStillArchived() {
    ProcessInstance pi = start(TOWN);
    String no = driver.businessKeyOf(pi);
    stages.as("baima.clerk");
    driver.submit(no, Elements.TASK_STUDY_PROPOSAL, "studyConclusion", "条件尚不成熟");
    stages.as("baima.head");
    driver.submit(no, Elements.TASK_DECIDE_INITIATION, "initiationDecision", "NOT_START", "initiationOpinion", "暂不启动");
    stages.confirmArchive(no);

    assertThat(pi).isEnded();
    assertThat(routeOf(no)).containsExactly(
        Elements.START, Elements.TASK_REGISTER_DECISION, Elements.TASK_STUDY_PROPOSAL, Elements.TASK_DECIDE_INITIATION,
        Elements.GATEWAY_INITIATION, Elements.CALL_ARCHIVING, Elements.END_ARCHIVED);
    assertThat(decisionRegister.get(no).getOutcome()).isEqualTo(DecisionOutcome.NOT_INITIATED);
    assertThat(decisionRegister.get(no).getStatus()).isEqualTo(DecisionStatus.ARCHIVED);
  }

  @Test
  void incompleteSubmissionGoesBackToTheOrganisingUnitAndIsReviewedAgainOnResubmission() {
    String no = atLegalityReview(TOWN);
    stages.returnAsIncomplete(no);

    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_REVISE_DRAFT);
    assertThat(stages.variable(no, "legalityOpinion")).isEqualTo("缺少风险评估报告附件，请补充");
    stages.as("baima.clerk");
    driver.submit(no, Elements.TASK_REVISE_DRAFT, "revisionDecision", "RESUBMIT", "revisionSummary", "补充风险评估报告");
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);

    assertThat(legalityOpinions.rounds(no)).hasSize(2);
    assertThat(driver.openTaskKeys(no)).containsExactly("Task_SubmitMeetingMaterials");
    assertThat(mainInstance(no)).isWaitingAt(Elements.CALL_COLLECTIVE_DISCUSSION);
    assertThat(routeOf(no)).containsExactly(concat(TO_THE_LEGALITY_OUTCOME,
        Elements.TASK_REVISE_DRAFT, Elements.GATEWAY_REVISION_DECISION, Elements.TASK_SUBMIT_FOR_REVIEW,
        Elements.CALL_LEGALITY_REVIEW, Elements.GATEWAY_LEGALITY_OUTCOME, Elements.CALL_COLLECTIVE_DISCUSSION));
  }

  @Test
  void unlawfulDraftReturnsForRevisionAndAWithdrawnDecisionIsArchived() {
    String no = atLegalityReview(TOWN);
    stages.review(no, "UNLAWFUL", false);

    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_REVISE_DRAFT);
    stages.as("baima.clerk");
    driver.submit(no, Elements.TASK_REVISE_DRAFT, "revisionDecision", "WITHDRAW", "withdrawalReason", "上级政策调整，不再推进");
    stages.confirmArchive(no);

    assertThat(mainInstance(no)).isEnded();
    assertThat(routeOf(no)).containsExactly(concat(TO_THE_LEGALITY_OUTCOME,
        Elements.TASK_REVISE_DRAFT, Elements.GATEWAY_REVISION_DECISION, Elements.CALL_ARCHIVING, Elements.END_ARCHIVED));
    assertThat(decisionRegister.get(no).getOutcome()).isEqualTo(DecisionOutcome.WITHDRAWN);
    assertThat(stageRecords.events(no, "DECISION_WITHDRAWN")).hasSize(1);
  }

  @Test
  void lawfulWithChangesWithoutRecheckIsAmendedAndGoesToTheMeeting() {
    String no = atLegalityReview(TOWN);
    stages.review(no, "LAWFUL_WITH_CHANGES", false);

    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_AMEND_PER_OPINION);
    stages.as("baima.clerk");
    driver.submit(no, Elements.TASK_AMEND_PER_OPINION, "amendmentSummary", "按审查意见删除第五条");

    assertThat(driver.openTaskKeys(no)).containsExactly("Task_SubmitMeetingMaterials");
    assertThat(routeOf(no)).containsExactly(concat(TO_THE_LEGALITY_OUTCOME,
        Elements.TASK_AMEND_PER_OPINION, Elements.CALL_COLLECTIVE_DISCUSSION));
  }

  @Test
  void lawfulWithChangesThatMustBeCheckedAgainReturnsForRevision() {
    String no = atLegalityReview(TOWN);
    stages.review(no, "LAWFUL_WITH_CHANGES", true);

    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_REVISE_DRAFT);
    assertThat(legalityOpinions.hasPassingOpinion(no)).isFalse();
    assertThat(routeOf(no)).containsExactly(concat(TO_THE_LEGALITY_OUTCOME, Elements.TASK_REVISE_DRAFT));
  }

  @Test
  void exploratoryReformWithDisclosedRisksGoesToTheMeeting() {
    String no = atLegalityReview(COUNTY);
    stages.review(no, "EXPLORATORY_RISK_DISCLOSED", false);

    assertThat(driver.openTaskKeys(no)).containsExactly("Task_SubmitMeetingMaterials");
    assertThat(routeOf(no)).containsExactly(concat(TO_THE_LEGALITY_OUTCOME, Elements.CALL_COLLECTIVE_DISCUSSION));
  }

  @Test
  void meetingThatSendsTheDraftBackOffersToRerunTheProceduresForAMaterialChange() {
    String no = atLegalityReview(TOWN);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "REVISE", 3, 4);

    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_REVISE_DRAFT);
    stages.as("baima.clerk");
    driver.submit(no, Elements.TASK_REVISE_DRAFT, "revisionDecision", "RECONSULT", "revisionSummary", "调整改造范围");

    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_CONFIRM_PROCEDURES);
    assertThat(decisionRegister.get(no).getStatus()).isEqualTo(DecisionStatus.PROCEDURES);
    assertThat(routeOf(no)).containsExactly(concat(TO_THE_LEGALITY_OUTCOME,
        Elements.CALL_COLLECTIVE_DISCUSSION, Elements.GATEWAY_MEETING_OUTCOME, Elements.TASK_REVISE_DRAFT,
        Elements.GATEWAY_REVISION_DECISION, Elements.TASK_CONFIRM_PROCEDURES));
  }

  @Test
  void decisionRejectedAtTheMeetingIsArchivedAsRejected() {
    String no = atLegalityReview(TOWN);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "REJECTED", 2, 5);
    stages.confirmArchive(no);

    assertThat(mainInstance(no)).isEnded();
    assertThat(routeOf(no)).containsExactly(concat(TO_THE_LEGALITY_OUTCOME,
        Elements.CALL_COLLECTIVE_DISCUSSION, Elements.GATEWAY_MEETING_OUTCOME, Elements.CALL_ARCHIVING,
        Elements.END_ARCHIVED));
    assertThat(decisionRegister.get(no).getOutcome()).isEqualTo(DecisionOutcome.REJECTED);
  }

  @Test
  void decisionWhoseExecutionTheBodyStopsAfterEvaluationIsArchivedAsTerminated() {
    String no = atLegalityReview(TOWN);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "ADOPTED", 6, 1);
    stages.reportToPartyCommittee(no);
    stages.recordNonDisclosure(no);
    stages.archiveDecisionRecords(no);
    stages.as("baima.head");
    driver.submit(no, "Task_DesignateExecutionUnit", "executionUnit", "经济发展办公室");
    stages.as("baima.clerk");
    driver.submit(no, "Task_ReportExecution", "executionStatus", "PROBLEM", "executionReport", "经营户集中反映过渡市场不足");
    stages.as("baima.head");
    driver.submit(no, "Task_AssessProblem", "problemHandling", "EVALUATE", "problemAssessment", "组织后评估");
    driver.submit(no, "Task_DesignateEvaluator", "evaluatorUnit", "浙江某大学公共管理学院");
    stages.as("baima.clerk");
    documents.upload(no, DocumentKind.EVALUATION_REPORT);
    driver.submit(no, "Task_SubmitEvaluationReport",
        "publicInputSummary", "召开座谈会，邀请人大代表、政协委员参加", "evaluationReport", "实施条件已发生重大变化",
        "evaluationConclusion", "TERMINATE");
    // The evaluation is a basis only (Decree 713 Art. 36); the decision body stops execution (Art. 37).
    assertThat(decisionRegister.get(no).getOutcome()).isNull();
    stages.as("baima.head");
    driver.submit(no, "Task_DecideOnExecution", "executionDecision", "STOP", "decisionBodyMeeting", "白马镇党委政府联席会议第9次会议",
        "decisionBodyMeetingDate", Stages.today(), "executionDecisionContent", "实施条件已发生重大变化，停止执行");
    stages.confirmArchive(no);

    assertThat(decisionRegister.get(no).getOutcome()).isEqualTo(DecisionOutcome.TERMINATED);
    assertThat(mainInstance(no)).isEnded();
    assertThat(routeOf(no)).containsExactly(ADOPTED_FROM_THE_LEGALITY_OUTCOME);
  }

  @Test
  void decisionTheBodyDecidesToAdjustMajorlyIsArchivedAsAdjustmentRequired() {
    String no = atLegalityReview(TOWN);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "ADOPTED", 6, 1);
    stages.reportToPartyCommittee(no);
    stages.recordNonDisclosure(no);
    stages.archiveDecisionRecords(no);
    stages.as("baima.head");
    driver.submit(no, "Task_DesignateExecutionUnit", "executionUnit", "经济发展办公室");
    stages.as("baima.clerk");
    driver.submit(no, "Task_ReportExecution", "executionStatus", "PROBLEM", "executionReport", "上级规划调整，改造范围须大幅扩大");
    stages.as("baima.head");
    driver.submit(no, "Task_AssessProblem", "problemHandling", "DECIDE", "problemAssessment", "提请决策机关研究");
    driver.submit(no, "Task_DecideOnExecution", "executionDecision", "ADJUST", "decisionBodyMeeting", "白马镇党委政府联席会议第10次会议",
        "decisionBodyMeetingDate", Stages.today(), "executionDecisionContent", "改造范围须重大调整，按新决策程序办理");
    stages.confirmArchive(no);

    assertThat(decisionRegister.get(no).getOutcome()).isEqualTo(DecisionOutcome.ADJUSTMENT_REQUIRED);
    assertThat(mainInstance(no)).isEnded();
    assertThat(routeOf(no)).containsExactly(ADOPTED_FROM_THE_LEGALITY_OUTCOME);
  }

  @Test
  void collectiveDiscussionCannotBeReachedWithoutAPassedLegalityReviewEvenByModification() {
    String no = atLegalityReview(TOWN);
    String main = decisionRegister.get(no).getProcessInstanceId();

    assertThatThrownBy(
            () ->
                runtimeService
                    .createProcessInstanceModification(main)
                    .startBeforeActivity(Elements.CALL_COLLECTIVE_DISCUSSION)
                    .execute())
        .as("a clerk may not modify a running decision at all")
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(
            () -> TestUsers.runAsEngine(identityService, () ->
                runtimeService
                    .createProcessInstanceModification(main)
                    .startBeforeActivity(Elements.CALL_COLLECTIVE_DISCUSSION)
                    .execute()))
        .as("nor may anyone with the right to modify instances skip the review")
        .hasMessageContaining("未经合法性审查");
    assertThat(driver.openTaskKeys(no)).doesNotContain("Task_SubmitMeetingMaterials");
  }

  @Test
  void countyDecisionIsReviewedByTheJudicialBureau() {
    String no = atLegalityReview(COUNTY);
    stages.as("sfj.reviewer");

    List<String> groups =
        taskService.getIdentityLinksForTask(driver.task(no, "Task_CheckCompleteness").getId()).stream()
            .map(link -> link.getGroupId())
            .toList();
    assertThat(groups).containsExactly("sfj-review");
  }

  // --- helpers -------------------------------------------------------------------------------

  /** The main process's whole route from history, read as the engine: history is not every role's to read. */
  List<String> routeOf(String no) {
    String id = decisionRegister.get(no).getProcessInstanceId();
    return TestUsers.asEngine(identityService, () -> route(historyService, id));
  }

  /** From the start to the procedures' fork, the first time round, with no correction of the matter's facts. */
  static final String[] TO_THE_PROCEDURES = {
    Elements.START, Elements.TASK_REGISTER_DECISION, Elements.TASK_STUDY_PROPOSAL, Elements.TASK_DECIDE_INITIATION,
    Elements.GATEWAY_INITIATION, Elements.TASK_DRAFT_DECISION, Elements.TASK_DETERMINE_PROCEDURES,
    Elements.TASK_CONFIRM_PROCEDURES, Elements.GATEWAY_FACT_CHANGE_REQUESTED, Elements.TASK_RECORD_PROCEDURE_PLAN,
    Elements.GATEWAY_PROCEDURES_FORK
  };

  /** {@link #atLegalityReview}'s matter (no conditional procedure) up to the first legality outcome. */
  static final String[] TO_THE_LEGALITY_OUTCOME = concat(TO_THE_PROCEDURES,
      Elements.GATEWAY_PROCEDURES_JOIN, Elements.TASK_SUBMIT_FOR_REVIEW, Elements.CALL_LEGALITY_REVIEW,
      Elements.GATEWAY_LEGALITY_OUTCOME);

  /** An adopted decision of that matter: met, published, its records archived, executed, the supplement archived. */
  static final String[] ADOPTED_FROM_THE_LEGALITY_OUTCOME = concat(TO_THE_LEGALITY_OUTCOME,
      Elements.CALL_COLLECTIVE_DISCUSSION, Elements.GATEWAY_MEETING_OUTCOME, Elements.CALL_PUBLICATION,
      Elements.CALL_ARCHIVE_DECISION_RECORDS, Elements.CALL_EXECUTION, Elements.CALL_ARCHIVE_SUPPLEMENT,
      Elements.END_ARCHIVED);

  static String[] concat(String[] head, String... tail) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(head), java.util.Arrays.stream(tail))
        .toArray(String[]::new);
  }

  ProcessInstance start(String unit, String... attributes) {
    stages.as(unit + ".clerk");
    return driver.startDecision(Stages.startForm(unit, attributes));
  }

  /** A public-interest-free matter (nonPublic) drafted and submitted: waiting for the reviewer. */
  String atLegalityReview(String unit) {
    String no = driver.businessKeyOf(start(unit, Attributes.NON_PUBLIC));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.submitForReview(no);
    return no;
  }

  ProcessInstance mainInstance(String no) {
    String id = decisionRegister.get(no).getProcessInstanceId();
    ProcessInstance running = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    if (running != null) {
      return running;
    }
    return historicAsInstance(id);
  }

  private ProcessInstance historicAsInstance(String id) {
    var historic = historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    return new org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity() {
      {
        setId(historic.getId());
        setProcessInstanceId(historic.getId());
        setProcessDefinitionId(historic.getProcessDefinitionId());
      }
    };
  }
}
