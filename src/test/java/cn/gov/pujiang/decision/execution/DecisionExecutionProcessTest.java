package cn.gov.pujiang.decision.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.catalogue.AdjustmentStatus;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustment;
import cn.gov.pujiang.decision.catalogue.DecisionStarter;
import cn.gov.pujiang.decision.catalogue.StartRequest;
import cn.gov.pujiang.decision.catalogue.RegisterDecisionDelegate;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionSuccession;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Elements;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionExecutionProcessTest extends ProcessTestSupport {

  private static final LocalDateTime REPORTED = LocalDateTime.of(2026, 4, 1, 10, 0);
  private static final String EXPERT_INSTITUTION = "浙江大学公共政策研究院";
  private static final String RISK_ASSESSOR = "Zhejiang Risk Consulting Co.";

  private static final String UNDERTAKING_UNIT = "白马镇经济发展办公室";

  @Autowired private StageRecords stageRecords;
  @Autowired private ExecutionProblems problems;
  @Autowired private ExecutionOpinions opinions;
  @Autowired private DecisionSuccession succession;
  @Autowired private DecisionStarter starter;
  @Autowired private cn.gov.pujiang.decision.audit.AuditTimeline auditTimeline;

  @BeforeEach
  void clockAtReportDay() {
    setClock(REPORTED);
  }

  @Test
  void leadershipDesignatesExecutionUnitThenClerkReports() {
    ProcessInstance pi = start(TOWN);
    assertThat(pi).isWaitingAt(Elements.TASK_DESIGNATE_EXECUTION_UNIT);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");

    complete(task(pi), withVariables(
        Vars.EXECUTION_UNIT, "白马镇农业农村办公室", Vars.EXECUTION_REQUIREMENTS, "年底前完成改造"));

    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION);
    assertThat(task(pi)).hasCandidateGroup("baima-clerk");
    assertThat(onlyEntry(pi, Events.EXECUTION_UNIT_DESIGNATED).getSummary())
        .contains("白马镇农业农村办公室", "年底前完成改造");
  }

  @Test
  void refusesToStartExecutionWithoutExecutionUnit() {
    ProcessInstance pi = start(TOWN);

    assertThatThrownBy(() -> complete(task(pi), withVariables(Vars.EXECUTION_UNIT, " ")))
        .hasMessageContaining("应当明确决策执行单位");

    assertThat(pi).isWaitingAt(Elements.TASK_DESIGNATE_EXECUTION_UNIT);
  }

  @Test
  void asksForNextReportOnlyAfterTheReportIntervalWhenOnTrack() {
    ProcessInstance pi = startReporting(TOWN);

    report(pi, "ON_TRACK");

    assertThat(pi).isWaitingAt(Elements.GATEWAY_AWAIT_NEXT_REPORT);
    setClock(REPORTED.plusDays(89));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    setClock(REPORTED.plusDays(90).plusMinutes(1));
    execute(job(pi));
    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION).hasPassed(Elements.TIMER_NEXT_REPORT_DUE);
    assertThat(pi).hasNotPassed(Elements.TASK_ASSESS_PROBLEM, Elements.TASK_DECIDE_ON_EVALUATION);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.EXECUTION_STATUS)).isNull();
    assertThat(onlyEntry(pi, Events.EXECUTION_REPORTED).getSummary()).contains("正常推进");
  }

  @Test
  void endsCompletedWhenNoEvaluationTriggerHolds() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "COMPLETED");
    assertThat(pi).isWaitingAt(Elements.TASK_DECIDE_ON_EVALUATION);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");

    complete(task(pi), triggers(false, false, false));

    assertThat(pi).isEnded().hasPassed(Elements.END_EXECUTION_COMPLETED);
    assertThat(route(pi)).containsExactly(
        Elements.START, Elements.TASK_DESIGNATE_EXECUTION_UNIT, Elements.GATEWAY_REPORT_CYCLE,
        Elements.TASK_REPORT_EXECUTION, Elements.GATEWAY_EXECUTION_STATUS, Elements.TASK_DECIDE_ON_EVALUATION,
        Elements.GATEWAY_EVALUATION_NEEDED, Elements.END_EXECUTION_COMPLETED);
    assertThat(outcome(pi)).isEqualTo("COMPLETED");
    assertThat(onlyEntry(pi, Events.EVALUATION_DECIDED).getSummary()).contains("无需组织决策后评估");
  }

  @Test
  void evaluationConclusionIsOnlyABasisAndTheDecisionBodyStopsExecutionAtItsMeeting() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "COMPLETED");
    complete(task(pi), triggers(false, true, false));
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");
    designateEvaluator(pi, "浦江县社会科学界联合会");
    assertThat(task(pi)).hasCandidateGroup("baima-clerk");

    submitEvaluation(pi, "TERMINATE");

    assertThat(pi).isNotEnded().isWaitingAt(Elements.TASK_DECIDE_ON_EXECUTION);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");
    decide(pi, "STOP");
    assertThat(pi).isEnded();
    assertThat(route(pi)).containsExactly(
        Elements.START, Elements.TASK_DESIGNATE_EXECUTION_UNIT, Elements.GATEWAY_REPORT_CYCLE,
        Elements.TASK_REPORT_EXECUTION, Elements.GATEWAY_EXECUTION_STATUS, Elements.TASK_DECIDE_ON_EVALUATION,
        Elements.GATEWAY_EVALUATION_NEEDED, Elements.GATEWAY_EVALUATION_START, Elements.TASK_DESIGNATE_EVALUATOR,
        Elements.TASK_SUBMIT_EVALUATION_REPORT, Elements.TASK_DECIDE_ON_EXECUTION, Elements.GATEWAY_EXECUTION_DECISION,
        Elements.END_EXECUTION_TERMINATED);
    assertThat(outcome(pi)).isEqualTo("TERMINATED");
    assertThat(onlyEntry(pi, Events.EVALUATION_DECIDED).getSummary()).contains("提出较多意见");
    assertThat(onlyEntry(pi, Events.EVALUATION_REPORTED).getSummary()).contains("停止执行", "人大代表");
    assertThat(onlyEntry(pi, Events.EXECUTION_DECIDED).getSummary())
        .contains("白马镇党委政府联席会议第8次会议", "2026-03-30", "停止执行");
  }

  @Test
  void decisionBodyContinuesExecutionAgainstAnAdjustmentRecommendation() {
    ProcessInstance pi = startReporting(COUNTY);
    report(pi, "PROBLEM");
    assessProblem(pi, "EVALUATE");
    designateEvaluator(pi, "浦江县社会科学界联合会");
    submitEvaluation(pi, "ADJUST");

    assertThat(task(pi)).hasCandidateGroup("county-leadership");
    decide(pi, "CONTINUE");

    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION);
    assertThat(route(pi)).containsExactly(
        Elements.START, Elements.TASK_DESIGNATE_EXECUTION_UNIT, Elements.GATEWAY_REPORT_CYCLE,
        Elements.TASK_REPORT_EXECUTION, Elements.GATEWAY_EXECUTION_STATUS, Elements.TASK_ASSESS_PROBLEM,
        Elements.GATEWAY_PROBLEM_HANDLING, Elements.GATEWAY_EVALUATION_START, Elements.TASK_DESIGNATE_EVALUATOR,
        Elements.TASK_SUBMIT_EVALUATION_REPORT, Elements.TASK_DECIDE_ON_EXECUTION, Elements.GATEWAY_EXECUTION_DECISION,
        Elements.GATEWAY_REPORT_CYCLE, Elements.TASK_REPORT_EXECUTION);
    assertThat(onlyEntry(pi, Events.EXECUTION_DECIDED).getSummary()).contains("继续执行");
  }

  @Test
  void decisionBodyChangesTheDecisionAndExecutionContinues() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "PROBLEM");
    assessProblem(pi, "DECIDE");
    assertThat(pi).isWaitingAt(Elements.TASK_DECIDE_ON_EXECUTION);

    decide(pi, "CHANGE");

    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION);
    assertThat(route(pi)).containsExactly(
        Elements.START, Elements.TASK_DESIGNATE_EXECUTION_UNIT, Elements.GATEWAY_REPORT_CYCLE,
        Elements.TASK_REPORT_EXECUTION, Elements.GATEWAY_EXECUTION_STATUS, Elements.TASK_ASSESS_PROBLEM,
        Elements.GATEWAY_PROBLEM_HANDLING, Elements.TASK_DECIDE_ON_EXECUTION, Elements.GATEWAY_EXECUTION_DECISION,
        Elements.GATEWAY_REPORT_CYCLE, Elements.TASK_REPORT_EXECUTION);
    assertThat(onlyEntry(pi, Events.EXECUTION_DECIDED).getSummary()).contains("修改决策后继续执行", "决定内容");
  }

  @Test
  void majorAdjustmentRequestsACatalogueAdditionAndTheNewDecisionIsLinkedBothWays() {
    testCatalogue().publishedItem(TOWN, "白马镇年度目录事项-" + java.util.UUID.randomUUID());
    Decision old = registerDecision(TOWN, "白马镇垃圾分类收费方案-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    Map<String, Object> vars = new HashMap<>(commonVariables(old));
    vars.put(Vars.UNDERTAKING_UNIT_NAME, UNDERTAKING_UNIT);
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(DecisionExecutionProcess.KEY, old.getDecisionNo(), vars);
    complete(task(pi), withVariables(Vars.EXECUTION_UNIT, "执行单位"));
    report(pi, "PROBLEM");
    assessProblem(pi, "DECIDE");

    decide(pi, "ADJUST");

    assertThat(pi).isEnded();
    assertThat(route(pi)).containsExactly(
        Elements.START, Elements.TASK_DESIGNATE_EXECUTION_UNIT, Elements.GATEWAY_REPORT_CYCLE,
        Elements.TASK_REPORT_EXECUTION, Elements.GATEWAY_EXECUTION_STATUS, Elements.TASK_ASSESS_PROBLEM,
        Elements.GATEWAY_PROBLEM_HANDLING, Elements.TASK_DECIDE_ON_EXECUTION, Elements.GATEWAY_EXECUTION_DECISION,
        Elements.TASK_START_ADJUSTED_DECISION, Elements.END_ADJUSTMENT_REQUIRED);
    assertThat(outcome(pi)).isEqualTo("ADJUSTMENT_REQUIRED");
    List<DecisionSuccession.Link> links = succession.of(old.getDecisionNo());
    assertThat(links).hasSize(1);
    assertThat(links.get(0).successorNo()).isNull();
    CatalogueAdjustment adjustment = catalogueAdjustments.adjustment(links.get(0).adjustmentId());
    assertThat(adjustment.getStatus()).isEqualTo(AdjustmentStatus.PENDING);
    assertThat(adjustment.getProposedTitle()).isEqualTo("（重大调整）" + old.getTitle());
    assertThat(adjustment.getProposedOrganisingUnit()).isEqualTo(UNDERTAKING_UNIT);
    assertThat(onlyEntry(pi, Events.MAJOR_ADJUSTMENT_REQUESTED).getSummary()).contains("新增事项", "第三十七条");

    testCatalogue().approveAdjustment(adjustment.businessKey());
    long newItem = catalogueAdjustments.adjustment(adjustment.getId()).getItemId();
    Decision successor = starter.startItem(newItem,
        new StartRequest("LEADER", "白马镇人民政府", "按决策机关决定重大调整收费方案", Map.of()));

    assertThat(succession.of(old.getDecisionNo())).singleElement()
        .satisfies(link -> assertThat(link.successorNo()).isEqualTo(successor.getDecisionNo()));
    assertThat(succession.of(successor.getDecisionNo())).singleElement()
        .satisfies(link -> assertThat(link.predecessorNo()).isEqualTo(old.getDecisionNo()));
    assertThat(stageRecords.events(successor.getDecisionNo(), RegisterDecisionDelegate.ADJUSTS_DECISION))
        .singleElement().satisfies(e -> assertThat(e.getSummary()).contains(old.getDecisionNo(), "重大调整"));
    assertThat(stageRecords.events(old.getDecisionNo(), RegisterDecisionDelegate.SUCCESSOR_STARTED))
        .singleElement().satisfies(e -> assertThat(e.getSummary()).contains(successor.getDecisionNo()));
    identityService.setAuthenticatedUserId("auditor");
    assertThat(auditTimeline.timeline(old.getDecisionNo()).entries())
        .anySatisfy(e -> assertThat(e.title() + " " + e.detail()).contains(successor.getDecisionNo()));
    assertThat(auditTimeline.timeline(successor.getDecisionNo()).entries())
        .anySatisfy(e -> assertThat(e.title() + " " + e.detail()).contains(old.getDecisionNo(), "重大调整"));
  }

  @Test
  void refusesMajorAdjustmentWhenNoCatalogueOfThisYearIsPublished() {
    ProcessInstance pi = startReporting("yuzhai");
    report(pi, "PROBLEM");
    assessProblem(pi, "DECIDE");

    assertThatThrownBy(() -> decide(pi, "ADJUST")).hasMessageContaining("年度决策事项目录尚未公布");

    assertThat(pi).isWaitingAt(Elements.TASK_DECIDE_ON_EXECUTION);
    assertThat(succession.of(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void refusesADecisionOfTheBodyWithoutItsMeeting() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "PROBLEM");
    assessProblem(pi, "DECIDE");

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.EXECUTION_DECISION, "STOP", Vars.EXECUTION_DECISION_CONTENT, "停止",
            Vars.DECISION_BODY_MEETING, " ", Vars.DECISION_BODY_MEETING_DATE, "2026-03-30")))
        .hasMessageContaining("只能由决策机关决定，请填写作出决定的会议");
    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.EXECUTION_DECISION, "STOP", Vars.EXECUTION_DECISION_CONTENT, "停止",
            Vars.DECISION_BODY_MEETING, "第8次会议", Vars.DECISION_BODY_MEETING_DATE, "2026-04-02")))
        .hasMessageContaining("会议日期不能晚于今天");
    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.EXECUTION_DECISION, "TERMINATE", Vars.EXECUTION_DECISION_CONTENT, "停止",
            Vars.DECISION_BODY_MEETING, "第8次会议", Vars.DECISION_BODY_MEETING_DATE, "2026-03-30")))
        .hasMessageContaining("请选择决策机关的决定");

    assertThat(pi).isWaitingAt(Elements.TASK_DECIDE_ON_EXECUTION);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.EXECUTION_DECIDED)).isEmpty();
  }

  @Test
  void executingUnitReportsAProblemBetweenReportDates() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "ON_TRACK");
    assertThat(pi).isWaitingAt(Elements.GATEWAY_AWAIT_NEXT_REPORT);

    ExecutionProblems.Reported reported = problems.report(pi.getBusinessKey(), "暴雨冲毁施工便道，工期无法按期完成", ACTING_USER);

    assertThat(reported.forwardedToDecisionBody()).isTrue();
    assertThat(pi).isWaitingAt(Elements.TASK_ASSESS_PROBLEM);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.EXECUTION_REPORT)).isEqualTo("暴雨冲毁施工便道，工期无法按期完成");
    assertThat(route(pi)).containsExactly(
        Elements.START, Elements.TASK_DESIGNATE_EXECUTION_UNIT, Elements.GATEWAY_REPORT_CYCLE,
        Elements.TASK_REPORT_EXECUTION, Elements.GATEWAY_EXECUTION_STATUS, Elements.GATEWAY_AWAIT_NEXT_REPORT,
        Elements.MESSAGE_PROBLEM_REPORTED, Elements.TASK_ASSESS_PROBLEM);
    assertThat(onlyEntry(pi, Events.PROBLEM_REPORTED).getSummary()).contains("暴雨冲毁施工便道", "第三十五条");

    ExecutionProblems.Reported again = problems.report(pi.getBusinessKey(), "便道修复费用超出预算", ACTING_USER);
    assertThat(again.forwardedToDecisionBody()).isFalse();
    assertThat(again.message()).contains("决策机关正在研究处理");
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.PROBLEM_REPORTED)).hasSize(2);
  }

  @Test
  void executingUnitReportsAProblemWhileAPeriodicReportIsOpen() {
    ProcessInstance pi = startReporting(TOWN);
    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION);

    problems.report(pi.getBusinessKey(), "上级政策调整，收费依据失效", ACTING_USER);

    assertThat(pi).isWaitingAt(Elements.TASK_ASSESS_PROBLEM);
    assertThat(route(pi)).containsExactly(
        Elements.START, Elements.TASK_DESIGNATE_EXECUTION_UNIT, Elements.GATEWAY_REPORT_CYCLE,
        Elements.TASK_REPORT_EXECUTION, Elements.BOUNDARY_PROBLEM_REPORTED_DURING_REPORT, Elements.TASK_ASSESS_PROBLEM);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.EXECUTION_REPORTED)).isEmpty();
  }

  @Test
  void refusesAProblemReportForADecisionNotInExecution() {
    Decision decision = registerDecision(TOWN, "尚未执行的决策");

    assertThatThrownBy(() -> problems.report(decision.getDecisionNo(), "问题", ACTING_USER))
        .hasMessageContaining("该决策不在执行阶段");
    assertThat(stageRecords.events(decision.getDecisionNo(), Events.PROBLEM_REPORTED)).isEmpty();
  }

  @Test
  void opinionsOfCitizensAndOrganisationsCountTowardTheEvaluationTrigger() {
    ProcessInstance pi = startReporting(TOWN);
    for (int i = 0; i < 10; i++) {
      opinions.record(pi.getBusinessKey(), i % 2 == 0 ? "CITIZEN" : "ORGANISATION", "提出人" + i, "收费过高，意见" + i,
          null, ACTING_USER);
    }
    report(pi, "COMPLETED");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.EXECUTION_OPINION_COUNT)).isEqualTo(10L);

    complete(task(pi), triggers(false, false, false));

    assertThat(pi).isWaitingAt(Elements.TASK_DESIGNATE_EVALUATOR);
    assertThat(onlyEntry(pi, Events.EVALUATION_DECIDED).getSummary()).contains("提出较多意见（执行中登记10条）");
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.OPINION_RECORDED)).hasSize(10);
    assertThat(opinions.list(pi.getBusinessKey())).hasSize(10).first()
        .satisfies(o -> assertThat(o.sourceLabel()).isEqualTo("其他组织"));
  }

  @Test
  void fewerOpinionsThanTheLocalFigureLeaveTheTriggerToTheBody() {
    ProcessInstance pi = startReporting(TOWN);
    opinions.record(pi.getBusinessKey(), "CITIZEN", "张三", "建议延长开放时间", null, ACTING_USER);
    report(pi, "COMPLETED");

    complete(task(pi), triggers(false, false, false));

    assertThat(pi).isEnded().hasPassed(Elements.END_EXECUTION_COMPLETED);
  }

  @Test
  void refusesOpinionsWithoutSourceOrText() {
    ProcessInstance pi = startReporting(TOWN);

    assertThatThrownBy(() -> opinions.record(pi.getBusinessKey(), "NEIGHBOUR", "张三", "意见", null, ACTING_USER))
        .hasMessageContaining("请选择意见提出人");
    assertThatThrownBy(() -> opinions.record(pi.getBusinessKey(), "CITIZEN", "张三", " ", null, ACTING_USER))
        .hasMessageContaining("请填写意见内容");
    assertThatThrownBy(() -> opinions.record(pi.getBusinessKey(), "CITIZEN", "张三", "意见",
            java.time.LocalDate.of(2026, 4, 2), ACTING_USER))
        .hasMessageContaining("不能晚于今天");
    assertThat(opinions.count(pi.getBusinessKey())).isZero();
  }

  @Test
  void continuesReportingWhenLeadershipDecidesToContinueAfterProblem() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "PROBLEM");
    assertThat(pi).isWaitingAt(Elements.TASK_ASSESS_PROBLEM);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");

    assessProblem(pi, "CONTINUE");

    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION);
    assertThat(pi).hasNotPassed(Elements.TIMER_NEXT_REPORT_DUE, Elements.TASK_DESIGNATE_EVALUATOR);
    assertThat(route(pi)).containsExactly(
        Elements.START, Elements.TASK_DESIGNATE_EXECUTION_UNIT, Elements.GATEWAY_REPORT_CYCLE,
        Elements.TASK_REPORT_EXECUTION, Elements.GATEWAY_EXECUTION_STATUS, Elements.TASK_ASSESS_PROBLEM,
        Elements.GATEWAY_PROBLEM_HANDLING, Elements.GATEWAY_REPORT_CYCLE, Elements.TASK_REPORT_EXECUTION);
    assertThat(onlyEntry(pi, Events.PROBLEM_ASSESSED).getSummary()).contains("继续执行");
  }

  @Test
  void executiveHeadSuspendsUrgentlyThenTheDecisionBodyDecides() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "PROBLEM");
    assessProblem(pi, "SUSPEND");
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_SUSPENSION);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");

    complete(task(pi), withVariables(
        Vars.SUSPENSION_DECISION, "镇长决定暂停收费标准调整", Vars.SUSPENDED_ON, "2026-04-01"));

    assertThat(pi).isWaitingAt(Elements.TASK_DECIDE_ON_EXECUTION);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");
    decide(pi, "CONTINUE");
    assertThat(route(pi)).containsExactly(
        Elements.START, Elements.TASK_DESIGNATE_EXECUTION_UNIT, Elements.GATEWAY_REPORT_CYCLE,
        Elements.TASK_REPORT_EXECUTION, Elements.GATEWAY_EXECUTION_STATUS, Elements.TASK_ASSESS_PROBLEM,
        Elements.GATEWAY_PROBLEM_HANDLING, Elements.TASK_RECORD_SUSPENSION, Elements.TASK_DECIDE_ON_EXECUTION,
        Elements.GATEWAY_EXECUTION_DECISION, Elements.GATEWAY_REPORT_CYCLE, Elements.TASK_REPORT_EXECUTION);
    assertThat(onlyEntry(pi, Events.EXECUTION_SUSPENDED).getSummary()).contains("2026-04-01", "暂停收费标准调整");
    assertThat(onlyEntry(pi, Events.EXECUTION_DECIDED).getSummary()).contains("中止执行的决策恢复执行");
  }

  @Test
  void refusesSuspensionDatedInTheFuture() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "PROBLEM");
    assessProblem(pi, "SUSPEND");

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.SUSPENSION_DECISION, "镇长决定中止", Vars.SUSPENDED_ON, "2026-04-02")))
        .hasMessageContaining("中止执行日期不能晚于今天");

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_SUSPENSION);
  }

  @Test
  void evaluatesCountyDecisionOnProblemAndContinuesExecution() {
    ProcessInstance pi = startReporting(COUNTY);
    report(pi, "PROBLEM");
    assertThat(task(pi)).hasCandidateGroup("county-leadership");
    assessProblem(pi, "EVALUATE");
    assertThat(task(pi)).hasCandidateGroup("county-leadership");
    designateEvaluator(pi, "浦江县社会科学界联合会");
    assertThat(task(pi)).hasCandidateGroup("county-clerk");

    submitEvaluation(pi, "CONTINUE");
    assertThat(pi).isWaitingAt(Elements.TASK_DECIDE_ON_EXECUTION);
    decide(pi, "CONTINUE");

    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION).hasPassed(Elements.TASK_SUBMIT_EVALUATION_REPORT);
    assertThat(pi).hasNotPassed(Elements.TASK_RECORD_SUSPENSION);
    assertThat(onlyEntry(pi, Events.EVALUATION_REPORTED).getSummary()).contains("继续执行");
  }

  @Test
  void refusesEvaluatorThatArguedOrAssessedBeforeTheDecision() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "COMPLETED");
    complete(task(pi), triggers(true, false, false));

    assertThatThrownBy(() -> designateEvaluator(pi, "  " + EXPERT_INSTITUTION + " "))
        .hasMessageContaining("在决策前承担了专家论证，不得委托其进行决策后评估");
    assertThatThrownBy(() -> designateEvaluator(pi, "zhejiang risk consulting co."))
        .hasMessageContaining("在决策前承担了风险评估，不得委托其进行决策后评估");
    assertThatThrownBy(() -> designateEvaluator(pi, "白马镇 经济发展办公室。"))
        .hasMessageContaining("是本决策的承办单位", "第三十六条第二款");
    assertThatThrownBy(() -> designateEvaluator(pi, "浙江大学公共政策研究院　"))
        .hasMessageContaining("在决策前承担了专家论证");
    assertThat(pi).isWaitingAt(Elements.TASK_DESIGNATE_EVALUATOR);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.EVALUATOR_DESIGNATED)).isEmpty();

    designateEvaluator(pi, "浙江省发展规划研究院");
    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_EVALUATION_REPORT);
    assertThat(onlyEntry(pi, Events.EVALUATOR_DESIGNATED).getSummary()).contains("浙江省发展规划研究院");
  }

  @Test
  void acceptsAnyEvaluatorWhenNoPreDecisionUnitIsKnown() {
    ProcessInstance pi = startStage(DecisionExecutionProcess.KEY, TOWN, Map.of());
    complete(task(pi), withVariables(Vars.EXECUTION_UNIT, "白马镇农业农村办公室"));
    report(pi, "PROBLEM");
    assessProblem(pi, "EVALUATE");

    designateEvaluator(pi, EXPERT_INSTITUTION);

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_EVALUATION_REPORT);
  }

  @Test
  void refusesIncompleteReportsAndAssessments() {
    ProcessInstance pi = startReporting(TOWN);

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.EXECUTION_STATUS, "ON_TRACK", Vars.EXECUTION_REPORT, "")))
        .hasMessageContaining("请填写执行情况报告");
    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.EXECUTION_STATUS, "DELAYED", Vars.EXECUTION_REPORT, "进度滞后")))
        .hasMessageContaining("请选择执行情况");
    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION);

    report(pi, "PROBLEM");
    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.PROBLEM_HANDLING, "CONTINUE", Vars.PROBLEM_ASSESSMENT, "")))
        .hasMessageContaining("请填写决策机关对执行中问题的研究意见");
    assertThat(pi).isWaitingAt(Elements.TASK_ASSESS_PROBLEM);
  }

  @Test
  void refusesEvaluationReportWithoutPublicParticipation() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "PROBLEM");
    assessProblem(pi, "EVALUATE");
    designateEvaluator(pi, "浦江县社会科学界联合会");

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Vars.PUBLIC_INPUT_SUMMARY, "",
            Vars.EVALUATION_REPORT, "效果良好",
            Vars.EVALUATION_CONCLUSION, "CONTINUE")))
        .hasMessageContaining("应当听取社会公众的意见，吸收人大代表、政协委员等参加");

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_EVALUATION_REPORT);
  }

  private ProcessInstance start(String unit) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(Vars.EXPERT_INSTITUTION, EXPERT_INSTITUTION);
    vars.put(Vars.RISK_ASSESSOR_UNIT, RISK_ASSESSOR);
    vars.put(Vars.UNDERTAKING_UNIT_NAME, UNDERTAKING_UNIT);
    return startStage(DecisionExecutionProcess.KEY, unit, vars);
  }

  private ProcessInstance startReporting(String unit) {
    ProcessInstance pi = start(unit);
    complete(task(pi), withVariables(Vars.EXECUTION_UNIT, "执行单位"));
    return pi;
  }

  private void report(ProcessInstance pi, String status) {
    complete(task(pi), withVariables(Vars.EXECUTION_STATUS, status, Vars.EXECUTION_REPORT, "本季度执行情况"));
  }

  private void assessProblem(ProcessInstance pi, String handling) {
    complete(task(pi), withVariables(Vars.PROBLEM_HANDLING, handling, Vars.PROBLEM_ASSESSMENT, "研究意见"));
  }

  private void designateEvaluator(ProcessInstance pi, String unit) {
    complete(task(pi), withVariables(Vars.EVALUATOR_UNIT, unit));
  }

  private void submitEvaluation(ProcessInstance pi, String conclusion) {
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(pi), withVariables(
        Vars.PUBLIC_INPUT_SUMMARY, "召开座谈会听取群众意见，邀请人大代表、政协委员参加",
        Vars.EVALUATION_REPORT, "评估报告正文",
        Vars.EVALUATION_CONCLUSION, conclusion));
  }

  private void decide(ProcessInstance pi, String decision) {
    complete(task(pi), withVariables(
        Vars.EXECUTION_DECISION, decision,
        Vars.EXECUTION_DECISION_CONTENT, "决定内容：依据评估报告和执行单位的报告",
        Vars.DECISION_BODY_MEETING, "白马镇党委政府联席会议第8次会议",
        Vars.DECISION_BODY_MEETING_DATE, "2026-03-30"));
  }

  /** Every activity the instance entered, in order (BPMN elements, not flows): the whole route. */
  private List<String> route(ProcessInstance pi) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricActivityInstance::getActivityId).toList();
  }

  private static Map<String, Object> triggers(boolean belowExpectation, boolean objections, boolean necessary) {
    return withVariables(
        Vars.EFFECT_BELOW_EXPECTATION, belowExpectation,
        Vars.MANY_OBJECTIONS, objections,
        Vars.EVALUATION_DEEMED_NECESSARY, necessary);
  }

  private Object outcome(ProcessInstance pi) {
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId())
        .variableName(Vars.EXECUTION_OUTCOME)
        .singleResult()
        .getValue();
  }

  private StageRecord onlyEntry(ProcessInstance pi, String event) {
    List<StageRecord> entries = stageRecords.events(pi.getBusinessKey(), event);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }
}
