package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.support.LifecycleDriver.vars;
import static cn.gov.pujiang.decision.support.Routes.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.audit.AuditCriteria;
import cn.gov.pujiang.decision.audit.AuditStatistics;
import cn.gov.pujiang.decision.audit.ComplianceFlag;
import cn.gov.pujiang.decision.audit.DecisionSearch;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Elements;
import cn.gov.pujiang.decision.engine.ProcedureRules;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** major-decision up to the legality review: start, initiation, drafting, procedures, fair competition; the route so far. */
class MajorDecisionProcessTest extends ProcessTestSupport {

  @Autowired RequiredProcedures requiredProcedures;
  @Autowired StageRecords stageRecords;
  @Autowired DecisionSearch search;
  @Autowired FairCompetitionReviewRepository fairCompetitionReviews;
  @Autowired AuditStatistics auditStatistics;
  @Autowired ProcedureRules procedureRules;



  @Test
  void startsTheDecisionUnderItsNumberAndSendsTheProposalToTheUnitsClerks() {
    ProcessInstance pi = driver.startDecision(startForm(TOWN));

    String decisionNo = driver.businessKeyOf(pi);
    Decision decision = decisionRegister.get(decisionNo);
    assertThat(decision.getUnitCode()).isEqualTo(TOWN);
    assertThat(decision.getProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(decision.getCreatedBy()).isEqualTo(ACTING_USER);
    assertThat(pi).isWaitingAt(Elements.TASK_STUDY_PROPOSAL).hasVariables("decisionNo");
    assertThat(task()).hasCandidateGroup("baima-clerk");
  }

  @Test
  void refusesToStartADecisionForAnUnknownUnitAndKeepsNothing() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(MajorDecisionProcess.KEY).count();

    assertThatThrownBy(() -> driver.startDecision(startForm("atlantis")))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessageContaining("决策机关不存在");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MajorDecisionProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void refusesToStartWithoutATitle() {
    Map<String, Object> form = startForm(TOWN);
    form.put("decisionTitle", "  ");

    assertThatThrownBy(() -> driver.startDecision(form)).hasMessageContaining("请填写决策事项名称");
  }

  @Test
  void sendsTheInitiationDecisionToTheLeadershipAndRequiresAnUndertakingUnit() {
    ProcessInstance pi = driver.startDecision(startForm(COUNTY));
    String no = driver.businessKeyOf(pi);
    driver.submit(no, Elements.TASK_STUDY_PROPOSAL, "studyConclusion", "必要且可行");

    assertThat(pi).isWaitingAt(Elements.TASK_DECIDE_INITIATION);
    assertThat(task()).hasCandidateGroup("county-leadership");
    assertThatThrownBy(
            () ->
                driver.submit(no, Elements.TASK_DECIDE_INITIATION,
                    "initiationDecision", "START", "initiationOpinion", "同意启动"))
        .hasMessageContaining("第十一条");
    assertThat(pi).isWaitingAt(Elements.TASK_DECIDE_INITIATION);
  }

  @Test
  void refusesADraftThatNamesCoUnitsWithoutRecordingTheirConsultation() {
    String no = startedAndInitiated(TOWN, "coUnitNames", "白马镇经济发展办公室");

    assertThatThrownBy(() -> driver.submit(no, Elements.TASK_DRAFT_DECISION, draft()))
        .hasMessageContaining("第十三条");
  }

  @Test
  void recordsTheDrafterAndMovesTheDecisionToDrafting() {
    String no = startedAndInitiated(TOWN);
    assertThat(decisionRegister.get(no).getStatus()).isEqualTo(DecisionStatus.DRAFTING);

    documents.provideFor(no, Elements.TASK_DRAFT_DECISION);
    driver.submit(no, Elements.TASK_DRAFT_DECISION, draft());

    assertThat(runtimeService.getVariable(mainInstance(no), "draftedBy")).isEqualTo(ACTING_USER);
    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_CONFIRM_PROCEDURES);
  }

  @Test
  void proposesTheProceduresTheRulesRequire() {
    String no = drafted(TOWN, Attributes.SPECIALISED_TECHNICAL, Attributes.MAY_AFFECT_STABILITY);

    Map<String, Object> v = runtimeService.getVariables(mainInstance(no));
    assertThat(v)
        .containsEntry("publicParticipationRequired", true)
        .containsEntry("publicParticipationPlanned", true)
        .containsEntry("expertArgumentationRequired", true)
        .containsEntry("riskAssessmentRequired", true)
        .containsEntry("hearingRequired", false)
        .containsEntry("fairCompetitionReviewRequired", false);
    assertThat((String) v.get("requiredProceduresSummary")).contains("专家论证").contains("第十九条");
  }

  @Test
  void refusesToDropARequiredProcedureWithoutAReason() {
    String no = drafted(TOWN, Attributes.SPECIALISED_TECHNICAL);

    assertThatThrownBy(
            () -> driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES, "expertArgumentationPlanned", false))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessageContaining("专家论证")
        .hasMessageContaining("特别说明");
    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_CONFIRM_PROCEDURES);
  }

  @Test
  void refusesAHearingWithoutPublicParticipation() {
    String no = drafted(TOWN, Attributes.MAJOR_DISAGREEMENT);

    assertThatThrownBy(
            () ->
                driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES,
                    "publicParticipationPlanned", false,
                    "publicParticipationExemptionReason", "时间紧急"))
        .hasMessageContaining("听证会是公众参与的一种方式");
  }

  /** Decree 713 Art. 19: expert argumentation is 应当 and has no exception; a clerk's reason cannot waive it. */
  @Test
  void refusesToWaiveExpertArgumentationWhateverTheReason() {
    String no = drafted(TOWN, Attributes.SPECIALISED_TECHNICAL);

    assertThatThrownBy(() -> driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES,
            "expertArgumentationPlanned", false, "expertArgumentationExemptionReason", "时间紧，不再组织论证"))
        .hasMessageContaining("“专家论证”依法应当履行，不能以特别说明免除")
        .hasMessageContaining("申请更正事项属性");
    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_CONFIRM_PROCEDURES);
    assertThat(requiredProcedures.plan(no)).isEmpty();
  }

  /** Art. 14: public participation may be left out only for a matter not disclosed by law, with its legal basis. */
  @Test
  void leavesOutPublicParticipationOnlyUnderItsLawfulExceptionWithEvidence() {
    String no = drafted(TOWN);

    assertThatThrownBy(() -> driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES, "publicParticipationPlanned", false))
        .hasMessageContaining("只有依法不予公开的决策事项的方可不履行")
        .hasMessageContaining("请填写依法不予公开的法律依据");
    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES, "publicParticipationPlanned", false,
        "publicParticipationExemptionReason", "涉及国家秘密，《中华人民共和国保守国家秘密法》第二十八条");

    ProcedureRequirement participation = requiredProcedures.plan(no).stream()
        .filter(r -> r.getProcedure() == Procedure.PUBLIC_PARTICIPATION).findFirst().orElseThrow();
    assertThat(participation.getExemptionGround()).isEqualTo(ExemptionGround.NOT_DISCLOSED);
    assertThat(participation.getExemptionReason()).contains("保守国家秘密法");
    assertThat(stageRecords.events(no, "PROCEDURE_EXEMPTED")).singleElement()
        .satisfies(r -> assertThat(r.getSummary()).contains("依法不予公开的决策事项", "第十四条", "保守国家秘密法"));
    assertThat((String) runtimeService.getVariable(mainInstance(no), "procedureExemptionsSummary"))
        .contains("依法不予公开的决策事项");
    assertThat(search.all(flagged(ComplianceFlag.PROCEDURE_WAIVED)))
        .extracting(DecisionSearch.DecisionRow::decisionNo).contains(no);
  }

  /**
   * A clerk who thinks a fact the table used is wrong asks the decision organ's leadership, who confirm or
   * refuse it in a task; a confirmed correction re-evaluates the table and is shown to reviewer, meeting
   * and auditor.
   */
  @Test
  void leadershipDecidesACorrectionOfAMatterAttributeAndTheRulesAreEvaluatedAgain() {
    String no = drafted(TOWN, Attributes.SPECIALISED_TECHNICAL);
    Object[] request = {
      "factChangeRequested", true, "factChangeAttribute", Attributes.SPECIALISED_TECHNICAL, "factChangeValue", "false",
      "factChangeReason", "仅调整市场摊位收费时段，不涉及专业技术问题"
    };

    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES, request);
    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_DECIDE_FACT_CHANGE);
    assertThat(taskService.createTaskQuery().processInstanceId(mainInstance(no)).singleResult())
        .hasCandidateGroup("baima-leadership");
    assertThatThrownBy(() -> driver.submit(no, Elements.TASK_DECIDE_FACT_CHANGE, "factChangeDecision", "CONFIRM"))
        .hasMessageContaining("请填写决策机关领导班子的审定意见");
    driver.submit(no, Elements.TASK_DECIDE_FACT_CHANGE, "factChangeDecision", "REFUSE", "factChangeOpinion", "涉及计量设备，仍需论证");

    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_CONFIRM_PROCEDURES);
    assertThat(runtimeService.getVariable(mainInstance(no), "expertArgumentationRequired")).isEqualTo(true);

    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES, request);
    driver.submit(no, Elements.TASK_DECIDE_FACT_CHANGE, "factChangeDecision", "CONFIRM", "factChangeOpinion", "同意，收费时段调整不属专业性事项");

    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_CONFIRM_PROCEDURES);
    assertThat(runtimeService.getVariables(mainInstance(no)))
        .containsEntry(Attributes.SPECIALISED_TECHNICAL, false)
        .containsEntry("expertArgumentationRequired", false)
        .containsEntry("expertArgumentationPlanned", false);
    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES);

    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(mainInstance(no)).singleResult();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_REGISTER_DECISION, Elements.TASK_STUDY_PROPOSAL, Elements.TASK_DECIDE_INITIATION,
        Elements.GATEWAY_INITIATION, Elements.TASK_DRAFT_DECISION,
        Elements.TASK_DETERMINE_PROCEDURES, Elements.TASK_CONFIRM_PROCEDURES, Elements.GATEWAY_FACT_CHANGE_REQUESTED,
        Elements.TASK_DECIDE_FACT_CHANGE, Elements.GATEWAY_FACT_CHANGE_CONFIRMED,
        Elements.TASK_CONFIRM_PROCEDURES, Elements.GATEWAY_FACT_CHANGE_REQUESTED,
        Elements.TASK_DECIDE_FACT_CHANGE, Elements.GATEWAY_FACT_CHANGE_CONFIRMED,
        Elements.TASK_DETERMINE_PROCEDURES, Elements.TASK_CONFIRM_PROCEDURES, Elements.GATEWAY_FACT_CHANGE_REQUESTED,
        Elements.TASK_RECORD_PROCEDURE_PLAN, Elements.GATEWAY_PROCEDURES_FORK, Elements.CALL_PUBLIC_PARTICIPATION);
    assertThat(stageRecords.events(no, "FACT_CHANGE_REQUESTED")).hasSize(2);
    assertThat(stageRecords.events(no, "FACT_CHANGE_REFUSED")).singleElement()
        .satisfies(r -> assertThat(r.getSummary()).contains("涉及计量设备，仍需论证"));
    assertThat(stageRecords.events(no, "FACT_CHANGE_CONFIRMED")).singleElement()
        .satisfies(r -> assertThat(r.getSummary()).contains("专业性、技术性较强", "仅调整市场摊位收费时段", "同意，收费时段调整"));
    assertThat((String) runtimeService.getVariable(mainInstance(no), "procedureExemptionsSummary"))
        .contains("经决策机关审定更正的事项属性", "专业性、技术性较强", "同意，收费时段调整不属专业性事项");
    assertThat(search.all(flagged(ComplianceFlag.PROCEDURE_WAIVED)))
        .extracting(DecisionSearch.DecisionRow::decisionNo).contains(no);
  }

  @Test
  void refusesACorrectionRequestWithoutAReasonOrThatChangesNothing() {
    String no = drafted(TOWN, Attributes.SPECIALISED_TECHNICAL);

    assertThatThrownBy(() -> driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES, "factChangeRequested", true,
            "factChangeAttribute", Attributes.SPECIALISED_TECHNICAL, "factChangeValue", "true", "factChangeReason", "理由"))
        .hasMessageContaining("无须更正");
    assertThatThrownBy(() -> driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES, "factChangeRequested", true,
            "factChangeAttribute", Attributes.SPECIALISED_TECHNICAL, "factChangeValue", "false"))
        .hasMessageContaining("请写明申请更正“专业性、技术性较强”认定的理由");
    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_CONFIRM_PROCEDURES);
  }

  private static AuditCriteria flagged(ComplianceFlag flag) {
    return new AuditCriteria(null, null, null, null, null, null, null, null, flag, null);
  }

  @Test
  void anOperatorCanStillDeleteAnInstanceWaitingAtACheckedTask() {
    String no = drafted(TOWN, Attributes.SPECIALISED_TECHNICAL);

    runtimeService.deleteProcessInstance(mainInstance(no), "测试：误建的事项");

    assertThat(driver.openTaskKeys(no)).isEmpty();
  }

  @Test
  void recordsAnExemptionWithItsReasonForAuditors() {
    String no = drafted(TOWN, Attributes.MAY_AFFECT_STABILITY, Attributes.NON_PUBLIC);

    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES,
        "riskAssessmentPlanned", false,
        "riskAssessmentExemptionReason", "上级已对同一项目完成社会稳定风险评估");

    ProcedureRequirement risk =
        requiredProcedures.plan(no).stream()
            .filter(r -> r.getProcedure() == Procedure.RISK_ASSESSMENT)
            .findFirst()
            .orElseThrow();
    assertThat(risk.isExempted()).isTrue();
    assertThat(risk.getExemptionReason()).contains("社会稳定风险评估");
    assertThat(risk.getLegalBasis()).contains("第二十二条");
    assertThat(risk.getDecidedBy()).isEqualTo(ACTING_USER);
    assertThat(stageRecords.events(no, "PROCEDURE_EXEMPTED")).singleElement()
        .satisfies(r -> assertThat(r.getSummary()).contains("风险评估").contains("已对有关风险进行评价、评估", "第二十二条第二款"));
    assertThat(risk.getExemptionGround()).isEqualTo(ExemptionGround.ALREADY_ASSESSED);
  }

  @Test
  void evaluatesTheRequiredProceduresTableOnceAndThePlanKeepsItsBases() {
    long before = procedureTableEvaluations();
    String no = drafted(TOWN, Attributes.MAY_AFFECT_STABILITY, Attributes.NON_PUBLIC);

    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES,
        "riskAssessmentPlanned", false,
        "riskAssessmentExemptionReason", "上级已对同一项目完成社会稳定风险评估");

    assertThat(procedureTableEvaluations() - before).isEqualTo(1);
    assertThat(requiredProcedures.plan(no))
        .filteredOn(ProcedureRequirement::isRequired)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.getLegalBasis()).contains("第"));
  }

  private long procedureTableEvaluations() {
    return historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(MajorDecisionProcess.PROCEDURES_DECISION)
        .count();
  }

  @Test
  void goesStraightToLegalityReviewWhenNoConditionalProcedureApplies() {
    String no = drafted(TOWN, Attributes.NON_PUBLIC);

    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES);

    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(mainInstance(no)).singleResult();
    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_FOR_REVIEW);
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_PROCEDURES,
        Elements.GATEWAY_PROCEDURES_JOIN, Elements.TASK_SUBMIT_FOR_REVIEW));
    assertThat(task()).hasCandidateGroup("baima-clerk");
    assertThat(decisionRegister.get(no).getStatus()).isEqualTo(DecisionStatus.LEGALITY_REVIEW);
  }

  /**
   * 公平竞争审查条例 Art. 14 covers governments at county level and above: a town's own measure is
   * reviewed by the town as drafter (Arts. 2, 13; the reading in docs/processes.md), not by 县市场监管局.
   */
  @Test
  void aTownReviewsItsOwnMeasureAsTheDrafterAndTheResultIsStored() {
    String no = drafted(TOWN, Attributes.NON_PUBLIC, Attributes.INVOLVES_MARKET_ACTORS);
    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES);
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(mainInstance(no)).singleResult();

    assertThat(pi).isWaitingAt(Elements.TASK_DRAFTER_FAIR_COMPETITION);
    assertThat(task()).hasCandidateGroup("baima-clerk");
    long reviewedBefore = townFigure("fairCompetitionReviewed");
    driver.submit(no, Elements.TASK_DRAFTER_FAIR_COMPETITION, fairCompetition("PASS", "符合公平竞争审查标准"));

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_FOR_REVIEW);
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_PROCEDURES,
        Elements.TASK_ROUTE_FAIR_COMPETITION, Elements.TASK_DRAFTER_FAIR_COMPETITION,
        Elements.GATEWAY_MARKET_REGULATOR_REVIEW, Elements.GATEWAY_FAIR_COMPETITION, Elements.GATEWAY_PROCEDURES_JOIN,
        Elements.TASK_SUBMIT_FOR_REVIEW));
    assertThat(fairCompetitionReviews.findByDecisionIdOrderByRecordedAtAscIdAsc(decisionRegister.get(no).getId()))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.getStep()).isEqualTo(FairCompetitionReview.Step.DRAFTER);
          assertThat(r.getReviewerUnit()).isEqualTo(TOWN);
          assertThat(r.getReviewer()).isEqualTo(ACTING_USER);
          assertThat(r.getConclusion()).isEqualTo(FairCompetitionReview.Conclusion.PASS);
          assertThat(r.getReviewedOn()).isEqualTo(TEST_START.toLocalDate());
          assertThat(r.getStakeholdersHeard()).contains("行业协会");
          assertThat(r.getExceptionReason()).isNull();
        });
    assertThat(search.all(flagged(ComplianceFlag.FAIR_COMPETITION_REVIEWED)))
        .extracting(DecisionSearch.DecisionRow::decisionNo).contains(no);
    assertThat(townFigure("fairCompetitionReviewed")).isEqualTo(reviewedBefore + 1);
  }

  /** Art. 14: a county-government measure: the drafter's 初审, then 县市场监管局 together with the drafter. */
  @Test
  void sendsACountyMeasureToTheMarketRegulatorAfterTheDraftersReviewAndBackToTheDrafterWhenItFails() {
    String no = drafted(COUNTY, Attributes.NON_PUBLIC, Attributes.INVOLVES_MARKET_ACTORS);
    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES);
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(mainInstance(no)).singleResult();

    assertThat(pi).isWaitingAt(Elements.TASK_DRAFTER_FAIR_COMPETITION);
    assertThat(task()).hasCandidateGroup("county-clerk");
    driver.submit(no, Elements.TASK_DRAFTER_FAIR_COMPETITION, fairCompetition("PASS", "初审：符合审查标准"));
    assertThat(pi).isWaitingAt(Elements.TASK_REVIEW_FAIR_COMPETITION);
    assertThat(task()).hasCandidateGroup("amr-fcr");
    driver.submit(no, Elements.TASK_REVIEW_FAIR_COMPETITION, fairCompetition("FAIL", "不得限定特定经营者"));

    assertThat(pi).isWaitingAt(Elements.TASK_ADJUST_FOR_FAIR_COMPETITION);
    assertThat(task()).hasCandidateGroup("county-clerk");
    driver.submit(no, Elements.TASK_ADJUST_FOR_FAIR_COMPETITION, "fairCompetitionAdjustment", "删除限定条款");
    driver.submit(no, Elements.TASK_DRAFTER_FAIR_COMPETITION, fairCompetition("PASS", "调整后初审符合"));
    driver.submit(no, Elements.TASK_REVIEW_FAIR_COMPETITION, fairCompetition("PASS", "符合审查标准"));

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_FOR_REVIEW);
    assertThat(route(historyService, pi)).containsExactly(concat(TO_THE_PROCEDURES,
        Elements.TASK_ROUTE_FAIR_COMPETITION,
        Elements.TASK_DRAFTER_FAIR_COMPETITION, Elements.GATEWAY_MARKET_REGULATOR_REVIEW,
        Elements.TASK_REVIEW_FAIR_COMPETITION, Elements.GATEWAY_FAIR_COMPETITION, Elements.TASK_ADJUST_FOR_FAIR_COMPETITION,
        Elements.TASK_DRAFTER_FAIR_COMPETITION, Elements.GATEWAY_MARKET_REGULATOR_REVIEW,
        Elements.TASK_REVIEW_FAIR_COMPETITION, Elements.GATEWAY_FAIR_COMPETITION, Elements.GATEWAY_PROCEDURES_JOIN,
        Elements.TASK_SUBMIT_FOR_REVIEW));
    assertThat(fairCompetitionReviews.findByDecisionIdOrderByRecordedAtAscIdAsc(decisionRegister.get(no).getId()))
        .extracting(r -> r.getStep() + "/" + r.getReviewerUnit() + "/" + r.getConclusion())
        .containsExactly(
            "DRAFTER/county/PASS", "MARKET_REGULATOR/amr-fcr/FAIL", "DRAFTER/county/PASS", "MARKET_REGULATOR/amr-fcr/PASS");
  }

  /** A drafter's 初审 that finds a breach goes back for adjustment before 县市场监管局 sees it (Arts. 14, 18). */
  @Test
  void aFailedPreliminaryReviewGoesBackToTheDraftBeforeTheMarketRegulator() {
    String no = drafted(COUNTY, Attributes.NON_PUBLIC, Attributes.INVOLVES_MARKET_ACTORS);
    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES);

    driver.submit(no, Elements.TASK_DRAFTER_FAIR_COMPETITION, fairCompetition("FAIL", "第三条限定本地经营者"));

    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_ADJUST_FOR_FAIR_COMPETITION);
  }

  /** Art. 16: affected businesses and associations are heard; Arts. 12, 17: an exception is explained. */
  @Test
  void refusesAReviewWithoutHearingBusinessesOrAnExceptionWithoutItsExplanationAndFlagsTheException() {
    String no = drafted(TOWN, Attributes.NON_PUBLIC, Attributes.INVOLVES_MARKET_ACTORS);
    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES);

    assertThatThrownBy(() -> driver.submit(no, Elements.TASK_DRAFTER_FAIR_COMPETITION,
            "fairCompetitionResult", "PASS", "fairCompetitionOpinion", "符合"))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessageContaining("第十六条");
    assertThatThrownBy(() -> driver.submit(no, Elements.TASK_DRAFTER_FAIR_COMPETITION,
            fairCompetition("EXCEPTION", "有限制竞争效果")))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessageContaining("第十七条");
    assertThat(fairCompetitionReviews.findByDecisionIdOrderByRecordedAtAscIdAsc(decisionRegister.get(no).getId()))
        .isEmpty();

    long exceptionsBefore = townFigure("fairCompetitionException");
    driver.submit(no, Elements.TASK_DRAFTER_FAIR_COMPETITION, fairCompetition("EXCEPTION", "对特定区域的扶持有限制竞争效果",
        "fairCompetitionExceptionReason", "第十二条第二项：为促进乡村振兴所必需，实施期限两年"));

    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_SUBMIT_FOR_REVIEW);
    assertThat(fairCompetitionReviews.findByDecisionIdOrderByRecordedAtAscIdAsc(decisionRegister.get(no).getId()))
        .singleElement()
        .satisfies(r -> assertThat(r.getExceptionReason()).contains("乡村振兴"));
    assertThat(search.all(flagged(ComplianceFlag.FAIR_COMPETITION_EXCEPTION)))
        .extracting(DecisionSearch.DecisionRow::decisionNo).contains(no);
    assertThat(townFigure("fairCompetitionException")).isEqualTo(exceptionsBefore + 1);
  }

  /**
   * Art. 18: nothing goes on without review. An operator who moves the instance past 县市场监管局's review
   * cannot submit the draft for legality review.
   */
  @Test
  void refusesTheSubmissionForLegalityReviewWhenTheMarketRegulatorsReviewWasSkipped() {
    String no = drafted(COUNTY, Attributes.NON_PUBLIC, Attributes.INVOLVES_MARKET_ACTORS);
    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES);
    driver.submit(no, Elements.TASK_DRAFTER_FAIR_COMPETITION, fairCompetition("PASS", "初审符合"));
    TestUsers.runAsEngine(identityService, () -> runtimeService.createProcessInstanceModification(mainInstance(no))
        .cancelAllForActivity(Elements.TASK_REVIEW_FAIR_COMPETITION)
        .startBeforeActivity(Elements.TASK_SUBMIT_FOR_REVIEW)
        .execute());
    documents.provideFor(no, Elements.TASK_SUBMIT_FOR_REVIEW);

    assertThatThrownBy(() -> driver.submit(no, Elements.TASK_SUBMIT_FOR_REVIEW,
            "procedureStatement", "已履行公平竞争审查", "reviewMaterialsConfirmed", true))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessageContaining("尚未通过公平竞争审查")
        .hasMessageContaining("第十八条");
    assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_SUBMIT_FOR_REVIEW);
  }

  /** The reading is configurable: a county rule may send the towns' measures to 县市场监管局 as well. */
  @Test
  void sendsATownMeasureToTheMarketRegulatorWhenTheCountyChoosesSo() {
    procedureRules.setTownFairCompetitionByMarketRegulator(true);
    try {
      String no = drafted(TOWN, Attributes.NON_PUBLIC, Attributes.INVOLVES_MARKET_ACTORS);
      driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES);
      driver.submit(no, Elements.TASK_DRAFTER_FAIR_COMPETITION, fairCompetition("PASS", "初审符合"));

      assertThat(driver.openTaskKeys(no)).containsExactly(Elements.TASK_REVIEW_FAIR_COMPETITION);
    } finally {
      procedureRules.setTownFairCompetitionByMarketRegulator(false);
    }
  }

  /** The town's figure in the auditor's statistics of the test year (other tests' decisions count too). */
  private long townFigure(String key) {
    return auditStatistics.statistics(TEST_START.getYear(), TOWN).units().get(0).extra().get(key).count();
  }

  /** The review form's answers; further key/value pairs are appended. */
  static Object[] fairCompetition(String result, String opinion, Object... more) {
    Object[] base = {"fairCompetitionResult", result, "fairCompetitionOpinion", opinion,
        "fairCompetitionStakeholdersHeard", "2026年3月座谈会听取本地经营者和县个体劳动者协会、行业协会意见，均无异议"};
    Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void refusesASubmissionForReviewWithoutTheStatementOfProceduresCarriedOut() {
    String no = drafted(TOWN, Attributes.NON_PUBLIC);
    driver.submit(no, Elements.TASK_CONFIRM_PROCEDURES);

    assertThatThrownBy(
            () -> driver.submit(no, Elements.TASK_SUBMIT_FOR_REVIEW, "reviewMaterialsConfirmed", true))
        .hasMessageContaining("履行决策法定程序的说明");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static final String[] TO_THE_PROCEDURES = MajorDecisionLifecycleTest.TO_THE_PROCEDURES;

  private static String[] concat(String[] head, String... tail) {
    return MajorDecisionLifecycleTest.concat(head, tail);
  }

  static Map<String, Object> startForm(String unit, String... trueAttributes) {
    return Stages.startForm(unit, trueAttributes);
  }

  static Object[] draft() {
    return new Object[] {
      "draftSummary", "改造市场主体结构并完善消防设施",
      "draftExplanation", "起草说明：背景、依据、主要内容",
      "legalBasis", "《中华人民共和国消防法》；《浙江省农贸市场管理办法》"
    };
  }

  String startedAndInitiated(String unit, Object... initiationExtras) {
    ProcessInstance pi = driver.startDecision(startForm(unit));
    String no = driver.businessKeyOf(pi);
    driver.submit(no, Elements.TASK_STUDY_PROPOSAL, "studyConclusion", "必要且可行");
    Object[] values = new Object[6 + initiationExtras.length];
    System.arraycopy(
        new Object[] {"initiationDecision", "START", "initiationOpinion", "同意启动", "undertakingUnitName", "经济发展办公室"},
        0, values, 0, 6);
    System.arraycopy(initiationExtras, 0, values, 6, initiationExtras.length);
    driver.submit(no, Elements.TASK_DECIDE_INITIATION, values);
    return no;
  }

  String drafted(String unit, String... trueAttributes) {
    ProcessInstance pi = driver.startDecision(startForm(unit, trueAttributes));
    String no = driver.businessKeyOf(pi);
    driver.submit(no, Elements.TASK_STUDY_PROPOSAL, "studyConclusion", "必要且可行");
    driver.submit(no, Elements.TASK_DECIDE_INITIATION,
        "initiationDecision", "START", "initiationOpinion", "同意启动", "undertakingUnitName", "经济发展办公室");
    documents.provideFor(no, Elements.TASK_DRAFT_DECISION);
    driver.submit(no, Elements.TASK_DRAFT_DECISION, draft());
    return no;
  }

  String mainInstance(String decisionNo) {
    return decisionRegister.get(decisionNo).getProcessInstanceId();
  }
}
