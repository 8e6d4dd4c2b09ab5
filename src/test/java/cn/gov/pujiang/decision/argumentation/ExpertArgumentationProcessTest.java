package cn.gov.pujiang.decision.argumentation;

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
import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Elements;
import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Events;
import cn.gov.pujiang.decision.argumentation.ExpertArgumentationProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExpertArgumentationProcessTest extends ProcessTestSupport {

  @Autowired private StageRecords stageRecords;
  @Autowired private ExpertPool pool;
  @Autowired private org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void selectsFromTheCountyPoolAndRecordsEachExpertsParticipation() {
    ExpertPool.Expert hydraulics = pool.add("王水利", "水利工程", "浙江省水利水电勘测设计院", "浦江县城市建设投资集团", "admin");
    ExpertPool.Expert law = pool.add("陈法学", "行政法", "浙江工商大学法学院", null, "admin");
    ProcessInstance pi = start(TOWN);
    Map<String, Object> selection = validSelection();
    selection.remove(Vars.EXPERT_INSTITUTION);
    selection.remove(Vars.OUTSIDE_EXPERTS_REASON);
    selection.put(Vars.POOL_EXPERT_IDS, hydraulics.id() + "、" + law.id());

    complete(task(), selection);

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_EXPERT_OPINIONS);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.EXPERT_INSTITUTION))
        .as("the whole panel leaves the stage for execution's evaluator check (Art. 36)")
        .isEqualTo("王水利（浙江省水利水电勘测设计院）、陈法学（浙江工商大学法学院）");
    assertThat(record(pi, Events.EXPERTS_SELECTED).getSummary()).contains("专家库专家：王水利");
    assertThat(pool.find(hydraulics.id()).orElseThrow().participations()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from md_expert_participation p join md_decision d on d.id = p.decision_id"
        + " where d.decision_no = ?", Integer.class, pi.getBusinessKey())).isEqualTo(2);
  }

  @Test
  void refusesPoolExpertsWithADeclaredInterestRemovedExpertsAndOutsideExpertsWithoutReason() {
    ProcessInstance pi = startStage(ExpertArgumentationProcess.KEY, TOWN,
        Map.of(cn.gov.pujiang.decision.engine.CommonVariables.DECISION_UNIT_NAME, "白马镇"));
    assertThat(pi).isWaitingAt(Elements.TASK_SELECT_EXPERTS);
    String title = (String) runtimeService.getVariable(pi.getId(), "decisionTitle");
    ExpertPool.Expert interested = pool.add("李利害", "城市规划", "某规划设计公司", "白马镇", "admin");
    ExpertPool.Expert removed = pool.add("赵除名", "财政", "某会计师事务所", null, "admin");
    pool.sanction(removed.id(), ExpertPool.SanctionKind.CRITICISED, "论证意见抄袭他人成果", null, "admin");
    pool.sanction(removed.id(), ExpertPool.SanctionKind.REMOVED, "再次出具不实论证意见", pi.getBusinessKey(), "admin");
    Map<String, Object> selection = validSelection();
    selection.remove(Vars.EXPERT_INSTITUTION);
    selection.remove(Vars.OUTSIDE_EXPERTS_REASON);

    selection.put(Vars.POOL_EXPERT_IDS, String.valueOf(interested.id()));
    assertThatThrownBy(() -> complete(task(), selection))
        .as("Art. 20: declared %s, decision of 白马镇: %s", "白马镇", title)
        .hasMessageContaining("李利害").hasMessageContaining("直接利害关系").hasMessageContaining("第二十条");
    selection.put(Vars.POOL_EXPERT_IDS, String.valueOf(removed.id()));
    assertThatThrownBy(() -> complete(task(), selection)).hasMessageContaining("已被除名（第四十一条）");
    selection.put(Vars.POOL_EXPERT_IDS, "");
    assertThatThrownBy(() -> complete(task(), selection)).hasMessageContaining("请从专家库选择专家");
    selection.put(Vars.EXPERT_INSTITUTION, "某咨询公司");
    assertThatThrownBy(() -> complete(task(), selection)).hasMessageContaining("专家库以外", "理由");

    assertThat(pi).isWaitingAt(Elements.TASK_SELECT_EXPERTS);
    assertThat(pool.find(removed.id()).orElseThrow().status()).isEqualTo(ExpertPool.Status.REMOVED);
    assertThat(pool.find(removed.id()).orElseThrow().criticisms()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from md_expert_participation p join md_decision d on d.id = p.decision_id"
        + " where d.decision_no = ?", Integer.class, pi.getBusinessKey())).as("nothing stored from a refusal").isZero();
  }

  @Test
  void revisesTheDraftWhenExpertsAskForChanges() {
    ProcessInstance pi = start(TOWN);
    assertThat(task()).hasCandidateGroup("baima-clerk");

    complete(task(), validSelection());
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_EXPERT_OPINIONS);
    assertThat(task()).hasCandidateGroup("baima-clerk");
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), opinions(true));
    assertThat(pi).isWaitingAt(Elements.TASK_REVISE_DRAFT);
    assertThat(task()).hasCandidateGroup("baima-clerk");
    complete(task(), withVariables(Vars.EXPERT_REVISION_SUMMARY, "增设排水沟"));
    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_RESULT);
    execute(job());

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_SELECT_EXPERTS, Elements.TASK_RECORD_EXPERT_OPINIONS,
        Elements.GATEWAY_DRAFT_NEEDS_REVISION, Elements.TASK_REVISE_DRAFT, Elements.GATEWAY_JOIN,
        Elements.TASK_RECORD_RESULT, Elements.END_COMPLETED);
    assertThat(trail(pi)).extracting(StageRecord::getEvent).containsExactly(
        Events.EXPERTS_SELECTED, Events.EXPERT_OPINIONS_SUBMITTED, Events.DRAFT_REVISED,
        Events.ARGUMENTATION_COMPLETED);
    assertThat(record(pi, Events.EXPERTS_SELECTED).getSummary())
        .contains("论证会", "省水利设计院张工、浙江大学李教授", "无直接利害关系", "已选择持不同意见的专家");
    assertThat(record(pi, Events.DRAFT_REVISED).getSummary()).contains("增设排水沟");
    assertThat(record(pi, Events.ARGUMENTATION_COMPLETED).getSummary())
        .contains("采纳排水设计意见", "已据此修改决策草案");
    assertThat(outputs(pi)).containsEntry(Vars.EXPERT_INSTITUTION, "省水利设计院张工、浙江大学李教授")
        .containsEntry(Vars.EXPERT_ADOPTION_REPORT, "采纳排水设计意见");
  }

  @Test
  void endsWithoutRevisionWhenTheDraftStands() {
    ProcessInstance pi = start(COUNTY);
    assertThat(task()).hasCandidateGroup("county-clerk");
    Map<String, Object> selection = validSelection();
    selection.put(Vars.ARGUMENTATION_METHOD, ArgumentationMethod.COMMISSIONED.name());
    selection.put(Vars.DIFFERENT_VIEWS_REPRESENTED, false);
    selection.put(Vars.DIFFERENT_VIEWS_NOTE, "本领域县内仅两家机构，均持相同意见");
    complete(task(), selection);

    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), opinions(false));
    execute(job());

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.TASK_SELECT_EXPERTS, Elements.TASK_RECORD_EXPERT_OPINIONS,
        Elements.GATEWAY_DRAFT_NEEDS_REVISION, Elements.GATEWAY_JOIN, Elements.TASK_RECORD_RESULT,
        Elements.END_COMPLETED);
    assertThat(record(pi, Events.EXPERTS_SELECTED).getSummary())
        .contains("委托咨询论证", "未选择持不同意见的专家，理由：本领域县内仅两家机构");
    assertThat(record(pi, Events.ARGUMENTATION_COMPLETED).getSummary()).contains("决策草案无需修改");
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.DRAFT_REVISED)).isEmpty();
  }

  @Test
  void refusesExpertWithDirectInterestInTheMatter() {
    ProcessInstance pi = start(TOWN);
    Map<String, Object> selection = validSelection();
    selection.put(Vars.EXPERTS_NO_DIRECT_INTEREST, false);

    assertThatThrownBy(() -> complete(task(), selection))
        .hasMessageContaining("不得选择与决策事项有直接利害关系的专家");

    assertThat(pi).isWaitingAt(Elements.TASK_SELECT_EXPERTS);
    assertThat(trail(pi)).isEmpty();
  }

  @Test
  void refusesPanelWithoutDissentingViewsUnlessExplained() {
    ProcessInstance pi = start(TOWN);
    Map<String, Object> selection = validSelection();
    selection.put(Vars.DIFFERENT_VIEWS_REPRESENTED, false);

    assertThatThrownBy(() -> complete(task(), selection)).hasMessageContaining("未能选择的，请说明理由");

    assertThat(pi).isWaitingAt(Elements.TASK_SELECT_EXPERTS);
  }

  @Test
  void refusesUnknownArgumentationMethod() {
    ProcessInstance pi = start(TOWN);
    Map<String, Object> selection = validSelection();
    selection.put(Vars.ARGUMENTATION_METHOD, "PHONE_CALL");

    assertThatThrownBy(() -> complete(task(), selection)).hasMessageContaining("请选择论证方式");

    assertThat(pi).isWaitingAt(Elements.TASK_SELECT_EXPERTS);
  }

  @Test
  void refusesOpinionsThatAreNotSignedOrStamped() {
    ProcessInstance pi = start(TOWN);
    complete(task(), validSelection());
    Map<String, Object> opinions = opinions(false);
    opinions.put(Vars.EXPERT_OPINIONS_SIGNED, false);

    assertThatThrownBy(() -> complete(task(), opinions)).hasMessageContaining("应当署名、盖章");

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_EXPERT_OPINIONS);
  }

  @Test
  void refusesOpinionsWithoutAdoptionReport() {
    ProcessInstance pi = start(TOWN);
    complete(task(), validSelection());
    Map<String, Object> opinions = opinions(false);
    opinions.remove(Vars.EXPERT_ADOPTION_REPORT);

    assertThatThrownBy(() -> complete(task(), opinions)).hasMessageContaining("请填写专家论证意见采纳情况");

    assertThat(pi).isWaitingAt(Elements.TASK_RECORD_EXPERT_OPINIONS);
  }

  @Test
  void refusesRevisionThatDoesNotSayWhatChanged() {
    ProcessInstance pi = start(TOWN);
    complete(task(), validSelection());
    documents.provideForOpenTasks(pi.getBusinessKey());
    complete(task(), opinions(true));

    assertThatThrownBy(() -> complete(task(), withVariables(Vars.EXPERT_REVISION_SUMMARY, "")))
        .hasMessageContaining("请说明根据专家意见对决策草案所作的修改");

    assertThat(pi).isWaitingAt(Elements.TASK_REVISE_DRAFT);
  }

  @Test
  void setsNoDeadlineOnExpertWorkBecauseTheDecreeSetsNone() {
    ProcessInstance pi = start(TOWN);
    complete(task(), validSelection());

    assertThat(task().getDueDate()).isNull();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  private ProcessInstance start(String unit) {
    ProcessInstance pi = startStage(ExpertArgumentationProcess.KEY, unit, Map.of());
    assertThat(pi).isWaitingAt(Elements.TASK_SELECT_EXPERTS);
    return pi;
  }

  private static Map<String, Object> validSelection() {
    return withVariables(
        Vars.ARGUMENTATION_METHOD, ArgumentationMethod.ARGUMENTATION_MEETING.name(),
        Vars.EXPERT_INSTITUTION, "省水利设计院张工、浙江大学李教授",
        Vars.OUTSIDE_EXPERTS_REASON, "专家库中无水利设计专业专家",
        Vars.EXPERTS_NO_DIRECT_INTEREST, true,
        Vars.DIFFERENT_VIEWS_REPRESENTED, true);
  }

  private static Map<String, Object> opinions(boolean revisionNeeded) {
    return withVariables(
        Vars.EXPERT_OPINIONS_SIGNED, true,
        Vars.EXPERT_OPINION_SUMMARY, "方案总体可行，排水设计需加强",
        Vars.EXPERT_ADOPTION_REPORT, "采纳排水设计意见",
        Vars.DRAFT_REVISION_NEEDED, revisionNeeded);
  }

  private Map<String, Object> outputs(ProcessInstance pi) {
    return Map.of(
        Vars.EXPERT_INSTITUTION, historicVariable(pi, Vars.EXPERT_INSTITUTION),
        Vars.EXPERT_ADOPTION_REPORT, historicVariable(pi, Vars.EXPERT_ADOPTION_REPORT));
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
