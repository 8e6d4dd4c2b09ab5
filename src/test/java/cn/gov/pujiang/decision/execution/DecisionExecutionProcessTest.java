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
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Elements;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Variables;
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

  @Autowired private StageRecords stageRecords;

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
        Variables.EXECUTION_UNIT, "白马镇农业农村办公室", Variables.EXECUTION_REQUIREMENTS, "年底前完成改造"));

    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION);
    assertThat(task(pi)).hasCandidateGroup("baima-clerk");
    assertThat(onlyEntry(pi, Events.EXECUTION_UNIT_DESIGNATED).getSummary())
        .contains("白马镇农业农村办公室", "年底前完成改造");
  }

  @Test
  void refusesToStartExecutionWithoutExecutionUnit() {
    ProcessInstance pi = start(TOWN);

    assertThatThrownBy(() -> complete(task(pi), withVariables(Variables.EXECUTION_UNIT, " ")))
        .hasMessageContaining("应当明确决策执行单位");

    assertThat(pi).isWaitingAt(Elements.TASK_DESIGNATE_EXECUTION_UNIT);
  }

  @Test
  void asksForNextReportOnlyAfterTheReportIntervalWhenOnTrack() {
    ProcessInstance pi = startReporting(TOWN);

    report(pi, "ON_TRACK");

    assertThat(pi).isWaitingAt(Elements.TIMER_NEXT_REPORT_DUE);
    setClock(REPORTED.plusDays(89));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    setClock(REPORTED.plusDays(90).plusMinutes(1));
    execute(job(pi));
    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION).hasPassed(Elements.TIMER_NEXT_REPORT_DUE);
    assertThat(pi).hasNotPassed(Elements.TASK_ASSESS_PROBLEM, Elements.TASK_DECIDE_ON_EVALUATION);
    assertThat(runtimeService.getVariable(pi.getId(), Variables.EXECUTION_STATUS)).isNull();
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
    assertThat(pi).hasNotPassed(Elements.TASK_DESIGNATE_EVALUATOR);
    assertThat(outcome(pi)).isEqualTo("COMPLETED");
    assertThat(onlyEntry(pi, Events.EVALUATION_DECIDED).getSummary()).contains("无需组织决策后评估");
  }

  @Test
  void evaluatesCompletedDecisionWithManyObjectionsAndTerminatesIt() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "COMPLETED");

    complete(task(pi), triggers(false, true, false));
    assertThat(pi).isWaitingAt(Elements.TASK_DESIGNATE_EVALUATOR);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");
    designateEvaluator(pi, "浦江县社会科学界联合会");
    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_EVALUATION_REPORT);
    assertThat(task(pi)).hasCandidateGroup("baima-clerk");
    submitEvaluation(pi, "TERMINATE");

    assertThat(pi).isEnded().hasPassedInOrder(
        Elements.TASK_DECIDE_ON_EVALUATION, Elements.TASK_DESIGNATE_EVALUATOR, Elements.TASK_SUBMIT_EVALUATION_REPORT,
        Elements.END_EXECUTION_TERMINATED);
    assertThat(outcome(pi)).isEqualTo("TERMINATED");
    assertThat(onlyEntry(pi, Events.EVALUATION_DECIDED).getSummary()).contains("提出较多意见");
    assertThat(onlyEntry(pi, Events.EVALUATION_REPORTED).getSummary()).contains("停止执行", "人大代表");
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
    assertThat(onlyEntry(pi, Events.PROBLEM_ASSESSED).getSummary()).contains("继续执行");
  }

  @Test
  void recordsUrgentSuspensionThenEndsWithAdjustmentRequired() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "PROBLEM");
    assessProblem(pi, "SUSPEND");
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_SUSPENSION);
    assertThat(task(pi)).hasCandidateGroup("baima-leadership");

    complete(task(pi), withVariables(
        Variables.SUSPENSION_DECISION, "镇长决定暂停收费标准调整", Variables.SUSPENDED_ON, "2026-04-01"));
    designateEvaluator(pi, "浦江县社会科学界联合会");
    submitEvaluation(pi, "ADJUST");

    assertThat(pi).isEnded().hasPassedInOrder(
        Elements.TASK_ASSESS_PROBLEM, Elements.TASK_RECORD_SUSPENSION, Elements.TASK_DESIGNATE_EVALUATOR,
        Elements.END_ADJUSTMENT_REQUIRED);
    assertThat(outcome(pi)).isEqualTo("ADJUSTMENT_REQUIRED");
    assertThat(onlyEntry(pi, Events.EXECUTION_SUSPENDED).getSummary()).contains("2026-04-01", "暂停收费标准调整");
  }

  @Test
  void refusesSuspensionDatedInTheFuture() {
    ProcessInstance pi = startReporting(TOWN);
    report(pi, "PROBLEM");
    assessProblem(pi, "SUSPEND");

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Variables.SUSPENSION_DECISION, "镇长决定中止", Variables.SUSPENDED_ON, "2026-04-02")))
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
    assertThat(pi).isWaitingAt(Elements.TASK_DESIGNATE_EVALUATOR);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.EVALUATOR_DESIGNATED)).isEmpty();

    designateEvaluator(pi, "浙江省发展规划研究院");
    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_EVALUATION_REPORT);
    assertThat(onlyEntry(pi, Events.EVALUATOR_DESIGNATED).getSummary()).contains("浙江省发展规划研究院");
  }

  @Test
  void acceptsAnyEvaluatorWhenNoPreDecisionUnitIsKnown() {
    ProcessInstance pi = startStage(DecisionExecutionProcess.KEY, TOWN, Map.of());
    complete(task(pi), withVariables(Variables.EXECUTION_UNIT, "白马镇农业农村办公室"));
    report(pi, "PROBLEM");
    assessProblem(pi, "EVALUATE");

    designateEvaluator(pi, EXPERT_INSTITUTION);

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_EVALUATION_REPORT);
  }

  @Test
  void refusesIncompleteReportsAndAssessments() {
    ProcessInstance pi = startReporting(TOWN);

    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Variables.EXECUTION_STATUS, "ON_TRACK", Variables.EXECUTION_REPORT, "")))
        .hasMessageContaining("请填写执行情况报告");
    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Variables.EXECUTION_STATUS, "DELAYED", Variables.EXECUTION_REPORT, "进度滞后")))
        .hasMessageContaining("请选择执行情况");
    assertThat(pi).isWaitingAt(Elements.TASK_REPORT_EXECUTION);

    report(pi, "PROBLEM");
    assertThatThrownBy(() -> complete(task(pi), withVariables(
            Variables.PROBLEM_HANDLING, "CONTINUE", Variables.PROBLEM_ASSESSMENT, "")))
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
            Variables.PUBLIC_INPUT_SUMMARY, "",
            Variables.EVALUATION_REPORT, "效果良好",
            Variables.EVALUATION_CONCLUSION, "CONTINUE")))
        .hasMessageContaining("应当听取社会公众的意见，吸收人大代表、政协委员等参加");

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_EVALUATION_REPORT);
  }

  private ProcessInstance start(String unit) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(Variables.EXPERT_INSTITUTION, EXPERT_INSTITUTION);
    vars.put(Variables.RISK_ASSESSOR_UNIT, RISK_ASSESSOR);
    return startStage(DecisionExecutionProcess.KEY, unit, vars);
  }

  private ProcessInstance startReporting(String unit) {
    ProcessInstance pi = start(unit);
    complete(task(pi), withVariables(Variables.EXECUTION_UNIT, "执行单位"));
    return pi;
  }

  private void report(ProcessInstance pi, String status) {
    complete(task(pi), withVariables(Variables.EXECUTION_STATUS, status, Variables.EXECUTION_REPORT, "本季度执行情况"));
  }

  private void assessProblem(ProcessInstance pi, String handling) {
    complete(task(pi), withVariables(Variables.PROBLEM_HANDLING, handling, Variables.PROBLEM_ASSESSMENT, "研究意见"));
  }

  private void designateEvaluator(ProcessInstance pi, String unit) {
    complete(task(pi), withVariables(Variables.EVALUATOR_UNIT, unit));
  }

  private void submitEvaluation(ProcessInstance pi, String conclusion) {
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(pi), withVariables(
        Variables.PUBLIC_INPUT_SUMMARY, "召开座谈会听取群众意见，邀请人大代表、政协委员参加",
        Variables.EVALUATION_REPORT, "评估报告正文",
        Variables.EVALUATION_CONCLUSION, conclusion));
  }

  private static Map<String, Object> triggers(boolean belowExpectation, boolean objections, boolean necessary) {
    return withVariables(
        Variables.EFFECT_BELOW_EXPECTATION, belowExpectation,
        Variables.MANY_OBJECTIONS, objections,
        Variables.EVALUATION_DEEMED_NECESSARY, necessary);
  }

  private Object outcome(ProcessInstance pi) {
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId())
        .variableName(Variables.EXECUTION_OUTCOME)
        .singleResult()
        .getValue();
  }

  private StageRecord onlyEntry(ProcessInstance pi, String event) {
    List<StageRecord> entries = stageRecords.events(pi.getBusinessKey(), event);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }
}
