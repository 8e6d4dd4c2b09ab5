package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.net.http.HttpRequest;
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
 * Provisional deadlines through real HTTP, as the role that would try it. Tasklist's "清除到期日" sends
 * {@code PUT task/{id}} with {@code due: null}: through the engine REST API, as the office member who
 * holds the publication task, it is refused with the Chinese reason and the statutory due date stays
 * (the status code is the engine boundary's mapping of {@code ProcedureViolation}; here only "not
 * accepted" is asserted). Loading a calendar year is for administrators only, and a malformed file is
 * refused naming the line, with nothing loaded.
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

    byte[] clear = body.getBytes(StandardCharsets.UTF_8);

    // The office member who holds the task: no task property changes outside the form (ADR 0017).
    HttpResponse<String> holder = send("baima.secretary", "PUT", "/engine-rest/task/" + task.getId(),
        "application/json", clear);
    assertThat(holder.statusCode()).isEqualTo(403);
    assertThat(holder.body()).contains("期限").doesNotContain("ENGINE-");

    // Even an administrator who states a reason cannot clear a statutory due date (only move it).
    HttpRequest.Builder asAdmin = HttpRequest.newBuilder(java.net.URI.create(url("/engine-rest/task/" + task.getId())))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .header("X-Intervention-Reason", java.net.URLEncoder.encode("测试：清除期限", StandardCharsets.UTF_8))
        .method("PUT", HttpRequest.BodyPublishers.ofByteArray(clear));
    HttpResponse<String> admin = exchange(anonymousClient, asAdmin.build());
    assertThat(admin.statusCode()).isBetween(400, 499);
    assertThat(admin.body()).contains("该任务的办理期限由法规规定，不能清除到期日").doesNotContain("ENGINE-");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate()).isEqualTo(due);
    engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "test finished");
  }

  @Test
  void tasklistsTaskListShowsTheReadableDueDateAsAColumn() throws Exception {
    Task task = publicationTaskOf("baima");
    String filterId = engine.getFilterService().createFilterQuery().list().stream()
        .filter(f -> ("unit-open:baima").equals(f.getProperties().get(
            cn.gov.pujiang.decision.tasklist.TaskFilterCatalogue.KEY_PROPERTY)))
        .findFirst().orElseThrow().getId();

    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(url("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=200")))
        .header("Accept", "application/hal+json")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString(("baima.secretary:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    HttpResponse<String> list = exchange(anonymousClient, request);

    assertThat(list.statusCode()).isEqualTo(200);
    String text = taskService.getVariableLocal(task.getId(), "dueDateText").toString();
    assertThat(text).matches("\\d{4}-\\d{2}-\\d{2}（剩余 \\d+ 个工作日.*）");
    assertThat(list.body()).contains("\"dueDateText\"", text);
    engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "test finished");
  }

  @Test
  void onlyAnAdministratorLoadsACalendarYearAndAMalformedFileIsRefusedNamingTheLine() {
    byte[] malformed = ("year: 2027\nnotice: { title: 测试, number: 测试, issued: \"2026-12-01\" }\n"
        + "holidays:\n  - { from: \"2026-12-31\", name: 测试, basis: 测试 }\n").getBytes(StandardCharsets.UTF_8);

    assertThat(send(null, "POST", "/api/calendar/years", "application/yaml", malformed).statusCode()).isEqualTo(401);
    HttpResponse<String> clerk = send("baima.clerk", "POST", "/api/calendar/years", "application/yaml", malformed);
    assertThat(clerk.statusCode()).isEqualTo(403);
    assertThat(clerk.body()).contains("只有系统管理员可以载入工作日历");
    HttpResponse<String> admin = send("admin", "POST", "/api/calendar/years", "application/yaml", malformed);
    assertThat(admin.statusCode()).isEqualTo(400);
    assertThat(admin.body()).contains("日历文件第 4 行：日期 2026-12-31 不在 2027 年内");
    assertThat(get("admin", "/api/calendar/years").body()).doesNotContain("\"year\":2027");
  }

  private Task publicationTaskOf(String unit) {
    var decision = register.register("到期日清除测试", unit, "DEPARTMENT", unit + ".clerk", null);
    Map<String, Object> vars = new HashMap<>();
    vars.put("decisionNo", decision.getDecisionNo());
    vars.put("decisionTitle", decision.getTitle());
    vars.put("decisionUnit", unit);
    vars.put(DecisionPublicationProcess.Vars.NON_PUBLIC, false);
    vars.put(DecisionPublicationProcess.Vars.PUBLIC_CONCERN_HIGH, false);
    vars.put(DecisionPublicationProcess.Vars.SPECIALISED_TECHNICAL, false);
    vars.put(DecisionPublicationProcess.Vars.PUBLIC_PARTICIPATION_PLANNED, true);
    vars.put(DecisionPublicationProcess.Vars.EXPERT_ARGUMENTATION_PLANNED, false);
    ProcessInstance pi = engine.getRuntimeService()
        .startProcessInstanceByKey(DecisionPublicationProcess.KEY, decision.getDecisionNo(), vars);
    engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }
}
