package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import cn.gov.pujiang.decision.support.TestCatalogue;

/**
 * The no-path-around-the-rules guard, sections 2 to 4, over HTTP against the running application: one refusal model and one
 * answer shape (a Chinese RFC 9457 problem) on /api, /engine-rest, Tasklist's /camunda/api, the
 * container's own rejections and Spring's error page; no 5xx for what a client sends; and input that
 * must be refused is refused, with nothing stored.
 */
class ErrorAnswersTest extends HttpTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcTemplate jdbc;

  // ---- section 2: one refusal model, one answer format ----------------------------------------

  @Test
  void aStatutoryRefusalThroughEngineRestIs400WithTheChineseMessageAlone() {
    String task = decisionWaitingAtFirstTask("baima")[1];
    postJson("baima.clerk", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"baima.clerk\"}");

    HttpResponse<String> refused = postJson("baima.clerk", "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{}}");

    JsonNode body = problem(refused, 400);
    assertThat(body.path("message").asText()).isEqualTo("请填写对决策建议的研究论证意见（第十条）");
    assertThat(body.path("detail").asText()).isEqualTo(body.path("message").asText());
    assertThat(body.path("code").asText()).isEqualTo("PROCEDURE_VIOLATION");
    assertThat(refused.body()).doesNotContain("Cannot submit", task);
  }

  @Test
  void aStatutoryRefusalThroughTasklistsOwnApiIs400WithTheChineseMessageAlone() {
    String task = decisionWaitingAtFirstTask("baima")[1];
    postJson("baima.clerk", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"baima.clerk\"}");
    HttpClient browser = browser();
    HttpResponse<String> fetch = exchange(browser, basic("baima.clerk",
        HttpRequest.newBuilder(URI.create(url("/camunda/api/engine/engine/default/task/" + task)))
            .header("X-XSRF-TOKEN", "Fetch")).GET().build());
    String token = fetch.headers().firstValue("X-XSRF-TOKEN").orElse("");

    HttpResponse<String> refused = exchange(browser, basic("baima.clerk", HttpRequest.newBuilder(
            URI.create(url("/camunda/api/engine/engine/default/task/" + task + "/submit-form")))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token))
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}")).build());

    JsonNode body = problem(refused, 400);
    assertThat(body.path("message").asText()).isEqualTo("请填写对决策建议的研究论证意见（第十条）");
    assertThat(body.path("type").asText()).isNotBlank();
    assertThat(refused.body()).doesNotContain("Cannot submit", task);
  }

  @Test
  void aStartThroughEngineRestWithoutACatalogueItemIs400NotA500() {
    int before = decisions();
    HttpResponse<String> refused = postJson("baima.clerk",
        "/engine-rest/process-definition/key/major-decision/start",
        "{\"variables\":{\"decisionTitle\":{\"value\":\"目录外事项\",\"type\":\"String\"},"
            + "\"decisionUnit\":{\"value\":\"baima\",\"type\":\"String\"},"
            + "\"proposerType\":{\"value\":\"DEPARTMENT\",\"type\":\"String\"}}}");

    JsonNode body = problem(refused, 400);
    assertThat(body.path("message").asText()).contains("目录");
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void anUnknownProposerTypeThroughEngineRestIsAChinese400AndNothingIsStored() {
    int before = decisions();
    HttpResponse<String> refused = postJson("baima.clerk",
        "/engine-rest/process-definition/key/major-decision/start",
        "{\"variables\":{\"decisionTitle\":{\"value\":\"目录外事项\",\"type\":\"String\"},"
            + "\"decisionUnit\":{\"value\":\"baima\",\"type\":\"String\"},"
            + "\"proposerType\":{\"value\":\"NO_SUCH_PROPOSER\",\"type\":\"String\"}}}");

    JsonNode body = problem(refused, 400);
    assertThat(body.path("message").asText()).startsWith("请选择决策建议的提出方式（第十条）").doesNotContain("NO_SUCH_PROPOSER");
    assertThat(refused.body()).doesNotContain("NO_SUCH_PROPOSER", "Exception");
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void aPermissionRefusalOfTheEngineIsAChinese403() {
    HttpResponse<String> refused = send("baima.clerk", "DELETE",
        "/engine-rest/process-instance/" + fixture().huangzhaiInstance(), null, null);

    assertThat(refused.statusCode()).as(refused.body()).isIn(403, 404);
    JsonNode body = problem(refused, refused.statusCode());
    assertThat(refused.body()).doesNotContain("permission", "The user", "baima.clerk");
    assertThat(body.path("message").asText()).isNotBlank();
  }

  @Test
  void pathsTheContainerRejectsGetTheChineseProblemShape() {
    for (String path : new String[] {
        "/engine-rest/task/a%2Fb", "/api/decisions/a%5Cb", "/api/decisions/a%00b", "/api/decisions/a;b/x",
        "/api/decisions/" + "x".repeat(20_000)}) {
      HttpResponse<String> answer = get("baima.clerk", path);
      assertThat(answer.statusCode()).as(path + " " + answer.body()).isBetween(400, 499);
      problem(answer, answer.statusCode());
      assertThat(answer.body()).doesNotContain("<html", "Bad Request", "Tomcat");
    }
  }

  @Test
  void anUnknownPathIsAChinese404Problem() {
    problem(get("baima.clerk", "/api/no-such-thing"), 404);
    problem(get("baima.clerk", "/engine-rest/no-such-thing"), 404);
  }

  @Test
  void getLogoutWhileSignedInAsksInChineseInsteadOfTheWhitelabelPage() {
    HttpResponse<String> page = exchange(anonymousClient, basic("baima.clerk",
        HttpRequest.newBuilder(URI.create(url("/logout"))).header("Accept", "text/html")).GET().build());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("确认退出", "method=\"post\"").doesNotContain("Whitelabel");
  }

  // ---- section 3: zero 5xx for anything a client sends ----------------------------------------

  @Test
  void engineDefectsTheFuzzTestFoundAreRefusedBeforeTheyBecomeA500() {
    // An execution query's variable filter without its operator: Camunda's DTO throws a NullPointerException.
    problem(postJson("baima.clerk", "/engine-rest/execution", "{\"variables\":[{\"name\":\"decisionNo\",\"value\":\"x\"}]}"), 400);
    problem(postJson("baima.clerk", "/engine-rest/process-instance",
        "{\"variables\":[{\"name\":\"decisionNo\",\"operator\":\"approx\",\"value\":\"x\"}]}"), 400);
    problem(postJson("baima.clerk", "/engine-rest/variable-instance",
        "{\"variableValues\":[{\"name\":\"decisionNo\",\"value\":\"x\"}]}"), 400);
    assertThat(postJson("baima.clerk", "/engine-rest/execution",
        "{\"variables\":[{\"name\":\"decisionNo\",\"operator\":\"eq\",\"value\":\"x\"}]}").statusCode()).isEqualTo(200);
    // The operation log's query writes deploymentId, processDefinitionId and processDefinitionKey without "and".
    problem(get("baima.clerk", "/engine-rest/history/user-operation/count?deploymentId=a&processDefinitionId=b"), 400);
    problem(get("baima.clerk", "/engine-rest/history/user-operation?processDefinitionId=b&processDefinitionKey=c"), 400);
    assertThat(get("baima.clerk", "/engine-rest/history/user-operation/count?deploymentId=a&caseDefinitionId=b")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void aUnitCodeWithSurroundingSpacesIsRefusedNotA500() {
    HttpResponse<String> answer = postJson("baima.clerk", "/api/catalogues",
        "{\"unitCode\":\" baima \",\"year\":" + (TestCatalogueYear.next()) + "}");
    assertThat(problem(answer, 400).path("field").asText()).isEqualTo("unitCode");
  }

  @Test
  void brokenMultipartBodiesAndNulInFileNamesAre400() {
    String path = "/api/decisions/" + fixture().placeholders().get("baimaNo") + "/documents?kind=DRAFT";
    int before = documents();

    problem(send("baima.clerk", "POST", path, "multipart/form-data", "abc".getBytes(StandardCharsets.UTF_8)), 400);
    String boundary = "----md" + UUID.randomUUID();
    byte[] whole = multipartPdf(boundary, "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8));
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
    problem(send("baima.clerk", "POST", path, "multipart/form-data; boundary=" + boundary, truncated), 400);
    byte[] nulName = new String(whole, StandardCharsets.ISO_8859_1).replace("draft.pdf", "dr\u0000aft.pdf")
        .getBytes(StandardCharsets.ISO_8859_1);
    problem(send("baima.clerk", "POST", path, "multipart/form-data; boundary=" + boundary, nulName), 400);
    byte[] bidiName = new String(whole, StandardCharsets.UTF_8).replace("draft.pdf", "fdp\u202E.exe")
        .getBytes(StandardCharsets.UTF_8);
    problem(send("baima.clerk", "POST", path, "multipart/form-data; boundary=" + boundary, bidiName), 400);

    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void aLongFileNameIsToldItsNameIsTooLongNotThatTheFileIsTooLarge() {
    String boundary = "----md" + UUID.randomUUID();
    byte[] whole = multipartPdf(boundary, "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8));
    byte[] longName = new String(whole, StandardCharsets.UTF_8).replace("draft.pdf", "决".repeat(300) + ".pdf")
        .getBytes(StandardCharsets.UTF_8);
    String path = "/api/decisions/" + fixture().placeholders().get("baimaNo") + "/documents?kind=DRAFT";

    JsonNode body = problem(send("baima.clerk", "POST", path, "multipart/form-data; boundary=" + boundary, longName),
        400);
    assertThat(body.path("message").asText()).contains("文件名过长").doesNotContain("大小上限");
  }

  @Test
  void emptyPathVariablesAndEdgeOfCalendarDatesAre4xx() {
    assertThat(send("baima.clerk", "POST", "/api/inbox/%20/read", null, null).statusCode()).isBetween(400, 499);
    problem(get("auditor", "/api/audit/decisions?from=%2B999999999-12-31"), 400);
    problem(get("auditor", "/api/audit/decisions?to=1000000000-01-01"), 400);
  }

  @Test
  void engineQueriesWithBadInputAre4xxNotA500() {
    problem(get("baima.clerk", "/engine-rest/task?firstResult=-5"), 400);
    problem(get("baima.clerk", "/engine-rest/task?dueAfter=2026-13-45T00:00:00.000%2B0800"), 400);
    problem(get("baima.clerk", "/engine-rest/task/no-such-task/variables"), 404);
    HttpResponse<String> objectValue = postJson("baima.clerk", "/engine-rest/task",
        "{\"processVariables\":[{\"name\":\"decisionUnit\",\"operator\":\"eq\",\"value\":{\"a\":1}}]}");
    assertThat(objectValue.statusCode()).as(objectValue.body()).isBetween(400, 499);
    problem(objectValue, objectValue.statusCode());
  }

  // ---- section 4: refuse what should be refused -----------------------------------------------

  @Test
  void controlBidiAndBrokenCharactersInADecisionTitleAreRefusedAndNothingIsStored() {
    int before = decisions();
    for (String title : new String[] {"防汛\u0000方案", "防汛\u001B[31m方案", "防汛\r\n方案", "防汛\u202E案方",
        "防汛\uD800方案"}) {
      HttpResponse<String> answer = postJson("baima.clerk", "/api/decisions", start(jsonString(title)));
      assertThat(problem(answer, 400).path("field").asText()).as(answer.body()).isEqualTo("decisionTitle");
    }
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void numbersBooleansAndArraysAreNotCoercedIntoText() {
    int before = decisions();
    for (String title : new String[] {"123", "true", "[\"防汛\"]", "{\"a\":1}"}) {
      problem(postJson("baima.clerk", "/api/decisions", start(title)), 400);
    }
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void aRepeatedStartOfOneCatalogueItemIsAConflictNotASecondDecision() {
    String title = jsonString("重复提交测试" + UUID.randomUUID().toString().substring(0, 8));
    String body = start(title);
    HttpResponse<String> first = postJson("baima.clerk", "/api/decisions", body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    int after = decisions();

    HttpResponse<String> again = postJson("baima.clerk", "/api/decisions", body);

    assertThat(problem(again, 409).path("code").asText()).isEqualTo("DUPLICATE_START");
    assertThat(decisions()).isEqualTo(after);
  }

  @Test
  void catalogueItemsRefuseFarDatesDuplicateProceduresAndControlCharacters() {
    String items = "/api/catalogues/" + catalogueOfNextYear() + "/items";
    String year = String.valueOf(TestCatalogue.currentYear() + 1);
    problem(postJson("baima.clerk", items, item("远期事项", "[]", "9999-12-31")), 400);
    problem(postJson("baima.clerk", items, item("远期事项", "[]", "+999999999-12-31")), 400);
    problem(postJson("baima.clerk", items,
        item("重复程序", "[\"PUBLIC_PARTICIPATION\",\"PUBLIC_PARTICIPATION\"]", year + "-12-31")), 400);
    problem(postJson("baima.clerk", items, item("千项程序",
        "[" + "\"PUBLIC_PARTICIPATION\",".repeat(999) + "\"PUBLIC_PARTICIPATION\"]", year + "-12-31")), 400);
    problem(postJson("baima.clerk", items, item("事项\u001B名称", "[]", year + "-12-31")), 400);
    problem(postJson("baima.clerk", items, item("事项名称", "[]", "20261231")), 400);
  }

  @Test
  void badFiltersAre400NotAnEmptyList() {
    problem(get("baima.clerk", "/api/catalogues?year=-1"), 400);
    problem(get("baima.clerk", "/api/catalogues?unit=%20baima"), 400);
    problem(get("baima.clerk", "/api/decisions?unit=%20baima"), 400);
    problem(get("baima.clerk", "/api/decisions?unit=baima&year=-1"), 400);
  }

  @Test
  void theEngineRefusesAClaimForAUserWhoDoesNotExistAndObjectVariables() {
    String task = decisionWaitingAtFirstTask("baima")[1];
    problem(postJson("baima.clerk", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"nobody.at.all\"}"), 400);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

    HttpResponse<String> object = send("baima.clerk", "PUT", "/engine-rest/task/" + task + "/variables/payload",
        "application/json", ("{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
            + "\"java.lang.ProcessBuilder\",\"serializationDataFormat\":\"application/json\"}}")
            .getBytes(StandardCharsets.UTF_8));
    problem(object, 400);
    assertThat(taskService.getVariable(task, "payload")).isNull();
  }

  @Test
  void refusalsQuoteAtMostAShortPrefixOfWhatWasSubmitted() {
    String probe = "q".repeat(5_000);
    HttpResponse<String> answer = get("baima.clerk", "/api/decisions/" + probe);
    JsonNode body = problem(answer, 404);
    assertThat(body.path("message").asText().length()).isLessThan(80);
    assertThat(answer.body()).doesNotContain("q".repeat(40));
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Asserts the one problem shape with a Chinese message and no internals; returns the body. */
  static JsonNode problem(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(answer.body())
        .startsWith("application/problem+json");
    JsonNode body;
    try {
      body = JSON.readTree(answer.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + answer.body(), e);
    }
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("code").asText()).isNotBlank();
    String message = body.path("message").asText();
    assertThat(message).as(answer.body()).matches("(?s).*\\p{IsHan}.*");
    assertThat(body.path("detail").asText()).isEqualTo(message);
    assertThat(answer.body()).doesNotContainPattern("(?i)exception:|\\bat [a-z]+\\.[a-z]+\\.|org\\.camunda|"
        + "cn\\.gov|java\\.lang|select .* from|insert into");
    return body;
  }

  private HttpRequest.Builder basic(String user, HttpRequest.Builder request) {
    return request.timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private int decisions() {
    return jdbc.queryForObject("select count(*) from md_decision", Integer.class);
  }

  private int documents() {
    return jdbc.queryForObject("select count(*) from md_document", Integer.class);
  }

  private long catalogueOfNextYear() {
    return jdbc.queryForObject("select id from md_catalogue where unit_code = 'baima' and catalogue_year = ?",
        Long.class, TestCatalogue.currentYear() + 1);
  }

  /** A start of a fresh item of 白马镇's published catalogue, so that only the title can be at fault. */
  private String start(String titleJson) {
    return start(titleJson, new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, engine).publishedItemNo("baima"));
  }

  private static String start(String titleJson, String itemNo) {
    return "{\"decisionTitle\":" + titleJson + ",\"decisionUnit\":\"baima\",\"catalogueItemNo\":\"" + itemNo + "\","
        + "\"proposerType\":\"DEPARTMENT\",\"proposerName\":\"应急管理办公室\",\"proposalSummary\":\"防汛方案\","
        + "\"attributes\":{}}";
  }

  private static String item(String title, String procedures, String completion) {
    return "{\"title\":" + jsonString(title) + ",\"organisingUnit\":\"经济发展办公室\","
        + "\"legalBasis\":\"《重大行政决策程序暂行条例》第三条\",\"plannedProcedures\":" + procedures + ","
        + "\"plannedCompletion\":\"" + completion + "\"}";
  }

  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      out.append(c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) || c == 0x202E
          ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.append('"').toString();
  }

  /** Years for catalogues that no other test opens. */
  static final class TestCatalogueYear {
    private static int next = TestCatalogue.currentYear() + 20;

    static synchronized int next() {
      return next++;
    }
  }
}
