package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operation of the engine REST API that can create, move, change or delete process state is
 * refused for every role but the administrator, and the administrator is refused without a reason
 * (the no-path-around-the-rules guard). The operations come from Camunda's own OpenAPI document of 7.24.0
 * ({@code camunda-engine-rest-openapi}), not from a list written here, so an endpoint nobody thought
 * of is covered too; only the classification below is ours, each exception with its reason.
 *
 * <p>Each operation is sent with the path ids of real objects (a 白马镇 decision waiting at its
 * clerk's task, its task, job, job definition, process definition, deployment, history), the
 * request body of Camunda's own example with those ids filled in, every skip flag set, and a start
 * with instructions where the operation starts an instance. "Nothing changed" is the revision of
 * every runtime row of the engine, the history of instances and variables, and the trail.
 */
class InterventionCoverageTest extends HttpTestSupport {

  static final List<String> ROLES = List.of("baima.clerk", "sfj.reviewer", "baima.head", "baima.secretary", "auditor");

  /** Operations a role legitimately needs, with why they cannot skip a statutory check. */
  static final Map<String, String> ALLOWED = Map.of(
      "claim", "a candidate takes their own task; the engine's TASK_WORK permission decides who",
      "unclaim", "gives the task back to the candidate group",
      "setAssignee", "hands a task to a colleague (TASK_ASSIGN); who completes it still passes the completion checks",
      "complete", "completion runs the task's completion checks; variables limited to the form (FormSubmissionCheck)",
      "submit", "as complete: Tasklist's form submission",
      "submitForm", "start form: the start listener checks unit, catalogue item and grants; no instructions possible",
      "submitFormByKey", "as submitForm",
      "submitFormByKeyAndTenantId", "as submitForm");

  /**
   * Retrying failed jobs is the operator's routine from Cockpit (docs/processes.md §15), which sends no
   * reason: the administrator may, and it is logged and recorded (InterventionCheck); everyone else is refused.
   */
  static final Set<String> RETRIES = Set.of("setJobRetries", "setJobRetriesJobDefinition", "setJobRetriesAsyncOperation",
      "setRetriesByProcess", "setRetriesByProcessHistoricQueryBased");

  /** Path prefixes (after the REST root) of resources that hold no process state, with the reason. */
  static final Map<String, String> OUTSIDE = new LinkedHashMap<>();

  static {
    OUTSIDE.put("/authorization", "identity and permissions: engine authorizations, admin only (SecurityMatrixTest)");
    OUTSIDE.put("/user", "identity: engine authorizations; a user changes only their own password");
    OUTSIDE.put("/group", "identity: engine authorizations");
    OUTSIDE.put("/tenant", "identity: engine authorizations");
    OUTSIDE.put("/identity", "password policy and verification: no state");
    OUTSIDE.put("/filter", "Tasklist's saved queries, shared per office (tasklist/TaskFilters)");
    OUTSIDE.put("/telemetry", "engine telemetry switch: admin only by engine authorization");
    OUTSIDE.put("/metrics", "engine metrics: admin only by engine authorization");
    OUTSIDE.put("/schema", "schema log query");
    OUTSIDE.put("/deployment/create", "new model versions: admin only by path policy; running instances keep their version");
    OUTSIDE.put("/deployment/{id}/redeploy", "as deployment/create");
    OUTSIDE.put("/history/user-operation", "annotations of the operation log: notes, no process state");
    OUTSIDE.put("/history/cleanup", "removes only history whose retention has ended (ADR 0002); admin only");
    OUTSIDE.put("/incident/{id}/annotation", "a note on an incident");
    OUTSIDE.put("/decision-definition/key/{key}/evaluate", "evaluates a DMN table; no instance touched");
    OUTSIDE.put("/decision-definition/{id}/evaluate", "evaluates a DMN table; no instance touched");
    OUTSIDE.put("/decision-definition/key/{key}/tenant-id/{tenant-id}/evaluate", "as evaluate");
    OUTSIDE.put("/task/create", "a stand-alone task outside any decision; engine CREATE on TASK, not granted");
  }

  /** Comments and attachments are notes beside a task or decision: no token, variable or date. */
  static boolean isNote(String path) {
    return path.contains("/comment") || path.contains("/attachment");
  }

  /** Read-only operations sent as POST because their query is long. */
  static boolean isQuery(String operationId, String path) {
    return operationId.startsWith("query") || operationId.startsWith("postQuery")
        || operationId.startsWith("postExecuteFilter") || path.endsWith("/count")
        || Set.of("generateMigrationPlan", "validateMigrationPlan").contains(operationId);
  }

  record Operation(String method, String path, String operationId, JsonNode spec) {
    @Override
    public String toString() {
      return method + " " + path + " (" + operationId + ")";
    }
  }

  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyStateChangingOperationIsRefusedForEveryRoleButTheAdministratorWithAReason() throws IOException {
    Map<String, String> ids = realIds();
    List<Operation> operations = operations();
    List<Operation> state = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Operation op : operations) {
      String category = category(op);
      counts.merge(category, 1, Integer::sum);
      if ("state".equals(category)) {
        state.add(op);
      }
    }
    System.out.println("InterventionCoverageTest: " + operations.size() + " operations in Camunda's OpenAPI, " + counts);
    assertThat(state).as("state-changing operations found in the OpenAPI document").hasSizeGreaterThan(80);

    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (Operation op : state) {
      String path = "/engine-rest" + fillPath(op, ids);
      String body = body(op, ids);
      List<String> before = fingerprint();
      boolean operatorRetry = false;
      for (String user : concat(ROLES, "admin")) {
        HttpResponse<String> response = send(user, op.method(), path, body == null ? null : "application/json",
            body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        statuses.merge(response.statusCode(), 1, Integer::sum);
        boolean refused = response.statusCode() >= 400 && response.statusCode() < 500;
        boolean retry = "admin".equals(user) && RETRIES.contains(op.operationId()) && response.statusCode() < 300;
        operatorRetry |= retry;
        if (!refused && !retry) {
          failures.add(user + " " + op + " -> " + response.statusCode() + ": " + abbreviate(response.body()));
        }
      }
      // One look per operation (the administrator's retry excepted) keeps the test within two minutes.
      if (!operatorRetry && !before.equals(fingerprint())) {
        failures.add(op + " CHANGED STATE although every request was refused");
      }
    }
    System.out.println("InterventionCoverageTest: " + state.size() + " state-changing operations x "
        + (ROLES.size() + 1) + " users, statuses " + statuses);
    assertThat(failures).as("operations not refused, or refused after changing state").isEmpty();
  }

  /**
   * Operations on one decision's instance or task that an administrator sends with a reason: each is
   * carried out and written to that decision's trail. (The whole list is not replayed with a reason:
   * deleting the process definition or the deployment would take every other test's decisions with it.)
   */
  static final List<String> RECORDED = List.of("setProcessInstanceVariable", "modifyProcessInstanceVariables",
      "deleteProcessInstanceVariable", "modifyProcessInstance", "updateSuspensionStateById", "putTaskVariable",
      "updateTask", "deleteProcessInstance");

  @Test
  void anAdministratorsOperationWithAReasonIsCarriedOutAndWrittenToTheDecisionsTrail() throws IOException {
    Map<String, Operation> byId = new LinkedHashMap<>();
    operations().forEach(op -> byId.put(op.operationId(), op));
    List<String> failures = new ArrayList<>();
    for (String operationId : RECORDED) {
      Operation op = byId.get(operationId);
      assertThat(op).as(operationId + " in Camunda's OpenAPI").isNotNull();
      String[] decision = decisionWaitingAtFirstTask("baima");
      String no = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(decision[0])
          .singleResult().getBusinessKey();
      Map<String, String> ids = new LinkedHashMap<>(realIds());
      ids.put("instance", decision[0]);
      ids.put("task", decision[1]);
      ids.put("decisionNo", no);
      String body = body(op, ids);
      if ("modifyProcessInstance".equals(operationId)) {
        body = "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
            + MajorDecisionProcess.Elements.TASK_STUDY_PROPOSAL + "\"}]}";
      }
      long before = interventions(no);
      HttpResponse<String> response = exchange(anonymousClient, java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(url("/engine-rest" + fillPath(op, ids).replaceAll("\\?.*$", ""))))
          .header("Authorization", "Basic " + java.util.Base64.getEncoder()
              .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json")
          .header(InterventionCheck.REASON_HEADER, java.net.URLEncoder.encode("覆盖测试：" + operationId, StandardCharsets.UTF_8))
          .method(op.method(), body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
              : java.net.http.HttpRequest.BodyPublishers.ofString(body))
          .build());
      if (response.statusCode() >= 300 || interventions(no) != before + 1) {
        failures.add(op + " -> " + response.statusCode() + ", trail entries " + (interventions(no) - before)
            + ": " + abbreviate(response.body()));
      }
    }
    assertThat(failures).as("administrator's operations with a reason, carried out and recorded").isEmpty();
  }

  private long interventions(String decisionNo) {
    return jdbc.queryForObject("select count(*) from md_stage_record r join md_decision d on d.id = r.decision_id"
        + " where d.decision_no = ? and r.event = 'ADMIN_INTERVENTION' and r.summary like ?", Long.class,
        decisionNo, "%覆盖测试%");
  }

  private String category(Operation op) {
    if ("GET".equals(op.method())) {
      return "read";
    }
    if (isQuery(op.operationId(), op.path())) {
      return "query";
    }
    if (ALLOWED.containsKey(op.operationId())) {
      return "allowed";
    }
    if (isNote(op.path())) {
      return "note";
    }
    for (String prefix : OUTSIDE.keySet()) {
      if (op.path().equals(prefix) || op.path().startsWith(prefix + "/")) {
        return "outside";
      }
    }
    return "state";
  }

  private List<Operation> operations() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
      assertThat(in).as("openapi.json of camunda-engine-rest-openapi on the test classpath").isNotNull();
      JsonNode paths = json.readTree(in).path("paths");
      List<Operation> operations = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = paths.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> path = it.next();
        for (String method : List.of("get", "post", "put", "delete")) {
          JsonNode spec = path.getValue().get(method);
          if (spec != null) {
            operations.add(new Operation(method.toUpperCase(), path.getKey(), spec.path("operationId").asText(), spec));
          }
        }
      }
      return operations;
    }
  }

  /** Ids of real objects: the 白马镇 decision waiting at its clerk's task, and what belongs to it. */
  private Map<String, String> realIds() {
    Map<String, String> ids = new LinkedHashMap<>();
    String instance = fixture().baimaInstance();
    ids.put("instance", instance);
    ids.put("task", fixture().baimaTask());
    ids.put("decisionNo", fixture().placeholders().get("baimaNo"));
    String definition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getProcessDefinitionId();
    ids.put("definition", definition);
    ids.put("deployment", engine.getRepositoryService().getProcessDefinition(definition).getDeploymentId());
    ids.put("job", first("select ID_ from ACT_RU_JOB order by ID_", "no-such-job"));
    ids.put("jobDefinition", first("select ID_ from ACT_RU_JOBDEF where PROC_DEF_ID_ = '" + definition + "'",
        first("select ID_ from ACT_RU_JOBDEF order by ID_", "no-such-job-definition")));
    ids.put("historicVariable", first("select ID_ from ACT_HI_VARINST where PROC_INST_ID_ = '" + instance + "' order by ID_",
        "no-such-variable"));
    ids.put("decisionDefinition", first("select ID_ from ACT_RE_DECISION_DEF order by ID_", "no-such-decision"));
    return ids;
  }

  private String first(String sql, String otherwise) {
    List<String> found = jdbc.queryForList(sql, String.class);
    return found.isEmpty() ? otherwise : found.get(0);
  }

  private static String fillPath(Operation op, Map<String, String> ids) {
    String path = op.path();
    String id;
    if (path.startsWith("/task/")) {
      id = ids.get("task");
    } else if (path.startsWith("/job-definition/")) {
      id = ids.get("jobDefinition");
    } else if (path.startsWith("/job/")) {
      id = ids.get("job");
    } else if (path.startsWith("/process-definition/") || path.startsWith("/process-definition/key/")) {
      id = ids.get("definition");
    } else if (path.startsWith("/deployment/")) {
      id = ids.get("deployment");
    } else if (path.startsWith("/history/variable-instance/")) {
      id = ids.get("historicVariable");
    } else if (path.startsWith("/decision-definition/")) {
      id = ids.get("decisionDefinition");
    } else if (path.startsWith("/process-instance/") || path.startsWith("/execution/")
        || path.startsWith("/history/process-instance/")) {
      id = ids.get("instance");
    } else {
      id = "no-such-" + path.split("/")[1];
    }
    StringBuilder query = new StringBuilder();
    for (JsonNode parameter : op.spec().path("parameters")) {
      String name = parameter.path("name").asText();
      if ("query".equals(parameter.path("in").asText()) && name.startsWith("skip") || "cascade".equals(name)) {
        query.append(query.length() == 0 ? "?" : "&").append(name).append("=true");
      }
    }
    return path.replace("{id}", id)
        .replace("{key}", MajorDecisionProcess.KEY)
        .replace("{tenant-id}", "no-such-tenant")
        .replace("{varName}", "decisionUnit")
        .replace("{messageName}", "no-such-message")
        .replace("{commentId}", "no-such-comment")
        .replace("{attachmentId}", "no-such-attachment")
        + query;
  }

  /** Camunda's own first example for the operation, with the real ids and every skip flag set. */
  private String body(Operation op, Map<String, String> ids) {
    JsonNode content = op.spec().path("requestBody").path("content");
    if (content.isMissingNode()) {
      return null;
    }
    JsonNode example = null;
    for (JsonNode e : content.path("application/json").path("examples")) {
      example = e.path("value").deepCopy();
      break;
    }
    ObjectNode body = example instanceof ObjectNode object ? object : json.createObjectNode();
    fill(body, ids);
    if (op.operationId().startsWith("startProcessInstance")) {
      ArrayNode instructions = body.putArray("startInstructions");
      instructions.addObject().put("type", "startBeforeActivity")
          .put("activityId", MajorDecisionProcess.Elements.TASK_DRAFT_DECISION);
      body.put("skipCustomListeners", true).put("skipIoMappings", true);
      ObjectNode unit = body.putObject("variables").putObject("decisionUnit");
      unit.put("value", "huangzhai").put("type", "String");
    }
    return body.toString();
  }

  private static void fill(JsonNode node, Map<String, String> ids) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      List<String> names = new ArrayList<>();
      fields.forEachRemaining(f -> names.add(f.getKey()));
      for (String name : names) {
        JsonNode value = object.get(name);
        switch (name) {
          case "processInstanceId", "executionId" -> object.put(name, ids.get("instance"));
          case "processInstanceIds" -> object.putArray(name).add(ids.get("instance"));
          case "taskId" -> object.put(name, ids.get("task"));
          case "jobId" -> object.put(name, ids.get("job"));
          case "jobIds" -> object.putArray(name).add(ids.get("job"));
          case "jobDefinitionId" -> object.put(name, ids.get("jobDefinition"));
          case "processDefinitionId" -> object.put(name, ids.get("definition"));
          case "processDefinitionKey" -> object.put(name, MajorDecisionProcess.KEY);
          case "businessKey" -> object.put(name, ids.get("decisionNo"));
          case "activityId" -> object.put(name, MajorDecisionProcess.Elements.TASK_DRAFT_DECISION);
          case "skipCustomListeners", "skipIoMappings", "skipSubprocesses" -> object.put(name, true);
          case "tenantId", "withoutTenantId", "processDefinitionTenantId" -> object.remove(name);
          // Camunda's examples carry an annotation or a delete reason: taken out, so the administrator
          // below is the one who gives none (InterventionCheckTest gives one).
          case "annotation", "deleteReason" -> object.remove(name);
          default -> fill(value, ids);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> fill(element, ids));
    }
  }

  /** Revision of every runtime row, the history of instances and variables, and the trail. */
  private List<String> fingerprint() {
    List<String> rows = new ArrayList<>();
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_JOBDEF",
        "ACT_RU_EVENT_SUBSCR", "ACT_RU_INCIDENT", "ACT_RU_EXT_TASK", "ACT_RU_BATCH", "ACT_RE_PROCDEF",
        "ACT_RE_DEPLOYMENT")) {
      String revision = "ACT_RE_DEPLOYMENT".equals(table) ? "'-'" : "REV_";
      rows.addAll(jdbc.queryForList("select '" + table + ":' || ID_ || ':' || " + revision + " from " + table
          + " order by ID_", String.class));
    }
    rows.addAll(jdbc.queryForList("select ID_ || ':' || STATE_ from ACT_HI_PROCINST order by ID_", String.class));
    rows.addAll(jdbc.queryForList("select ID_ || ':' || REV_ from ACT_HI_VARINST order by ID_", String.class));
    rows.add("trail:" + jdbc.queryForObject("select count(*) from md_stage_record", Long.class));
    return rows;
  }

  private static List<String> concat(List<String> list, String more) {
    List<String> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }
}
