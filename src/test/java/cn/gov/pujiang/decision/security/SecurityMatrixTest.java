package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationException;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, over HTTP against the running application: role × resource × action → status.
 * One row per case; placeholders {baimaTask}, {huangzhaiTask}, {baimaInstance}, {huangzhaiInstance}
 * are the two towns' decisions of {@link HttpTestSupport}. To cover a new endpoint, add rows to
 * {@link #matrix()}.
 */
class SecurityMatrixTest extends HttpTestSupport {

  static final String ANONYMOUS = null;

  record Case(String user, String method, String path, String json, int expected) {
    @Override
    public String toString() {
      return (user == null ? "anonymous" : user) + " " + method + " " + path + " -> " + expected;
    }
  }

  static Case row(String user, String method, String path, int expected) {
    return new Case(user, method, path, null, expected);
  }

  static Case row(String user, String method, String path, String json, int expected) {
    return new Case(user, method, path, json, expected);
  }

  static Stream<Case> matrix() {
    return Stream.of(
        // Nothing answers without a login except the login page, static assets and the health check.
        row(ANONYMOUS, "GET", "/login", 200),
        row(ANONYMOUS, "GET", "/actuator/health", 200),
        row(ANONYMOUS, "GET", "/engine-rest/task", 401),
        row(ANONYMOUS, "GET", "/engine-rest/engine", 401),
        row(ANONYMOUS, "GET", "/engine-rest/history/process-instance", 401),
        row(ANONYMOUS, "GET", "/api/me", 401),
        row(ANONYMOUS, "GET", "/camunda/api/engine/engine/default/task", 401),
        row(ANONYMOUS, "GET", "/camunda/app/tasklist/", 302),
        row(ANONYMOUS, "GET", "/app/", 302),
        row(ANONYMOUS, "GET", "/v3/api-docs", 401),
        row(ANONYMOUS, "GET", "/actuator/info", 302),
        row("baima.clerk", "GET", "/actuator/env", 403),
        row("admin", "GET", "/actuator/health", 200),

        // 白马镇 clerk: own decision yes, 黄宅镇's no (404 when reading by id, 403 when acting).
        row("baima.clerk", "GET", "/api/me", 200),
        row("baima.clerk", "GET", "/engine-rest/task", 200),
        row("baima.clerk", "GET", "/engine-rest/task/{baimaTask}", 200),
        row("baima.clerk", "GET", "/engine-rest/task/{huangzhaiTask}", 404),
        row("baima.clerk", "GET", "/engine-rest/task/{huangzhaiTask}/variables", 403),
        row("baima.clerk", "POST", "/engine-rest/task/{huangzhaiTask}/complete", "{}", 403),
        row("baima.clerk", "POST", "/engine-rest/task/{huangzhaiTask}/claim", "{\"userId\":\"baima.clerk\"}", 403),
        row("baima.clerk", "GET", "/engine-rest/process-instance/{baimaInstance}", 200),
        row("baima.clerk", "GET", "/engine-rest/process-instance/{baimaInstance}/variables", 200),
        row("baima.clerk", "GET", "/engine-rest/process-instance/{huangzhaiInstance}", 404),
        row("baima.clerk", "GET", "/engine-rest/process-instance/{huangzhaiInstance}/variables", 403),
        row("baima.clerk", "PUT", "/engine-rest/process-instance/{baimaInstance}/variables/decisionUnit",
            "{\"value\":\"huangzhai\",\"type\":\"String\"}", 403),
        row("baima.clerk", "DELETE", "/engine-rest/process-instance/{baimaInstance}", 403),
        row("baima.clerk", "GET", "/engine-rest/history/process-instance/{baimaInstance}", 200),
        row("baima.clerk", "GET", "/engine-rest/history/process-instance/{huangzhaiInstance}", 404),
        row("baima.clerk", "GET", "/engine-rest/history/variable-instance?processInstanceId={huangzhaiInstance}", 200),
        row("baima.clerk", "POST", "/engine-rest/deployment/create", "{}", 403),
        row("baima.clerk", "POST", "/engine-rest/user/create",
            "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}", 403),
        row("baima.clerk", "PUT", "/engine-rest/group/baima-clerk/members/baima.head", "", 403),
        row("huangzhai.clerk", "GET", "/engine-rest/task/{baimaTask}", 404),
        row("huangzhai.clerk", "GET", "/engine-rest/task/{huangzhaiTask}", 200),
        // Another role of the same town sees the decision but not the clerk's task.
        row("baima.head", "GET", "/engine-rest/process-instance/{baimaInstance}/variables", 200),
        row("baima.head", "GET", "/engine-rest/task/{baimaTask}", 404),

        // The judicial bureau sees a decision only once it is submitted for legality review.
        row("sfj.reviewer", "GET", "/engine-rest/process-instance/{baimaInstance}/variables", 403),
        row("sfj.reviewer", "GET", "/engine-rest/history/process-instance/{baimaInstance}", 404),
        row("sfj.reviewer", "GET", "/engine-rest/task/{baimaTask}", 404),

        // Auditors read everything and change nothing.
        row("auditor", "GET", "/engine-rest/task/{baimaTask}", 200),
        row("auditor", "GET", "/engine-rest/task/{huangzhaiTask}", 200),
        row("auditor", "GET", "/engine-rest/process-instance/{huangzhaiInstance}/variables", 200),
        row("auditor", "GET", "/engine-rest/history/process-instance/{baimaInstance}", 200),
        row("auditor", "GET", "/engine-rest/history/task?processInstanceId={huangzhaiInstance}", 200),
        row("auditor", "POST", "/engine-rest/task/{baimaTask}/complete", "{}", 403),
        row("auditor", "POST", "/engine-rest/task/{baimaTask}/claim", "{\"userId\":\"auditor\"}", 403),
        row("auditor", "PUT", "/engine-rest/process-instance/{baimaInstance}/variables/x",
            "{\"value\":\"1\",\"type\":\"String\"}", 403),
        row("auditor", "DELETE", "/engine-rest/process-instance/{baimaInstance}", 403),
        row("auditor", "POST", "/engine-rest/deployment/create", "{}", 403),
        row("auditor", "POST", "/api/anything", "{}", 403),

        // Administrators: everything in the engine, but the first-run setup is closed for everyone.
        row("admin", "GET", "/engine-rest/task/{huangzhaiTask}", 200),
        row("admin", "GET", "/engine-rest/process-instance/{baimaInstance}/variables", 200),
        row("admin", "GET", "/engine-rest/user", 200),
        row("admin", "POST", "/camunda/api/admin/setup/default/user/create",
            "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-123!\"}}", 403),
        row(ANONYMOUS, "POST", "/camunda/api/admin/setup/default/user/create",
            "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-123!\"}}", 401));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void answersEachRoleAsItsRightsAllow(Case c) {
    String path = c.path()
        .replace("{baimaTask}", fixture().baimaTask())
        .replace("{huangzhaiTask}", fixture().huangzhaiTask())
        .replace("{baimaInstance}", fixture().baimaInstance())
        .replace("{huangzhaiInstance}", fixture().huangzhaiInstance());
    HttpResponse<String> response = c.json() == null
        ? send(c.user(), c.method(), path, null, null)
        : send(c.user(), c.method(), path, "application/json", c.json().getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).as(c + "; body: " + response.body()).isEqualTo(c.expected());
  }

  @Test
  void taskListShowsOnlyTheTasksOfTheClerksOwnTown() {
    String baima = get("baima.clerk", "/engine-rest/task").body();
    String huangzhai = get("huangzhai.clerk", "/engine-rest/task").body();
    String auditor = get("auditor", "/engine-rest/task").body();

    assertThat(baima).contains(fixture().baimaTask()).doesNotContain(fixture().huangzhaiTask());
    assertThat(huangzhai).contains(fixture().huangzhaiTask()).doesNotContain(fixture().baimaTask());
    assertThat(auditor).contains(fixture().baimaTask(), fixture().huangzhaiTask());
  }

  @Test
  void historyAndVariableQueriesAreFilteredToTheTown() {
    String history = get("baima.clerk", "/engine-rest/history/process-instance").body();
    String variables = get("baima.clerk",
        "/engine-rest/history/variable-instance?processInstanceId=" + fixture().huangzhaiInstance()).body();

    assertThat(history).contains(fixture().baimaInstance()).doesNotContain(fixture().huangzhaiInstance());
    assertThat(variables).isEqualTo("[]");
  }

  @Test
  void clerkWorksOnTheirOwnTaskOverRest() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String task = decision[1];

    HttpResponse<String> claim = postJson("baima.clerk", "/engine-rest/task/" + task + "/claim",
        "{\"userId\":\"baima.clerk\"}");
    HttpResponse<String> complete = postJson("baima.clerk", "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{\"studyConclusion\":{\"value\":\"问题属实\",\"type\":\"String\"}}}");

    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
    assertThat(complete.statusCode()).as(complete.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
  }

  @Test
  void clerkCannotOpenADecisionInAnotherTownsName() {
    LifecycleDriver driver = new LifecycleDriver(engine);
    TestUsers.signIn(identityService, "baima.clerk");
    try {
      assertThatThrownBy(() -> driver.startDecision(Stages.startForm("huangzhai")))
          .isInstanceOf(AuthorizationException.class)
          .hasMessageContaining("只能由本单位承办人员发起");
      TestUsers.signIn(identityService, "auditor");
      assertThatThrownBy(() -> driver.startDecision(Stages.startForm("baima")))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void currentUserEndpointTellsPagesWhoIsLoggedIn() {
    assertThat(get("baima.clerk", "/api/me").body())
        .contains("\"userId\":\"baima.clerk\"", "\"units\":[\"baima\"]", "\"auditor\":false");
    assertThat(get("sfj.reviewer", "/api/me").body()).contains("\"judicialBureau\":true", "\"units\":[]");
    assertThat(get("auditor", "/api/me").body()).contains("\"auditor\":true");
  }

  @Test
  void onlyAnAdministratorDeploysAModel() {
    String xml = bpmn("security-test-admin-deploy", "");

    assertThat(deploy("baima.clerk", "a.bpmn", xml).statusCode()).isEqualTo(403);
    assertThat(deploy("auditor", "a.bpmn", xml).statusCode()).isEqualTo(403);
    HttpResponse<String> admin = deploy("admin", "a.bpmn", xml);
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
  }
}
