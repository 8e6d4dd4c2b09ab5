package cn.gov.pujiang.decision.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Elements;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a decision keeps in process variables (the throughput and cluster work): each stage process receives only the
 * variables its call activity maps in (docs/processes.md, "What each stage receives"), not a copy
 * of the main process's fifty-odd variables, each of which would be a row in ACT_RU_VARIABLE,
 * ACT_HI_VARINST and ACT_HI_DETAIL. Walks whole decisions as their officials do and reads the
 * engine's history; logs the variable instances per process so that the figure can be compared
 * with docs/performance.md. The variables only the stages' Java listeners read (which a static
 * check cannot find) are proven to arrive by the refusals those listeners make.
 */
class StageVariablesTest extends ProcessTestSupport {

  private static final Logger log = LoggerFactory.getLogger(StageVariablesTest.class);

  @Autowired RepositoryService repositoryService;


  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }


  @Test
  void everyStageOfADecisionWithEveryProcedureHoldsOnlyTheDecisionVariablesMappedIntoIt() {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(
        TOWN, Attributes.SPECIALISED_TECHNICAL, Attributes.MAY_AFFECT_STABILITY, Attributes.INVOLVES_MARKET_ACTORS)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.riskAssessment(no);
    stages.expertArgumentation(no);
    stages.fairCompetitionReview(no);
    stages.publicParticipationByOpenComment(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    stages.as("baima.clerk");
    assertThatThrownBy(() -> driver.submit(no, "Task_SubmitMeetingMaterials",
            "materialDraftIncluded", true, "materialPublicOpinionIncluded", false, "materialExpertOpinionIncluded", true,
            "materialRiskReportIncluded", true, "materialFairCompetitionIncluded", false,
            "materialLegalityOpinionIncluded", true))
        .as("publicParticipationPlanned and fairCompetitionReviewPlanned reach the meeting's materials check")
        .hasMessageContaining("社会公众提出的主要意见").hasMessageContaining("公平竞争审查情况");
    stages.meeting(no, "ADOPTED", 5, 2);
    stages.reportToPartyCommittee(no);
    stages.publish(no);
    stages.interpret(no);
    stages.archiveDecisionRecords(no);
    stages.executeToCompletion(no);
    stages.confirmArchive(no);

    Map<String, Integer> perProcess = variableInstancesPerProcess(no);
    assertThat(perProcess.keySet()).as("the main process and all eight stages ran").hasSize(9);
    assertEveryStageHeldOnlyWhatItsCallActivityPassesIn(no);
  }

  /** The decision of the throughput benchmark (docs/performance.md): 21 user tasks, open comment only. */
  @Test
  void everyStageOfADecisionWithOpenCommentOnlyHoldsOnlyTheDecisionVariablesMappedIntoIt() {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN)));
    stages.openCommentToArchive(no);

    Map<String, Integer> perProcess = variableInstancesPerProcess(no);
    assertThat(perProcess.keySet())
        .containsExactlyInAnyOrder("major-decision", "public-participation", "legality-review",
            "collective-discussion", "decision-publication", "decision-execution", "decision-archiving");
    assertEveryStageHeldOnlyWhatItsCallActivityPassesIn(no);
  }

  // --- What the stages' Java listeners read arrives through the call activities (INPUTS) -------------
  // ModelConventionsTest finds the variables the models and forms read; these tests fail when a
  // mapping that only a listener needs is dropped.

  @Test
  void publicParticipationKnowsThatAHearingAndAGroupConsultationWereRequired() {
    String no = confirmed(Attributes.MAJOR_DISAGREEMENT, Attributes.SPECIFIC_GROUP_AFFECTED);
    Task choose = driver.task(no, "Task_ChooseParticipationMethods");

    assertThat(TestUsers.asEngine(identityService, () -> taskService.getVariable(choose.getId(), "hearingChosen")))
        .as("the planned hearing is ticked in advance (hearingPlanned)").isEqualTo(true);
    assertThatThrownBy(() -> driver.submit(no, "Task_ChooseParticipationMethods",
            "openCommentChosen", true, "commentPeriodDays", 30L, "hearingChosen", false, "otherMethodsChosen", false,
            "groupConsultationNote", "与经营户代表座谈"))
        .hasMessageContaining("已确定举行听证");
    assertThatThrownBy(() -> driver.submit(no, "Task_ChooseParticipationMethods",
            "openCommentChosen", true, "commentPeriodDays", 30L, "hearingChosen", true, "otherMethodsChosen", false))
        .as("groupConsultationRequired").hasMessageContaining("第十四条第三款");
  }

  @Test
  void legalityReviewKnowsWhoWroteTheDraft() {
    String no = confirmed(Attributes.NON_PUBLIC);
    // As if the town's reviewer had also worked on the draft (DraftAuthors keeps every author).
    TestUsers.runAsEngine(identityService, () -> runtimeService.setVariable(mainProcessId(no), "draftedBy",
        "baima.clerk,baima.reviewer"));
    stages.submitForReview(no);
    stages.as("baima.reviewer");
    driver.submit(no, "Task_CheckCompleteness", "submissionComplete", "COMPLETE", "countyGuidanceNeeded", false);
    stages.as("baima.lawyer");
    driver.submit(no, "Task_ProvideLegalAdviserOpinion", "legalAdviserOpinion", "决策权限、程序合法");
    stages.as("baima.reviewer");
    documents.upload(no, DocumentKind.LEGALITY_OPINION);

    assertThatThrownBy(() -> driver.submit(no, "Task_IssueLegalityOpinion",
            "legalityOutcome", "LAWFUL", "legalityOpinion", "经审查合法", "legalRisks", "", "legalityRecheckRequired", false))
        .hasMessageContaining("审查人员不得审查本人起草的决策草案");
  }

  @Test
  void collectiveDiscussionAndExecutionKnowWhichProceduresRanAndWhoArguedAndAssessed() {
    String no = confirmed(Attributes.NON_PUBLIC, Attributes.SPECIALISED_TECHNICAL, Attributes.MAY_AFFECT_STABILITY);
    stages.expertArgumentation(no);
    stages.riskAssessment(no);
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    stages.as("baima.clerk");

    assertThatThrownBy(() -> driver.submit(no, "Task_SubmitMeetingMaterials",
            "materialDraftIncluded", true, "materialPublicOpinionIncluded", false, "materialExpertOpinionIncluded", true,
            "materialRiskReportIncluded", false, "materialFairCompetitionIncluded", false,
            "materialLegalityOpinionIncluded", true))
        .as("riskAssessmentPlanned").hasMessageContaining("风险评估报告").hasMessageNotContaining("公众");
    assertThatThrownBy(() -> driver.submit(no, "Task_SubmitMeetingMaterials",
            "materialDraftIncluded", true, "materialPublicOpinionIncluded", false, "materialExpertOpinionIncluded", false,
            "materialRiskReportIncluded", true, "materialFairCompetitionIncluded", false,
            "materialLegalityOpinionIncluded", true))
        .as("expertArgumentationPlanned").hasMessageContaining("专家论证意见");

    stages.meeting(no, "ADOPTED", 5, 2);
    stages.reportToPartyCommittee(no);
    stages.recordNonDisclosure(no);
    stages.archiveDecisionRecords(no);
    stages.as("baima.head");
    driver.submit(no, "Task_DesignateExecutionUnit", "executionUnit", "经济发展办公室");
    stages.as("baima.clerk");
    driver.submit(no, "Task_ReportExecution", "executionStatus", "PROBLEM", "executionReport", "经营户反映过渡市场不足");
    stages.as("baima.head");
    driver.submit(no, "Task_AssessProblem", "problemHandling", "EVALUATE", "problemAssessment", "组织后评估");

    assertThatThrownBy(() -> driver.submit(no, "Task_DesignateEvaluator", "evaluatorUnit", "浙江省市场建设研究院"))
        .as("expertInstitution").hasMessageContaining("承担了专家论证");
    assertThatThrownBy(() -> driver.submit(no, "Task_DesignateEvaluator", "evaluatorUnit", "金华某社会稳定风险评估中心"))
        .as("riskAssessorUnit").hasMessageContaining("承担了风险评估");
  }

  /** A decision of the town with the given matter attributes, drafted and its procedures confirmed. */
  private String confirmed(String... attributes) {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN, attributes)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    return no;
  }

  private String mainProcessId(String no) {
    return decisionRegister.get(no).getProcessInstanceId();
  }

  /**
   * A stage may hold a variable of the same name as one of the main process only when its call
   * activity maps it in, or when the stage itself produces it for the main process (an out-mapping).
   * With {@code <camunda:in variables="all"/>} every stage would hold all of them.
   */
  private void assertEveryStageHeldOnlyWhatItsCallActivityPassesIn(String no) {
    List<HistoricProcessInstance> instances = TestUsers.asEngine(identityService,
        () -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).list());
    HistoricProcessInstance main = instances.stream()
        .filter(i -> MajorDecisionProcess.KEY.equals(i.getProcessDefinitionKey())).findFirst().orElseThrow();
    Set<String> mainVariables = variableNames(main.getId());
    Map<String, CallActivity> callOf = new HashMap<>();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(main.getProcessDefinitionId());
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      callOf.put(call.getCalledElement(), call);
    }
    for (HistoricProcessInstance stage : instances) {
      if (stage == main) {
        continue;
      }
      CallActivity call = callOf.get(stage.getProcessDefinitionKey());
      assertThat(call).as(stage.getProcessDefinitionKey() + " is called by major-decision").isNotNull();
      Set<String> passedIn = extensions(call, CamundaIn.class).stream()
          .map(CamundaIn::getCamundaTarget).filter(t -> t != null).collect(Collectors.toSet());
      Set<String> passedOut = extensions(call, CamundaOut.class).stream()
          .map(CamundaOut::getCamundaSource).collect(Collectors.toSet());
      Set<String> held = variableNames(stage.getId());
      Set<String> copied = new TreeSet<>(held);
      copied.retainAll(mainVariables);
      copied.removeAll(passedIn);
      copied.removeAll(passedOut);
      assertThat(copied).as(stage.getProcessDefinitionKey() + " holds variables of major-decision not mapped into it")
          .isEmpty();
      assertThat(held).as(stage.getProcessDefinitionKey() + " received what " + call.getId() + " maps in")
          .containsAll(passedIn);
    }
  }

  /** Historic variable instances (ACT_HI_VARINST rows) of the decision per process key, logged. */
  private Map<String, Integer> variableInstancesPerProcess(String no) {
    Map<String, Integer> counts = new TreeMap<>();
    int details = 0;
    for (HistoricProcessInstance instance : TestUsers.asEngine(identityService,
        () -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).list())) {
      counts.merge(instance.getProcessDefinitionKey(), variables(instance.getId()).size(), Integer::sum);
      details += (int) (long) TestUsers.asEngine(identityService,
          () -> historyService.createHistoricDetailQuery().variableUpdates().processInstanceId(instance.getId()).count());
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    log.info("Decision {}: {} variable instances (ACT_HI_VARINST), {} variable updates (ACT_HI_DETAIL); per process {}",
        no, total, details, counts);
    return counts;
  }

  private Set<String> variableNames(String processInstanceId) {
    return variables(processInstanceId).stream().map(HistoricVariableInstance::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private List<HistoricVariableInstance> variables(String processInstanceId) {
    return TestUsers.asEngine(identityService,
        () -> historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list());
  }

  private static <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> List<T> extensions(
      CallActivity call, Class<T> type) {
    return call.getExtensionElements() == null ? List.of()
        : call.getExtensionElements().getElementsQuery().filterByType(type).list();
  }
}
