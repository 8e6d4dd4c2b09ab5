package cn.gov.pujiang.decision.taskaction;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.taskaction.ConsultationProcess.Elements;
import cn.gov.pujiang.decision.taskaction.ConsultationProcess.Vars;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/task-consultation.bpmn (征求意见, ADR 0028): the colleague's own task, its whole route, and the
 * asked task held until the answer is in.
 */
class TaskConsultationProcessTest extends ProcessTestSupport {

  @Autowired TaskConsultations consultations;
  @Autowired StageRecords trail;

  @Test
  void theColleagueAnswersInATaskOfTheirOwnAndThenTheAskedTaskCompletes() {
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN)));
    String asked = driver.task(no, "Task_StudyProposal").getId();
    taskService.claim(asked, ACTING_USER);

    consultations.ask(asked, Set.of("baima.lawyer"), "改造方案是否涉及土地用途变更，请提出意见");

    ProcessInstance consultation = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ConsultationProcess.KEY).processInstanceBusinessKey(no).singleResult();
    assertThat(consultation).isWaitingAt(Elements.TASK_GIVE_OPINION)
        .variables().containsEntry(Vars.CONSULTEE, "baima.lawyer")
        .containsEntry(Vars.QUESTION, "改造方案是否涉及土地用途变更，请提出意见");
    assertThat(task(consultation)).isAssignedTo("baima.lawyer").hasCandidateGroupAssociated("baima-legal-adviser");
    assertThatThrownBy(() -> driver.submit(no, "Task_StudyProposal", "studyConclusion", "问题属实"))
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(Refusal.in(e).code())
            .isEqualTo(OpenConsultationsCheck.CODE));
    org.assertj.core.api.Assertions.assertThat(taskService.createTaskQuery().taskId(asked).count()).isOne();

    TestUsers.signIn(identityService, "baima.lawyer");
    complete(task(consultation), withVariables(Vars.OPINION, "不涉及土地用途变更"));

    assertThat(consultation).isEnded();
    org.assertj.core.api.Assertions.assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(consultation.getId()).orderPartiallyByOccurrence().asc().list())
        .extracting(HistoricActivityInstance::getActivityId)
        .containsExactly(Elements.START, Elements.TASK_GIVE_OPINION, Elements.END_OPINION_GIVEN);
    TestUsers.signIn(identityService, ACTING_USER);
    driver.submit(no, "Task_StudyProposal", "studyConclusion", "问题属实，改造必要且可行");
    org.assertj.core.api.Assertions.assertThat(driver.openTaskKeys(no)).containsExactly("Task_DecideInitiation");
    org.assertj.core.api.Assertions.assertThat(trail.trail(no)).extracting(StageRecord::getEvent)
        .containsSubsequence(TaskConsultations.CONSULTED, TaskConsultations.ANSWERED);
  }

  @Test
  void anEmptyOpinionIsRefusedAndTheColleagueKeepsTheTask() {
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN)));
    String asked = driver.task(no, "Task_StudyProposal").getId();
    taskService.claim(asked, ACTING_USER);
    consultations.ask(asked, Set.of("baima.head"), "请提出意见");
    ProcessInstance consultation = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ConsultationProcess.KEY).processInstanceBusinessKey(no).singleResult();
    TestUsers.signIn(identityService, "baima.head");

    assertThatThrownBy(() -> complete(task(consultation), withVariables(Vars.OPINION, "  ")))
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(Refusal.in(e).getMessage()).isEqualTo("请填写您的意见"));

    assertThat(consultation).isWaitingAt(Elements.TASK_GIVE_OPINION);
  }
}
