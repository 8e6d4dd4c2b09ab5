package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Controls that stand in for the fixes Camunda 7.24.0 will not receive (ADR 0010) and the other
 * hardening of the engine's REST API. Each test fails when its control is removed.
 */
class CompensatingControlsTest extends HttpTestSupport {

  @Autowired FilterService filterService;

  @Test
  void taskQueryWithExpressionsInOrQueriesIsRefused() {
    HttpResponse<String> nested = postJson("baima.clerk", "/engine-rest/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}");
    HttpResponse<String> count = postJson("baima.clerk", "/engine-rest/task/count",
        "{\"orQueries\":[{\"candidateGroupsExpression\":\"${currentUserGroups()}\"}]}");
    HttpResponse<String> plain = postJson("baima.clerk", "/engine-rest/task",
        "{\"orQueries\":[{\"assignee\":\"baima.clerk\"},{\"candidateGroup\":\"baima-clerk\"}]}");

    assertThat(nested.statusCode()).as(nested.body()).isEqualTo(400);
    assertThat(nested.body()).contains("assigneeExpression").contains("不允许使用表达式");
    assertThat(count.statusCode()).isEqualTo(400);
    assertThat(plain.statusCode()).as("the same query without expressions works").isEqualTo(200);
  }

  @Test
  void taskQueryWithExpressionParametersIsRefused() {
    HttpResponse<String> get = get("baima.clerk",
        "/engine-rest/task?assigneeExpression=" + URLEncoder.encode("${1+1}", StandardCharsets.UTF_8));
    HttpResponse<String> top = postJson("baima.clerk", "/engine-rest/task", "{\"dueAfterExpression\":\"${now()}\"}");

    assertThat(get.statusCode()).isEqualTo(400);
    assertThat(top.statusCode()).isEqualTo(400);
  }

  @Test
  void filtersWithExpressionsCannotBeStoredOrExtended() {
    HttpResponse<String> create = postJson("admin", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"表达式\",\"query\":{\"orQueries\":[{\"candidateUserExpression\":\"${currentUser()}\"}]}}");
    Filter plain = filterService.saveFilter(
        filterService.newTaskFilter("无表达式").setQuery(engine.getTaskService().createTaskQuery()));
    String id = plain.getId();
    // Shared with the clerk as tasklist/TaskFilters shares the application's filters with their groups.
    org.camunda.bpm.engine.authorization.Authorization share = engine.getAuthorizationService()
        .createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    share.setUserId("baima.clerk");
    share.setResource(org.camunda.bpm.engine.authorization.Resources.FILTER);
    share.setResourceId(id);
    share.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(share);
    HttpResponse<String> listPlain = postJson("baima.clerk", "/engine-rest/filter/" + id + "/list", "{}");
    HttpResponse<String> extend = postJson("baima.clerk", "/engine-rest/filter/" + id + "/list",
        "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}");
    HttpResponse<String> update = send("admin", "PUT", "/engine-rest/filter/" + id, "application/json",
        "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}"
            .getBytes(StandardCharsets.UTF_8));

    assertThat(create.statusCode()).as(create.body()).isEqualTo(400);
    assertThat(listPlain.statusCode()).as("the filter itself works").isEqualTo(200);
    assertThat(extend.statusCode()).isEqualTo(400);
    assertThat(update.statusCode()).isEqualTo(400);
    assertThat(filterService.getFilter(id).getName()).isEqualTo("无表达式");
  }

  @Test
  void engineEvaluatesNoExpressionsInStoredOrAdhocQueries() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();

    TaskQuery query = engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}");
    assertThatThrownBy(() -> filterService.saveFilter(filterService.newTaskFilter("存储表达式").setQuery(query)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Expressions are forbidden in stored queries");
    assertThat(filterService.createFilterQuery().filterName("存储表达式").count()).isZero();
  }

  @Test
  void adminSetupEndpointNeverCreatesAUser() {
    long users = identityService.createUserQuery().count();

    HttpResponse<String> anonymous = postJson(null, "/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-123!\"}}");
    HttpResponse<String> admin = postJson("admin", "/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-123!\"}}");

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identityService.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count())
        .as("the first administrator is created at boot as a direct member of camunda-admin").isEqualTo(1);
  }

  @Test
  void deploymentWithDoctypeIsRefused() {
    String xml = bpmn("security-test-doctype", "<!DOCTYPE definitions [<!ENTITY who \"浦江\">]>\n")
        .replace("isExecutable=\"true\"", "name=\"&who;\" isExecutable=\"true\"");

    HttpResponse<String> response = deploy("admin", "doctype.bpmn", xml);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("DOCTYPE");
    assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().addString("doctype.bpmn", xml).deploy())
        .as("the engine's parser refuses it as well (enable-xxe-processing=false)")
        .hasMessageContaining("DOCTYPE is disallowed");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("security-test-doctype").count()).isZero();
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    String serialized = "rO0ABXQABWhlbGxv"; // java.lang.String "hello"
    HttpResponse<String> response = send("admin", "PUT",
        "/engine-rest/process-instance/" + fixture().baimaInstance() + "/variables/serialized", "application/json",
        ("{\"value\":\"" + serialized + "\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}").getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(engine.getRuntimeService().getVariable(fixture().baimaInstance(), "serialized")).isNull();
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .isJavaSerializationFormatEnabled()).isFalse();
  }

  @Test
  void maxResultsAboveTheLimitIsRefused() {
    assertThat(get("auditor", "/engine-rest/history/process-instance?maxResults=100000").statusCode()).isEqualTo(400);
    assertThat(get("auditor", "/engine-rest/task?firstResult=0&maxResults=2001").statusCode()).isEqualTo(400);
    assertThat(get("auditor", "/engine-rest/task?firstResult=0&maxResults=2000").statusCode()).isEqualTo(200);
    assertThat(get("baima.clerk", "/camunda/api/engine/engine/default/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task")
        .statusCode()).as("Tasklist loads its filter list this way").isEqualTo(200);
  }

  @Test
  void errorBodiesCarryNoStackTraceOrSql() {
    HttpResponse<String> badNumber = get("baima.clerk", "/engine-rest/task?maxResults=abc");
    HttpResponse<String> badSort = get("baima.clerk", "/engine-rest/task?sortBy=name;drop%20table%20md_decision&sortOrder=asc");
    HttpResponse<String> missing = get("baima.clerk", "/engine-rest/task/does-not-exist");
    HttpResponse<String> appMissing = get("baima.clerk", "/api/does-not-exist");

    for (HttpResponse<String> response : new HttpResponse[] {badNumber, badSort, missing, appMissing}) {
      assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(400, 499);
      assertThat(response.body()).doesNotContain("\tat ", "at org.", "at java.", "SELECT", "select ", "ACT_RU_",
          "Exception:");
    }
  }

  @Test
  void sqlMetacharactersInQueryParametersChangeNothing() {
    String injection = URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8);
    String likeAll = URLEncoder.encode("%' OR 1=1 --", StandardCharsets.UTF_8);

    HttpResponse<String> tasks = get("baima.clerk", "/engine-rest/task?processInstanceBusinessKey=" + injection);
    HttpResponse<String> history = get("baima.clerk",
        "/engine-rest/history/process-instance?processInstanceBusinessKeyLike=" + likeAll);
    HttpResponse<String> variables = get("baima.clerk", "/engine-rest/variable-instance?variableName=" + injection);

    assertThat(tasks.statusCode()).isEqualTo(200);
    assertThat(tasks.body()).isEqualTo("[]");
    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(history.body()).isEqualTo("[]");
    assertThat(variables.body()).isEqualTo("[]");
    assertThat(identityService.createUserQuery().userId("baima.clerk").count()).isEqualTo(1);
  }

  @Test
  void scriptInAFreeTextFieldComesBackAsJsonText() {
    String script = "<script>alert('浦江')</script><img src=x onerror=alert(1)>";
    // Free text reaches a variable through the task's form (a direct variable write is refused, ADR 0017).
    String[] decision = decisionWaitingAtFirstTask("baima");
    HttpResponse<String> put = postJson("baima.clerk", "/engine-rest/task/" + decision[1] + "/submit-form",
        "{\"variables\":{\"studyConclusion\":{\"value\":\"" + script.replace("'", "\\u0027") + "\",\"type\":\"String\"}}}");
    HttpResponse<String> read = get("baima.clerk", "/engine-rest/process-instance/" + decision[0] + "/variables/studyConclusion");

    assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
    assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(read.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(read.body()).contains("<script>alert('浦江')</script>");
  }

  @Test
  void oversizedRequestsAreRefusedCleanly() {
    byte[] big = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    HttpResponse<String> body = send("baima.clerk", "POST", "/engine-rest/task", "application/json", big);

    HttpRequest hugeHeader = HttpRequest.newBuilder(URI.create(url("/login")))
        .header("X-Padding", "x".repeat(40 * 1024)).GET().build();
    int headerStatus;
    try {
      headerStatus = HttpClient.newHttpClient().send(hugeHeader, HttpResponse.BodyHandlers.ofString()).statusCode();
    } catch (java.io.IOException e) {
      headerStatus = -1; // connection closed by the server: also a refusal
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }

    assertThat(body.statusCode()).isEqualTo(413);
    assertThat(body.body()).contains("超过允许的大小上限");
    assertThat(headerStatus).isIn(400, 431, -1);
  }
}
