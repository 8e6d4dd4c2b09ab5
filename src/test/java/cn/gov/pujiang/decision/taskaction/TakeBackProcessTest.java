package cn.gov.pujiang.decision.taskaction;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.support.Stages;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 撤回 in process terms (the OA task actions "Done when", ADR 0022): a taken-back task is redone by the person who took it
 * back, the decision then goes on as usual, the engine's history holds the whole route with both rounds, and the
 * trail holds every step in order — the copy before, the take-back with its reason, the redone study.
 */
class TakeBackProcessTest extends ProcessTestSupport {

  @Autowired TaskActions actions;
  @Autowired StageRecords trail;

  @Test
  void aTakenBackTaskIsRedoneAndTheRouteAndTrailHoldEveryStep() {
    ProcessInstance pi = driver.startDecision(Stages.startForm(TOWN));
    String no = driver.businessKeyOf(pi);
    String studied = driver.task(no, "Task_StudyProposal").getId();
    // The engine clock moves as it does in an office: the take-back rule compares when steps happened.
    setClock(TEST_START.plusMinutes(30));
    taskService.claim(studied, ACTING_USER);
    actions.copy(studied, Set.of("baima.head"), "研究论证情况供阅");
    driver.submit(no, "Task_StudyProposal", "studyConclusion", "初步研究结论");
    assertThat(pi).isWaitingAt("Task_DecideInitiation");

    setClock(TEST_START.plusMinutes(45));
    TaskActions.Result result = actions.takeBack(studied, "遗漏消防验收情况，撤回补充");

    assertThat(pi).isWaitingAt("Task_StudyProposal");
    assertThat(task(pi)).isAssignedTo(ACTING_USER);
    Assertions.assertThat(result.taskId()).isEqualTo(task(pi).getId()).isNotEqualTo(studied);
    driver.submit(no, "Task_StudyProposal", "studyConclusion", "补充消防验收情况后的研究结论");
    assertThat(pi).isWaitingAt("Task_DecideInitiation");
    Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .orderPartiallyByOccurrence().asc().list()).extracting(HistoricActivityInstance::getActivityId)
        .containsExactly("StartEvent_DecisionProposed", "Task_RegisterDecision", "Task_StudyProposal",
            "Task_DecideInitiation", "Task_StudyProposal", "Task_DecideInitiation");
    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("studyConclusion").singleResult().getValue()).isEqualTo("补充消防验收情况后的研究结论");
    List<StageRecord> entries = trail.trail(no);
    Assertions.assertThat(entries).extracting(StageRecord::getEvent)
        .containsSubsequence(TaskActions.COPIED, TaskActions.TAKEN_BACK);
    Assertions.assertThat(entries).filteredOn(r -> TaskActions.TAKEN_BACK.equals(r.getEvent())).singleElement()
        .satisfies(r -> {
          Assertions.assertThat(r.getActor()).isEqualTo(ACTING_USER);
          Assertions.assertThat(r.getActivityId()).isEqualTo("Task_StudyProposal");
          Assertions.assertThat(r.getSummary()).contains("研究论证决策建议", "决定是否启动决策程序", "遗漏消防验收情况，撤回补充");
        });
  }
}
