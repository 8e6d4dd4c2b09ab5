package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reported bypasses of the no-path-around-the-rules guardeach through the door it was found on and the others, and
 * what an administrator's intervention leaves behind. The full sweep over Camunda's OpenAPI is
 * {@link InterventionCoverageTest}.
 */
class InterventionCheckTest extends HttpTestSupport {

  static final String LATER_START = "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
      + MajorDecisionProcess.Elements.TASK_DRAFT_DECISION + "\"}],\"skipCustomListeners\":true,\"skipIoMappings\":true,"
      + "\"variables\":{\"decisionUnit\":{\"value\":\"huangzhai\",\"type\":\"String\"}}}";

  @Autowired RuntimeService runtimeService;
  @Autowired StageRecords stageRecords;

  @Test
  void clerkCannotStartADecisionAtALaterTaskThroughAnyDoor() {
    long instances = decisionInstances();
    long huangzhaiTasks = tasksOfGroup("huangzhai-clerk");

    HttpResponse<String> rest = postJson("baima.clerk",
        "/engine-rest/process-definition/key/" + MajorDecisionProcess.KEY + "/start", LATER_START);
    HttpResponse<String> webapp = webappPost("baima.clerk",
        "/camunda/api/engine/engine/default/process-definition/key/" + MajorDecisionProcess.KEY + "/start", LATER_START);
    TestUsers.signIn(identityService, "baima.clerk");
    try {
      assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey(MajorDecisionProcess.KEY)
          .startBeforeActivity(MajorDecisionProcess.Elements.TASK_DRAFT_DECISION)
          .setVariable("decisionUnit", "huangzhai")
          .execute(true, true))
          .isInstanceOf(AuthorizationException.class).hasMessageContaining("从指定环节启动流程实例");
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(403);
    assertThat(rest.body()).contains("从指定环节启动流程实例");
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(403);
    assertThat(decisionInstances()).isEqualTo(instances);
    assertThat(tasksOfGroup("huangzhai-clerk")).isEqualTo(huangzhaiTasks);
  }

  @Test
  void completingATaskCarriesOnlyTheFieldsOfItsForm() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String task = decision[1];
    String no = (String) runtimeService.getVariable(decision[0], "decisionNo");

    HttpResponse<String> otherTown = postJson("baima.clerk", "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{\"studyConclusion\":{\"value\":\"问题属实\",\"type\":\"String\"},"
            + "\"decisionUnit\":{\"value\":\"huangzhai\",\"type\":\"String\"}}}");
    HttpResponse<String> routingFlag = postJson("baima.clerk", "/engine-rest/task/" + task + "/complete",
        "{\"variables\":{\"studyConclusion\":{\"value\":\"问题属实\",\"type\":\"String\"},"
            + "\"legalityOutcome\":{\"value\":\"PASSED\",\"type\":\"String\"}}}");

    assertThat(otherTown.statusCode()).as(otherTown.body()).isEqualTo(403);
    assertThat(otherTown.body()).contains("decisionUnit");
    assertThat(routingFlag.statusCode()).as(routingFlag.body()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    assertThat(runtimeService.getVariable(decision[0], "decisionUnit")).isEqualTo("baima");
    assertThat(runtimeService.getVariable(decision[0], "legalityOutcome")).isNull();

    // The form shows the decision number read-only and sends it back unchanged: that is the form's own.
    HttpResponse<String> asTheFormSendsIt = postJson("baima.clerk", "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{\"studyConclusion\":{\"value\":\"问题属实\",\"type\":\"String\"},"
            + "\"decisionNo\":{\"value\":\"" + no + "\",\"type\":\"String\"}}}");
    assertThat(asTheFormSendsIt.statusCode()).as(asTheFormSendsIt.body()).isEqualTo(204);
  }

  @Test
  void candidateCannotMoveTheDueDateOrWidenTheCandidatesOfTheirTask() {
    String task = decisionWaitingAtFirstTask("baima")[1];
    Date due = taskService.createTaskQuery().taskId(task).singleResult().getDueDate();

    HttpResponse<String> dueDate = send("baima.clerk", "PUT", "/engine-rest/task/" + task, "application/json",
        "{\"name\":\"研究论证\",\"due\":\"2099-12-31T00:00:00.000+0800\"}".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> candidates = postJson("baima.clerk", "/engine-rest/task/" + task + "/identity-links",
        "{\"groupId\":\"sfj-review\",\"type\":\"candidate\"}");
    HttpResponse<String> variable = send("baima.clerk", "PUT", "/engine-rest/task/" + task + "/variables/decisionUnit",
        "application/json", "{\"value\":\"huangzhai\",\"type\":\"String\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(dueDate.statusCode()).as(dueDate.body()).isEqualTo(403);
    assertThat(candidates.statusCode()).as(candidates.body()).isEqualTo(403);
    assertThat(variable.statusCode()).as(variable.body()).isEqualTo(403);
    Task after = taskService.createTaskQuery().taskId(task).singleResult();
    assertThat(after.getDueDate()).isEqualTo(due);
    assertThat(taskService.getIdentityLinksForTask(task)).noneMatch(l -> "sfj-review".equals(l.getGroupId()));
  }

  @Test
  void aTaskIsHandedOnlyToOneselfOrToAColleagueOfItsCandidateGroups() {
    String task = decisionWaitingAtFirstTask("baima")[1];

    HttpResponse<String> otherTown = postJson("baima.clerk", "/engine-rest/task/" + task + "/assignee",
        "{\"userId\":\"huangzhai.clerk\"}");
    HttpResponse<String> self = postJson("baima.clerk", "/engine-rest/task/" + task + "/assignee",
        "{\"userId\":\"baima.clerk\"}");
    HttpResponse<String> back = postJson("baima.clerk", "/engine-rest/task/" + task + "/unclaim", "");
    HttpResponse<String> claim = postJson("baima.clerk", "/engine-rest/task/" + task + "/claim",
        "{\"userId\":\"baima.clerk\"}");

    assertThat(otherTown.statusCode()).as(otherTown.body()).isEqualTo(403);
    assertThat(otherTown.body()).contains("候选组中的同事");
    assertThat(self.statusCode()).as(self.body()).isEqualTo(204);
    assertThat(back.statusCode()).as("unclaim: " + back.body()).isEqualTo(204);
    assertThat(claim.statusCode()).as("claim: " + claim.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("baima.clerk");
  }

  @Test
  void administratorWithoutAReasonIsRefusedInChinese() {
    String instance = decisionWaitingAtFirstTask("baima")[0];
    Object title = runtimeService.getVariable(instance, "decisionTitle");

    HttpResponse<String> response = send("admin", "PUT", "/engine-rest/process-instance/" + instance
        + "/variables/decisionTitle", "application/json", "{\"value\":\"改过的名称\",\"type\":\"String\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains("须说明理由", InterventionCheck.REASON_HEADER);
    assertThat(runtimeService.getVariable(instance, "decisionTitle")).isEqualTo(title);
  }

  @Test
  void administratorsInterventionIsRecordedInTheTrailAndShownToAuditors() {
    String instance = decisionWaitingAtFirstTask("baima")[0];
    String no = (String) runtimeService.getVariable(instance, "decisionNo");
    String reason = "决策名称录入错误，经县司法局同意更正";

    HttpResponse<String> response = exchange(anonymousClient, HttpRequest.newBuilder(URI.create(url(
            "/engine-rest/process-instance/" + instance + "/variables/decisionTitle")))
        .header("Authorization", basic("admin"))
        .header("Content-Type", "application/json")
        .header(InterventionCheck.REASON_HEADER, URLEncoder.encode(reason, StandardCharsets.UTF_8))
        .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"更正后的名称\",\"type\":\"String\"}")).build());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    List<StageRecord> recorded = stageRecords.events(no, StageRecords.ADMIN_INTERVENTION);
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).getActor()).isEqualTo("admin");
    assertThat(recorded.get(0).getRecordedAt()).isNotNull();
    assertThat(recorded.get(0).getSummary()).contains("直接写入或删除流程变量", reason);
    String timeline = get("auditor", "/api/audit/decisions/" + no + "/timeline").body();
    assertThat(timeline).contains("\"marker\":\"INTERVENTION\"", "管理员干预", reason);
  }

  @Test
  void administratorsModificationFromCockpitGivesItsReasonAsTheAnnotation() {
    String instance = decisionWaitingAtFirstTask("baima")[0];
    String no = (String) runtimeService.getVariable(instance, "decisionNo");

    HttpResponse<String> response = postJson("admin", "/engine-rest/process-instance/" + instance + "/modification",
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
            + MajorDecisionProcess.Elements.TASK_STUDY_PROPOSAL + "\"}],\"annotation\":\"误删任务后恢复\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(stageRecords.events(no, StageRecords.ADMIN_INTERVENTION))
        .singleElement().satisfies(r -> assertThat(r.getSummary()).contains("修改流程实例的执行位置", "误删任务后恢复"));
  }

  /**
   * A helper reported that after an administrator moved a collective discussion past the materials step, the
   * meeting secretary could not find the new 安排会议 task. Not so through the engine's REST API: the task created by
   * the modification has its candidate group and its grant like any other, and the office's secretary sees it.
   */
  @Test
  void secretaryFindsTheMeetingTaskAnAdministratorsModificationCreated() {
    LifecycleDriver driver = new LifecycleDriver(engine);
    Stages stages = new Stages(engine, driver);
    try {
      stages.as("baima.clerk");
      String no = driver.businessKeyOf(driver.startDecision(Stages.startForm("baima", Attributes.NON_PUBLIC)));
      stages.studyAndStart(no);
      stages.draft(no);
      stages.confirmProcedures(no);
      stages.submitForReview(no);
      stages.review(no, "LAWFUL", false);
      stages.as("baima.clerk");
      String discussion = driver.task(no, "Task_SubmitMeetingMaterials").getProcessInstanceId();
      identityService.clearAuthentication();

      HttpResponse<String> moved = postJson("admin", "/engine-rest/process-instance/" + discussion + "/modification",
          "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ScheduleMeeting\"},"
              + "{\"type\":\"cancel\",\"activityId\":\"Task_SubmitMeetingMaterials\"}],"
              + "\"annotation\":\"会议材料已线下报送，经县司法局同意\"}");

      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
      HttpResponse<String> secretary = get("baima.secretary", "/engine-rest/task?processInstanceId=" + discussion);
      assertThat(secretary.statusCode()).isEqualTo(200);
      assertThat(secretary.body()).contains("\"taskDefinitionKey\":\"Task_ScheduleMeeting\"")
          .doesNotContain("Task_SubmitMeetingMaterials");
      assertThat(get("huangzhai.secretary", "/engine-rest/task?processInstanceId=" + discussion).body())
          .isEqualTo("[]");
    } finally {
      identityService.clearAuthentication();
    }
  }

  private long decisionInstances() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MajorDecisionProcess.KEY).count();
  }

  private long tasksOfGroup(String group) {
    return taskService.createTaskQuery().taskCandidateGroup(group).count();
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** A POST through Tasklist's own engine API: signed in by form, with Camunda's CSRF token. */
  private HttpResponse<String> webappPost(String user, String path, String json) {
    HttpClient browser = browser();
    String loginPage = exchange(browser, HttpRequest.newBuilder(URI.create(url("/login"))).GET().build()).body();
    java.util.regex.Matcher field = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
    assertThat(field.find()).isTrue();
    String csrf = field.group(1);
    exchange(browser, HttpRequest.newBuilder(URI.create(url("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + PASSWORD + "&_csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build());
    exchange(browser, HttpRequest.newBuilder(URI.create(url("/camunda/api/admin/auth/user/default"))).GET().build());
    String token = ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName())).reduce((first, last) -> last).orElseThrow().getValue();
    return exchange(browser, HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "application/json")
        .header(SecurityConfiguration.CAMUNDA_CSRF_HEADER, token)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }
}
