package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's "清除到期日" sends {@code PUT task/{id}} with {@code due: null}. Through the engine REST
 * API, as the office member who holds the publication task, it is refused with the Chinese reason and
 * the statutory due date stays (issue 16). The status code is the engine boundary's mapping of
 * {@code ProcedureViolation}; here only "not accepted" is asserted.
 */
class DueDateClearingTest extends HttpTestSupport {

  @Autowired DecisionRegister register;

  @Test
  void clearingAStatutoryDueDateThroughTheEngineRestApiIsRefusedInChinese() {
    Task task = publicationTaskOf("baima");
    Date due = task.getDueDate();
    String body = "{\"name\":\"" + task.getName() + "\",\"description\":null,\"assignee\":null,\"owner\":null,"
        + "\"delegationState\":null,\"due\":null,\"followUp\":null,\"priority\":" + task.getPriority()
        + ",\"parentTaskId\":null,\"caseInstanceId\":null,\"tenantId\":null}";

    HttpResponse<String> answer = send("baima.secretary", "PUT", "/engine-rest/task/" + task.getId(),
        "application/json", body.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(answer.body()).contains("该任务的办理期限由法规规定，不能清除到期日").doesNotContain("ENGINE-");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate()).isEqualTo(due);
    engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "test finished");
  }

  private Task publicationTaskOf(String unit) {
    var decision = register.register("到期日清除测试", unit, "DEPARTMENT", unit + ".clerk", null);
    Map<String, Object> vars = new HashMap<>();
    vars.put("decisionNo", decision.getDecisionNo());
    vars.put("decisionTitle", decision.getTitle());
    vars.put("decisionUnit", unit);
    vars.put(DecisionPublicationProcess.Variables.NON_PUBLIC, false);
    vars.put(DecisionPublicationProcess.Variables.PUBLIC_CONCERN_HIGH, false);
    vars.put(DecisionPublicationProcess.Variables.SPECIALISED_TECHNICAL, false);
    vars.put(DecisionPublicationProcess.Variables.PUBLIC_PARTICIPATION_PLANNED, true);
    vars.put(DecisionPublicationProcess.Variables.EXPERT_ARGUMENTATION_PLANNED, false);
    ProcessInstance pi = engine.getRuntimeService()
        .startProcessInstanceByKey(DecisionPublicationProcess.KEY, decision.getDecisionNo(), vars);
    engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }
}
