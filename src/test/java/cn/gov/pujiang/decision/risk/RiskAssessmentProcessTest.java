package cn.gov.pujiang.decision.risk;

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
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Elements;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Events;
import cn.gov.pujiang.decision.risk.RiskAssessmentProcess.Vars;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RiskAssessmentProcessTest extends ProcessTestSupport {

  @Autowired private StageRecords stageRecords;

  @Test
  void endsWhenTheAssessedRiskIsControllable() {
    ProcessInstance pi = start(TOWN);
    assertThat(task()).hasCandidateGroup("baima-clerk");
    complete(task(), organisation(AssessorType.IN_HOUSE));

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_REPORT);
    assertThat(task()).hasCandidateGroup("baima-clerk");
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), report(RiskLevel.LOW, false));

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_RESULT);
    execute(job());
    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_ORGANISE_ASSESSMENT, Elements.TASK_SUBMIT_REPORT,
        Elements.TASK_ASSESS_CONTROLLABILITY, Elements.GATEWAY_RISK_CONTROLLABLE,
        Elements.TASK_RECORD_RESULT, Elements.END_RISK_CONTROLLABLE);
    assertThat(historicVariable(pi, Vars.RISK_CONTROLLABLE)).isEqualTo(true);
    assertThat(historicVariable(pi, Vars.RISK_ASSESSOR_UNIT)).isEqualTo("白马镇综治中心");
    assertThat(historicVariable(pi, Vars.RISK_LEVEL)).isEqualTo("LOW");
    assertThat(trail(pi)).extracting(StageRecord::getEvent).containsExactly(
        Events.ASSESSMENT_ORGANISED, Events.RISK_REPORT_SUBMITTED, Events.RISK_ASSESSMENT_COMPLETED);
    assertThat(record(pi, Events.ASSESSMENT_ORGANISED).getSummary())
        .contains("承办单位自行评估", "白马镇综治中心", "征求了县公安局、县信访局意见");
    assertThat(record(pi, Events.RISK_ASSESSMENT_COMPLETED).getSummary())
        .contains("风险可控", "白马镇综治中心", "风险等级：低");
  }

  @Test
  void asksForAdjustmentAndAssessesTheNewReportWhenRiskIsNotControllable() {
    ProcessInstance pi = start(COUNTY);
    assertThat(task()).hasCandidateGroup("county-clerk");
    complete(task(), organisation(AssessorType.THIRD_PARTY));
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), report(RiskLevel.HIGH, true));

    assertThat(pi).isWaitingAt(Elements.TASK_ADJUST_DRAFT);
    assertThat(task()).hasCandidateGroup("county-clerk");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.RISK_CONTROLLABLE)).isEqualTo(false);
    complete(task(), withVariables(Vars.RISK_ADJUSTMENT_MEASURES, "分期实施，先行试点"));

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_REPORT);
    complete(task(), report(RiskLevel.MEDIUM, true));
    execute(job());

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_ORGANISE_ASSESSMENT, Elements.TASK_SUBMIT_REPORT,
        Elements.TASK_ASSESS_CONTROLLABILITY, Elements.GATEWAY_RISK_CONTROLLABLE, Elements.TASK_ADJUST_DRAFT,
        Elements.TASK_SUBMIT_REPORT, Elements.TASK_ASSESS_CONTROLLABILITY, Elements.GATEWAY_RISK_CONTROLLABLE,
        Elements.TASK_RECORD_RESULT, Elements.END_RISK_CONTROLLABLE);
    assertThat(historicVariable(pi, Vars.RISK_LEVEL)).isEqualTo("MEDIUM");
    assertThat(trail(pi)).extracting(StageRecord::getEvent).containsExactly(
        Events.ASSESSMENT_ORGANISED, Events.RISK_REPORT_SUBMITTED, Events.DRAFT_ADJUSTED_FOR_RISK,
        Events.RISK_REPORT_SUBMITTED, Events.RISK_ASSESSMENT_COMPLETED);
    assertThat(record(pi, Events.DRAFT_ADJUSTED_FOR_RISK).getSummary()).contains("分期实施，先行试点");
    assertThat(record(pi, Events.RISK_ASSESSMENT_COMPLETED).getSummary())
        .contains("委托第三方评估", "风险等级：中", "防范化解措施已落实");
  }

  @Test
  void treatsMediumRiskWithoutMitigationAsNotControllable() {
    ProcessInstance pi = start(TOWN);
    complete(task(), organisation(AssessorType.DESIGNATED_UNIT));

    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), report(RiskLevel.MEDIUM, false));

    assertThat(pi).isWaitingAt(Elements.TASK_ADJUST_DRAFT);
  }

  @Test
  void refusesReportWithoutContingencyPlan() {
    ProcessInstance pi = start(TOWN);
    complete(task(), organisation(AssessorType.IN_HOUSE));
    Map<String, Object> report = report(RiskLevel.LOW, true);
    report.remove(Vars.CONTINGENCY_PLAN);
    report.put(Vars.PREVENTION_MEASURES, "  ");

    assertThatThrownBy(() -> complete(task(), report))
        .hasMessageContaining("风险评估报告应当明确风险点，提出风险防范措施和处置预案")
        .hasMessageContaining("尚缺：风险防范措施、处置预案");

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_REPORT);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.RISK_REPORT_SUBMITTED)).isEmpty();
  }

  @Test
  void refusesReportWithoutKnownRiskLevel() {
    ProcessInstance pi = start(TOWN);
    complete(task(), organisation(AssessorType.IN_HOUSE));
    Map<String, Object> report = report(RiskLevel.LOW, true);
    report.put(Vars.RISK_LEVEL, "VERY_HIGH");

    assertThatThrownBy(() -> complete(task(), report)).hasMessageContaining("请选择风险等级");

    assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_REPORT);
  }

  @Test
  void refusesAssessmentThatHasNotHeardTheDepartments() {
    ProcessInstance pi = start(TOWN);
    Map<String, Object> organisation = organisation(AssessorType.IN_HOUSE);
    organisation.remove(Vars.DEPARTMENTS_HEARD);

    assertThatThrownBy(() -> complete(task(), organisation)).hasMessageContaining("应当听取有关部门的意见");

    assertThat(pi).isWaitingAt(Elements.TASK_ORGANISE_ASSESSMENT);
  }

  @Test
  void refusesUnknownAssessorType() {
    ProcessInstance pi = start(TOWN);
    Map<String, Object> organisation = organisation(AssessorType.IN_HOUSE);
    organisation.put(Vars.ASSESSOR_TYPE, "NOBODY");

    assertThatThrownBy(() -> complete(task(), organisation)).hasMessageContaining("请选择评估主体");

    assertThat(pi).isWaitingAt(Elements.TASK_ORGANISE_ASSESSMENT);
  }

  @Test
  void refusesAdjustmentThatDoesNotSayWhatWasDone() {
    ProcessInstance pi = start(TOWN);
    complete(task(), organisation(AssessorType.IN_HOUSE));
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), report(RiskLevel.HIGH, false));

    assertThatThrownBy(() -> complete(task(), withVariables(Vars.RISK_ADJUSTMENT_MEASURES, "")))
        .hasMessageContaining("请填写所作调整或措施");

    assertThat(pi).isWaitingAt(Elements.TASK_ADJUST_DRAFT);
  }

  private ProcessInstance start(String unit) {
    ProcessInstance pi = startStage(RiskAssessmentProcess.KEY, unit, Map.of());
    assertThat(pi).isWaitingAt(Elements.TASK_ORGANISE_ASSESSMENT);
    return pi;
  }

  private static Map<String, Object> organisation(AssessorType type) {
    return withVariables(
        Vars.ASSESSOR_TYPE, type.name(),
        Vars.RISK_ASSESSOR_UNIT, "白马镇综治中心",
        Vars.DEPARTMENTS_HEARD, "征求了县公安局、县信访局意见");
  }

  private static Map<String, Object> report(RiskLevel level, boolean mitigated) {
    return withVariables(
        Vars.RISK_POINTS, "拆迁补偿标准争议",
        Vars.PREVENTION_MEASURES, "逐户走访、公开补偿标准",
        Vars.CONTINGENCY_PLAN, "设立现场接待点，专人化解",
        Vars.RISK_LEVEL, level.name(),
        Vars.MITIGATION_IN_PLACE, mitigated);
  }

  private long timesPassed(ProcessInstance pi, String activityId) {
    List<HistoricActivityInstance> passed = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId()).activityId(activityId).finished().list();
    return passed.size();
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
}
