package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.audit.ConformanceRuns.Run;
import cn.gov.pujiang.decision.audit.ConformanceRuns.Scope;
import cn.gov.pujiang.decision.audit.ConformanceRuns.Violation;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.organisation.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import cn.gov.pujiang.decision.security.InterventionCheck;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conformance rules on decisions the engine really ran: the lifecycle path the
 * lifecycle tests walk has no finding, and the ways a real decision can leave the statute's path through
 * the engine — an administrator moving a token past the comment period's timer, an administrator
 * deleting the execution, a model version deployed without the Art. 25 gate — are found, with the
 * intervention itself.
 */
class ConformanceEngineTest extends ProcessTestSupport {

  @Autowired ConformanceRuns runs;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;

  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }

  /** An administrator (camunda-admin), created here: the test context has none of its own. */
  private void signInAsAdministrator() {
    TestUsers.runAsEngine(identityService, () -> {
      if (identityService.createGroupQuery().groupId(Groups.ADMINS).count() == 0) {
        createdGroup = true;
        Group group = identityService.newGroup(Groups.ADMINS);
        group.setName("系统管理员");
        identityService.saveGroup(group);
      }
      if (identityService.createUserQuery().userId(ADMIN).count() == 0) {
        User user = identityService.newUser(ADMIN);
        user.setFirstName("管");
        user.setLastName("理员");
        user.setPassword("demo");
        identityService.saveUser(user);
        identityService.createMembership(ADMIN, Groups.ADMINS);
        // What production grants camunda-admin when it creates the first administrator, for the two
        // resources an intervention on a running decision touches.
        for (Resources resource : List.of(Resources.PROCESS_INSTANCE, Resources.PROCESS_DEFINITION)) {
          if (authorizationService.createAuthorizationQuery().groupIdIn(Groups.ADMINS).resourceType(resource)
              .resourceId(Authorization.ANY).count() > 0) {
            continue; // a database shared with other tests (PostgreSQL ITs) may have the group's grant already
          }
          Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          grant.setGroupId(Groups.ADMINS);
          grant.setResource(resource);
          grant.setResourceId(Authorization.ANY);
          grant.addPermission(Permissions.ALL);
          grants.add(authorizationService.saveAuthorization(grant).getId());
        }
      }
    });
    identityService.setAuthentication(ADMIN, List.of(Groups.ADMINS));
  }

  private static final String ADMIN = "conform-admin";
  private final List<String> grants = new java.util.ArrayList<>();
  private boolean createdGroup;

  /** The context is shared by every test class: the administrator and its grants leave with this test. */
  @AfterEach
  void removeAdministrator() {
    TestUsers.runAsEngine(identityService, () -> {
      grants.forEach(authorizationService::deleteAuthorization);
      if (identityService.createUserQuery().userId(ADMIN).count() > 0) {
        identityService.deleteUser(ADMIN);
      }
      if (createdGroup) {
        identityService.deleteGroup(Groups.ADMINS);
      }
    });
  }

  private List<Violation> run(String no) {
    Run run = runs.run(new Scope(null, null, decisionRegister.get(no).getId()), "auditor", "AUDITOR");
    assertThat(run.rules()).allSatisfy(r -> assertThat(r.error()).as(r.ruleId()).isNull());
    return runs.violations(run.id(), null, null, false);
  }

  @Test
  void aDecisionWalkedThroughEveryStageAsTheLifecycleTestsDoHasNoFinding() {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(
        Stages.startForm(TOWN, Attributes.SPECIALISED_TECHNICAL, Attributes.MAY_AFFECT_STABILITY,
            Attributes.INVOLVES_MARKET_ACTORS)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
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
    stages.archiveDecisionRecords(no);
    stages.executeToCompletion(no);
    stages.confirmArchive(no);

    assertThat(run(no)).isEmpty();
  }

  /** A non-public matter drafted, submitted, reviewed LAWFUL (as MajorDecisionLifecycleTest.atLegalityReview). */
  private String reviewed() {
    return reviewed("LAWFUL");
  }

  /** A non-public matter drafted, submitted and reviewed with the given outcome. */
  private String reviewed(String outcome) {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN, Attributes.NON_PUBLIC)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.submitForReview(no);
    stages.review(no, outcome, false);
    return no;
  }

  @Test
  void rejectedSuspendedAndTerminatedDecisionsOfTheLifecycleTestsHaveNoFinding() {
    String rejected = reviewed();
    stages.meeting(rejected, "REJECTED", 2, 5);
    stages.confirmArchive(rejected);

    String suspendedThenTerminated = reviewed();
    stages.meeting(suspendedThenTerminated, "ADOPTED", 6, 1);
    stages.reportToPartyCommittee(suspendedThenTerminated);
    stages.recordNonDisclosure(suspendedThenTerminated);
    stages.archiveDecisionRecords(suspendedThenTerminated);
    stages.as("baima.head");
    driver.submit(suspendedThenTerminated, "Task_DesignateExecutionUnit", "executionUnit", "经济发展办公室");
    stages.as("baima.clerk");
    driver.submit(suspendedThenTerminated, "Task_ReportExecution", "executionStatus", "PROBLEM",
        "executionReport", "经营户集中反映过渡市场不足");
    stages.as("baima.head");
    driver.submit(suspendedThenTerminated, "Task_AssessProblem", "problemHandling", "SUSPEND",
        "problemAssessment", "情况紧急，先行中止");
    driver.submit(suspendedThenTerminated, "Task_RecordSuspension", "suspensionDecision", "镇长决定中止执行",
        "suspendedOn", Stages.today());
    // Art. 37: the decision body, not the head, decides what follows the suspension.
    driver.submit(suspendedThenTerminated, "Task_DecideOnExecution", "executionDecision", "CONTINUE",
        "decisionBodyMeeting", "白马镇党委政府联席会议第9次会议", "decisionBodyMeetingDate", Stages.today(),
        "executionDecisionContent", "先组织后评估，评估期间恢复一期施工");
    stages.as("baima.clerk");
    driver.submit(suspendedThenTerminated, "Task_ReportExecution", "executionStatus", "PROBLEM",
        "executionReport", "二期施工方案仍有争议");
    stages.as("baima.head");
    driver.submit(suspendedThenTerminated, "Task_AssessProblem", "problemHandling", "EVALUATE",
        "problemAssessment", "组织后评估");
    driver.submit(suspendedThenTerminated, "Task_DesignateEvaluator", "evaluatorUnit", "浙江某大学公共管理学院");
    stages.as("baima.clerk");
    documents.upload(suspendedThenTerminated, cn.gov.pujiang.decision.dossier.DocumentKind.EVALUATION_REPORT);
    driver.submit(suspendedThenTerminated, "Task_SubmitEvaluationReport",
        "publicInputSummary", "召开座谈会", "evaluationReport", "实施条件已发生重大变化", "evaluationConclusion", "TERMINATE");
    stages.as("baima.head");
    driver.submit(suspendedThenTerminated, "Task_DecideOnExecution", "executionDecision", "STOP",
        "decisionBodyMeeting", "白马镇党委政府联席会议第10次会议", "decisionBodyMeetingDate", Stages.today(),
        "executionDecisionContent", "实施条件已发生重大变化，停止执行");
    stages.confirmArchive(suspendedThenTerminated);

    assertThat(run(rejected)).isEmpty();
    assertThat(run(suspendedThenTerminated)).isEmpty();
  }

  @Test
  void anAdministratorWhoSkipsTheCommentPeriodIsFoundWithTheIntervention() {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    driver.submit(no, "Task_ChooseParticipationMethods",
        "openCommentChosen", true, "hearingChosen", false, "otherMethodsChosen", false, "commentPeriodDays", 30L);
    driver.submit(no, "Task_PublishCommentNotice", "noticeChannel", "镇政府门户网站", "noticePublishedOn", Stages.today());
    String participation = runtimeService.createProcessInstanceQuery().processDefinitionKey("public-participation")
        .processInstanceBusinessKey(no).singleResult().getId();

    signInAsAdministrator();
    InterventionCheck.withReason("镇里要求尽快上会", () -> {
      runtimeService.createProcessInstanceModification(participation)
          .cancelAllForActivity("TimerEvent_CommentPeriodEnds")
          .startBeforeActivity("Task_CollectPublicComments")
          .execute();
      return null;
    });

    List<Violation> found = run(no);
    assertThat(found).extracting(Violation::ruleId)
        .containsExactlyInAnyOrder("ART15_COMMENT_PERIOD", "ADMIN_INTERVENTION");
    assertThat(found).filteredOn(v -> v.ruleId().equals("ART15_COMMENT_PERIOD")).singleElement()
        .satisfies(v -> assertThat(v.found()).contains("征求意见期仅0日"));
    assertThat(found).filteredOn(v -> v.ruleId().equals("ADMIN_INTERVENTION")).singleElement()
        .satisfies(v -> assertThat(v.found()).contains("镇里要求尽快上会"));
  }

  @Test
  void anAdministratorWhoDeletesTheExecutionIsFound() {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.publicParticipationByOpenComment(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "ADOPTED", 5, 2);
    stages.reportToPartyCommittee(no);
    stages.publish(no);
    stages.archiveDecisionRecords(no);
    String execution = TestUsers.asEngine(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("decision-execution").processInstanceBusinessKey(no).singleResult().getId());

    signInAsAdministrator();
    InterventionCheck.withReason("领导口头要求停止执行", () -> {
      runtimeService.deleteProcessInstance(execution, "领导口头要求停止执行");
      return null;
    });

    assertThat(run(no)).extracting(Violation::ruleId)
        .containsExactlyInAnyOrder("ART37_EXECUTION_CHANGE", "ADMIN_INTERVENTION");
  }

  /**
   * An administrator's process-instance modification, as a real administrator could make it: cancels the stage
   * task the decision waits at and starts the decision (or its stage process) before a later element, with
   * the given variables (what the skipped form would have set for the later steps).
   */
  private void skip(String no, String processKey, String skipped, String next, String reason, Object... vars) {
    String instance = TestUsers.asEngine(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(no).active().singleResult().getId());
    signInAsAdministrator();
    InterventionCheck.withReason(reason, () -> {
      var modification = runtimeService.createProcessInstanceModification(instance)
          .cancelAllForActivity(skipped)
          .startBeforeActivity(next);
      for (int i = 0; i < vars.length; i += 2) {
        modification = modification.setVariable((String) vars[i], vars[i + 1]);
      }
      modification.execute();
      return null;
    });
    // Signed out: the next user's groups are looked up without the administrator's authorizations.
    identityService.clearAuthentication();
    driver.runDueJobs(no);
  }

  @Test
  void anAdministratorWhoSkipsTheInitiationDecisionIsFound() {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN, Attributes.NON_PUBLIC)));
    stages.as("baima.clerk");
    driver.submit(no, "Task_StudyProposal", "studyConclusion", "问题属实，改造必要且可行");
    skip(no, "major-decision", "Task_DecideInitiation", "Task_DraftDecision", "领导已口头同意启动");
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);

    List<Violation> found = run(no);
    assertThat(found).extracting(Violation::ruleId)
        .containsExactlyInAnyOrder("ART10_12_INITIATION_AND_DRAFT", "ADMIN_INTERVENTION");
    assertThat(found).filteredOn(v -> v.ruleId().equals("ART10_12_INITIATION_AND_DRAFT")).singleElement()
        .satisfies(v -> assertThat(v.found()).contains("报送合法性审查").contains("承办单位")
            .doesNotContain("草案拟定").doesNotContain("起草说明"));
  }

  /**
   * Four tasks skipped by an administrator on one decision: the expert opinions (Art. 19), the risk report
   * (Art. 23), the interpretation a specialised matter requires (Art. 32) and the execution unit (Art. 34).
   * Each later stage still ran and recorded its result; each rule finds its skipped step.
   */
  @Test
  void anAdministratorWhoSkipsTheOpinionsTheRiskReportTheInterpretationAndTheExecutionUnitIsFound() {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(
        Stages.startForm(TOWN, Attributes.SPECIALISED_TECHNICAL, Attributes.MAY_AFFECT_STABILITY)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.as("baima.clerk");
    driver.submit(no, "Task_OrganiseRiskAssessment",
        "assessorType", "THIRD_PARTY", "riskAssessorUnit", "金华某社会稳定风险评估中心",
        "departmentsHeard", "已听取县市场监管局、县消防救援大队意见");
    skip(no, "risk-assessment", "Task_SubmitRiskReport", "Task_RecordRiskAssessmentResult", "评估机构线下已报送",
        "riskLevel", "LOW");
    stages.as("baima.clerk");
    driver.submit(no, "Task_SelectExperts",
        "argumentationMethod", "ARGUMENTATION_MEETING", "expertInstitution", "浙江省市场建设研究院",
        "outsideExpertsReason", "专家库中无农贸市场建设专业机构",
        "expertsNoDirectInterest", true, "differentViewsRepresented", true);
    skip(no, "expert-argumentation", "Task_RecordExpertOpinions", "Task_RecordArgumentationResult", "专家意见口头已提出");
    stages.publicParticipationByOpenComment(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "ADOPTED", 5, 2);
    stages.reportToPartyCommittee(no);
    stages.publish(no);
    skip(no, "decision-publication", "Task_PublishInterpretation", "Task_RecordPublication", "无需解读");
    stages.archiveDecisionRecords(no);
    skip(no, "decision-execution", "Task_DesignateExecutionUnit", "Task_ReportExecution", "执行单位众所周知");
    stages.as("baima.clerk");
    driver.submit(no, "Task_ReportExecution", "executionStatus", "ON_TRACK", "executionReport", "一期施工进展顺利");

    List<Violation> found = run(no);
    assertThat(found).extracting(Violation::ruleId).containsOnly("ART19_EXPERT_OPINIONS", "ART23_RISK_REPORT",
        "ART32_INTERPRETATION", "ART34_35_EXECUTION", "ADMIN_INTERVENTION");
    assertThat(found).extracting(Violation::ruleId).filteredOn(r -> !r.equals("ADMIN_INTERVENTION"))
        .containsExactlyInAnyOrder("ART19_EXPERT_OPINIONS", "ART23_RISK_REPORT", "ART32_INTERPRETATION",
            "ART34_35_EXECUTION");
    assertThat(found).filteredOn(v -> v.ruleId().equals("ART32_INTERPRETATION")).singleElement()
        .satisfies(v -> assertThat(v.found()).contains("专业性、技术性较强"));
    assertThat(found).filteredOn(v -> v.ruleId().equals("ART34_35_EXECUTION")).singleElement()
        .satisfies(v -> assertThat(v.found()).contains("没有决策机关明确执行单位的记录"));
  }

  /**
   * A model version with the Art. 29 step drawn around, deployed as a modeller's mistake would be: in
   * collective-discussion the start's flow goes to Task_ScheduleMeeting, so Task_SubmitMeetingMaterials
   * (and its meetingMaterialsCheck) is never reached. The meeting is scheduled, held and recorded by the
   * office and the secretary through the variant, and ART29_MEETING_MATERIALS finds that meeting, and only
   * it. On the real models the same decision submits its materials first and has no finding
   * (aDecisionWalkedThroughEveryStageAsTheLifecycleTestsDoHasNoFinding).
   */
  @Test
  void aMeetingHeldThroughAModelVersionWithoutTheMaterialsStepIsFound() {
    String deployment = deployMeetingWithoutMaterials();
    try {
      String no = reviewed();
      assertThat(driver.openTaskKeys(no)).as("the variant skips the materials").containsExactly("Task_ScheduleMeeting");
      stages.as("baima.secretary");
      driver.submit(no, "Task_ScheduleMeeting", "meetingType", "TOWN_EXECUTIVE", "meetingDate", Stages.daysFromToday(14));
      Stages.advanceDays(14);
      documents.upload(no, cn.gov.pujiang.decision.dossier.DocumentKind.MEETING_MINUTES);
      driver.submit(no, "Task_RecordMeeting",
          "meetingParticipants", Stages.participants("ADOPTED", 5, 2, 0),
          "headDecision", "综合讨论意见作出决定", "meetingOutcome", "ADOPTED", "deviationReason", "",
          "riskJudgement", "CONTROLLABLE", "meetingMinutes", "第6次镇长办公会议纪要");

      assertThat(run(no)).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo("ART29_MEETING_MATERIALS");
        assertThat(v.evidenceRef()).startsWith("MEETING:");
        assertThat(v.found()).contains("没有报送集体讨论材料的记录");
      });
    } finally {
      TestUsers.runAsEngine(identityService, () -> repositoryService.deleteDeployment(deployment, true));
    }
  }

  /** Deploys collective-discussion with the start's flow drawn to Task_ScheduleMeeting; returns the deployment id. */
  private String deployMeetingWithoutMaterials() {
    BpmnModelInstance meeting = model("collective-discussion");
    SequenceFlow toMaterials = meeting.getModelElementById("SequenceFlow_ToSubmitMeetingMaterials");
    FlowNode schedule = meeting.getModelElementById("Task_ScheduleMeeting");
    toMaterials.getTarget().getIncoming().remove(toMaterials);
    toMaterials.setTarget(schedule);
    schedule.getIncoming().add(toMaterials);
    return TestUsers.asEngine(identityService, () -> repositoryService.createDeployment()
        .name("conformance-test-without-meeting-materials")
        .addModelInstance("collective-discussion.bpmn", meeting)
        .deploy().getId());
  }

  /**
   * A model version with a bug, deployed here as a modeller's mistake would be: in major-decision the
   * flow for 不合法 / 退回补充 (SequenceFlow_LegalityReturned) drawn to the collective discussion instead
   * of Task_ReviseDraft, and the Art. 25 gate (legalityGateListener) left off both
   * CallActivity_CollectiveDiscussion and collective-discussion's start event. Same process keys (the
   * driver, the authorizations and the app find the decision's process by key), so the variant is the
   * latest version while this test runs and its deployment is deleted, cascading, in the finally block.
   * On the real models the same UNLAWFUL opinion sends the draft back, with no meeting and no finding;
   * through the variant the meeting is held and Art. 25's rule finds exactly that meeting.
   */
  @Test
  void aMeetingHeldThroughAModelVersionWithoutTheLegalityGateIsFound() {
    String real = reviewed("UNLAWFUL");
    assertThat(driver.openTaskKeys(real)).containsExactly("Task_ReviseDraft");
    assertThat(run(real)).isEmpty();

    String deployment = deployModelsWithoutTheLegalityGate();
    try {
      String no = reviewed("UNLAWFUL");
      assertThat(TestUsers.asEngine(identityService, () -> repositoryService.getProcessDefinition(
              runtimeService.createProcessInstanceQuery().processDefinitionKey("major-decision")
                  .processInstanceBusinessKey(no).singleResult().getProcessDefinitionId()).getDeploymentId()))
          .as("the decision runs on the variant").isEqualTo(deployment);
      assertThat(driver.openTaskKeys(no)).as("the unlawful draft went to the meeting")
          .containsExactly("Task_SubmitMeetingMaterials");
      stages.meeting(no, "ADOPTED", 5, 2);

      assertThat(run(no)).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo("ART25_REVIEW_BEFORE_MEETING");
        assertThat(v.evidenceRef()).startsWith("MEETING:");
        assertThat(v.found()).contains("没有结论为合法或修改后合法的合法性审查意见");
      });
    } finally {
      TestUsers.runAsEngine(identityService, () -> repositoryService.deleteDeployment(deployment, true));
    }
    assertThat(TestUsers.asEngine(identityService, () -> repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("major-decision").latestVersion().singleResult().getDeploymentId()))
        .as("the real model is the latest again").isNotEqualTo(deployment);
  }

  /** Deploys the buggy versions of major-decision and collective-discussion; returns the deployment id. */
  private String deployModelsWithoutTheLegalityGate() {
    BpmnModelInstance main = model("major-decision");
    SequenceFlow returned = main.getModelElementById("SequenceFlow_LegalityReturned");
    FlowNode discussion = main.getModelElementById("CallActivity_CollectiveDiscussion");
    returned.getTarget().getIncoming().remove(returned);
    returned.setTarget(discussion);
    discussion.getIncoming().add(returned);
    removeLegalityGate(main);
    BpmnModelInstance meeting = model("collective-discussion");
    removeLegalityGate(meeting);
    return TestUsers.asEngine(identityService, () -> repositoryService.createDeployment()
        .name("conformance-test-without-legality-gate")
        .addModelInstance("major-decision.bpmn", main)
        .addModelInstance("collective-discussion.bpmn", meeting)
        .deploy().getId());
  }

  private static BpmnModelInstance model(String key) {
    try (InputStream in = ConformanceEngineTest.class.getResourceAsStream("/processes/" + key + ".bpmn")) {
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void removeLegalityGate(BpmnModelInstance model) {
    List<CamundaExecutionListener> gates = model.getModelElementsByType(CamundaExecutionListener.class).stream()
        .filter(l -> "${legalityGateListener}".equals(l.getCamundaDelegateExpression()))
        .toList();
    assertThat(gates).isNotEmpty();
    gates.forEach(l -> l.getParentElement().removeChildElement(l));
  }
}
