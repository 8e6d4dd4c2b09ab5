package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The no-path-around-the-rules guard section 6: a bounded, seeded fuzz test of every door a clerk can reach. Requests are
 * generated from the application's own {@code /v3/api-docs} and from Camunda's OpenAPI document of the
 * engine REST API (the {@code camunda-engine-rest-openapi} artifact, on the test classpath, so nothing
 * is downloaded at run time): wrong types, missing fields, hostile strings, and ids of the other town's
 * objects. It fails on any 5xx; any error body that is not the one problem shape with a Chinese
 * message; any stack trace, class name or SQL in an error body; and any change to the application's
 * tables ({@code md_*}) or the engine's runtime tables ({@code ACT_RU_*}) after a refused request.
 * The seed is fixed ({@code -Dfuzz.seed=…} to try another); the counts are printed.
 *
 * <p>Own-town objects are fresh decisions of this test (the shared fixture stays untouched for the
 * other HTTP tests); engine operations that only an administrator may use (deployments, users,
 * authorizations, jobs, batches, migration, modification, deletion) belong to the engine guard's
 * tests and are not fuzzed here.
 */
class BadInputFuzzTest extends HttpTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String USER = "baima.clerk";
  private static final int CASES_PER_APP_OPERATION = 6;
  private static final int CASES_PER_ENGINE_OPERATION = 3;
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final Pattern INTERNALS = Pattern.compile(
      "(?i)(exception:|\\tat |\\bat [a-z]+\\.[a-z]+\\.|org\\.camunda|org\\.springframework|org\\.hibernate|"
          + "org\\.h2|org\\.postgresql|cn\\.gov\\.pujiang|java\\.lang|java\\.util|\\bselect\\b.+\\bfrom\\b|"
          + "insert into|update .+ set |sqlstate|jdbc)");

  /** Strings nobody should be able to store or break anything with. */
  private static final List<String> HOSTILE = List.of(
      "", " ", "\u0000", "a\u0000b", "\u001B[2J", "line\r\nbreak", "fdp\u202E.exe", "\uD800", "\uDFFF",
      "' OR '1'='1", "\"; drop table md_decision; --", "<script>alert(1)</script>", "../../etc/passwd",
      "${7*7}", "#{7*7}", "%s%n%x", "-1", "0", "99999999999999999999", "1e309", "NaN", "null", "true",
      "2026-13-45", "+999999999-12-31", "２０２６", "huangzhai", "x".repeat(5_000));

  @Autowired JdbcTemplate jdbc;

  private final Random random = new Random(Long.getLong("fuzz.seed", 14L));
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> counts = new TreeMap<>();
  private final Map<String, Integer> failingOperations = new TreeMap<>();
  private List<String> watchedTables;
  private String currentOperation;

  @Test
  void noRequestAClerkCanSendGetsA5xxAnUnclearAnswerOrChangesAnythingWhenRefused() throws Exception {
    long started = System.nanoTime();
    watchedTables = jdbc.queryForList("select table_name from information_schema.tables "
        + "where lower(table_name) like 'md\\_%' escape '\\' or lower(table_name) like 'act\\_ru\\_%' escape '\\'",
        String.class).stream()
        // Written by the engine's metrics reporter on its own schedule, and by Flyway: not by requests.
        .filter(t -> !t.equalsIgnoreCase("ACT_RU_METER_LOG") && !t.equalsIgnoreCase("md_schema_history"))
        .toList();
    Targets targets = targets();

    HttpResponse<String> appDocs = get("admin", "/v3/api-docs");
    assertThat(appDocs.statusCode()).as(appDocs.body()).isEqualTo(200);
    fuzz("api", JSON.readTree(appDocs.body()), "", CASES_PER_APP_OPERATION, targets);
    try (InputStream engineDocs = getClass().getResourceAsStream("/openapi.json")) {
      assertThat(engineDocs).as("camunda-engine-rest-openapi on the test classpath").isNotNull();
      fuzz("engine", JSON.readTree(engineDocs), "/engine-rest", CASES_PER_ENGINE_OPERATION, targets);
    }

    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.println("Bad-input fuzz (seed " + Long.getLong("fuzz.seed", 14L) + ", " + seconds + " s): " + counts);
    if (!failingOperations.isEmpty()) {
      System.out.println("Bad-input fuzz: failing operations " + failingOperations);
    }
    assertThat(failures).as("failures (first 40)").isEmpty();
    assertThat(counts.getOrDefault("api requests", 0)).isGreaterThan(100);
    assertThat(counts.getOrDefault("engine requests", 0)).isGreaterThan(300);
  }

  // ---- generation ------------------------------------------------------------------------------

  /** Ids the generator puts into path parameters: own town's (fresh) and the other town's. */
  private record Targets(String ownTask, String ownInstance, String otherTask, String otherInstance,
      String ownNo, String otherNo, String otherCatalogue, String otherItem, String otherDocument,
      String definitionId) {}

  private Targets targets() {
    String[] own = decisionWaitingAtFirstTask("baima");
    String[] other = decisionWaitingAtFirstTask("huangzhai");
    String ownNo = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(own[0]).singleResult()
        .getBusinessKey();
    String otherNo = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(other[0])
        .singleResult().getBusinessKey();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("major-decision").latestVersion().singleResult().getId();
    Fixture f = fixture();
    return new Targets(own[1], own[0], other[1], other[0], ownNo, otherNo,
        f.placeholders().get("huangzhaiCatalogue"), f.placeholders().get("huangzhaiItem"),
        f.placeholders().get("huangzhaiDocument"), definition);
  }

  private void fuzz(String door, JsonNode spec, String root, int cases, Targets targets) {
    Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
      while (operations.hasNext()) {
        Map.Entry<String, JsonNode> operation = operations.next();
        String method = operation.getKey().toUpperCase(Locale.ROOT);
        if (!reachable(door, method, path.getKey())) {
          continue;
        }
        for (int i = 0; i < cases; i++) {
          send(door, method, root, path.getKey(), operation.getValue(), spec, targets);
        }
      }
    }
  }

  /** The operations a clerk can reach that this test may try without touching the shared fixture. */
  static boolean reachable(String door, String method, String path) {
    if (!List.of("GET", "POST", "PUT").contains(method)) {
      return false;
    }
    if (door.equals("api")) {
      return !path.startsWith("/api/admin") && !path.contains("/export");
    }
    if (method.equals("GET")) {
      return !path.startsWith("/deployment") && !path.contains("/data") && !path.contains("/content")
          && !path.startsWith("/telemetry") && !path.startsWith("/metrics");
    }
    return path.startsWith("/task") || path.matches("/process-definition/(key/\\{key}|\\{id})/(start|submit-form)")
        || path.matches("/filter/\\{id}/(list|count|singleResult)") || path.startsWith("/history/")
        || path.matches("/(process-instance|variable-instance|execution|task)(/count)?")
        || path.matches("/process-instance/\\{id}/variables(/\\{varName})?");
  }

  private void send(String door, String method, String root, String template, JsonNode operation, JsonNode spec,
      Targets targets) {
    boolean otherTown = random.nextInt(3) == 0;
    boolean mutating = !method.equals("GET");
    StringBuilder path = new StringBuilder();
    Matcher m = PATH_PARAMETER.matcher(template);
    while (m.find()) {
      m.appendReplacement(path, Matcher.quoteReplacement(
          encodePath(pathValue(door, template, m.group(1), otherTown, mutating, targets))));
    }
    m.appendTail(path);
    StringBuilder query = new StringBuilder();
    for (JsonNode parameter : operation.path("parameters")) {
      JsonNode resolved = resolve(parameter, spec);
      if ("query".equals(resolved.path("in").asText()) && random.nextInt(3) == 0) {
        query.append(query.length() == 0 ? '?' : '&').append(resolved.path("name").asText()).append('=')
            .append(URLEncoder.encode(wrongScalar(resolve(resolved.path("schema"), spec)), StandardCharsets.UTF_8));
      }
    }
    byte[] body = null;
    String contentType = null;
    JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
    if (!method.equals("GET") && !schema.isMissingNode()) {
      contentType = "application/json";
      JsonNode json = switch (random.nextInt(4)) {
        case 0 -> NODES.objectNode();
        case 1 -> hostileScalar();
        default -> generate(resolve(schema, spec), spec, 0);
      };
      body = json.toString().getBytes(StandardCharsets.UTF_8);
    } else if (!method.equals("GET") && operation.has("requestBody")) {
      contentType = random.nextBoolean() ? "multipart/form-data" : "application/json";
      body = hostileString().getBytes(StandardCharsets.UTF_8);
    }
    String url = root + path + query;
    if (url.length() > 12_000) {
      url = url.substring(0, 12_000);
    }
    currentOperation = method + " " + root + template;
    Map<String, Long> before = snapshot();
    HttpResponse<String> answer = send(USER, method, url, contentType, body);
    count(door + " requests");
    count(door + " " + answer.statusCode() / 100 + "xx");
    check(method + " " + abbreviate(url), answer, before);
  }

  private String pathValue(String door, String template, String name, boolean otherTown, boolean mutating,
      Targets t) {
    if (random.nextInt(4) == 0) {
      return hostileString();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (door.equals("api")) {
      // The application's own objects of the fixture are shared with other tests: mutate only the
      // other town's (which must be refused) and this test's own decision.
      if (lower.contains("decision")) {
        return otherTown || mutating ? t.otherNo() : t.ownNo();
      }
      if (lower.contains("item")) {
        return t.otherItem();
      }
      if (template.contains("/documents/") || template.contains("document")) {
        return t.otherDocument();
      }
      return t.otherCatalogue();
    }
    if (template.startsWith("/task")) {
      return otherTown ? t.otherTask() : t.ownTask();
    }
    if (template.startsWith("/process-instance") || template.startsWith("/history/process-instance")) {
      return otherTown ? t.otherInstance() : t.ownInstance();
    }
    if (lower.equals("key")) {
      return random.nextBoolean() ? "major-decision" : "decision-catalogue";
    }
    if (template.startsWith("/process-definition")) {
      return t.definitionId();
    }
    return random.nextBoolean() ? t.otherInstance() : t.otherTask();
  }

  /** A value of the schema's shape, with wrong types and hostile strings mixed in. */
  private JsonNode generate(JsonNode schema, JsonNode spec, int depth) {
    if (depth > 3) {
      return hostileScalar();
    }
    if (random.nextInt(5) == 0) {
      return hostileScalar();
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    switch (type) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
          Map.Entry<String, JsonNode> p = properties.next();
          if (random.nextInt(4) != 0) {
            object.set(p.getKey(), generate(resolve(p.getValue(), spec), spec, depth + 1));
          }
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(10) == 0 ? 1_000 : random.nextInt(3);
        for (int i = 0; i < size; i++) {
          array.add(size > 10 ? NODES.textNode("PUBLIC_PARTICIPATION")
              : generate(resolve(schema.path("items"), spec), spec, depth + 1));
        }
        return array;
      }
      case "integer", "number" -> {
        return switch (random.nextInt(5)) {
          case 0 -> NODES.numberNode(-1);
          case 1 -> NODES.numberNode(Long.MAX_VALUE);
          case 2 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
          case 3 -> NODES.textNode("zwölf");
          default -> NODES.numberNode(random.nextInt(100));
        };
      }
      case "boolean" -> {
        return random.nextBoolean() ? NODES.textNode("yes") : NODES.numberNode(1);
      }
      default -> {
        if (schema.has("enum") && random.nextBoolean()) {
          JsonNode values = schema.path("enum");
          return values.get(random.nextInt(values.size()));
        }
        return NODES.textNode(hostileString());
      }
    }
  }

  private JsonNode hostileScalar() {
    return switch (random.nextInt(6)) {
      case 0 -> NODES.numberNode(123);
      case 1 -> NODES.booleanNode(true);
      case 2 -> NODES.arrayNode().add("x");
      case 3 -> NODES.nullNode();
      default -> NODES.textNode(hostileString());
    };
  }

  private String wrongScalar(JsonNode schema) {
    String type = schema.path("type").asText("string");
    if (random.nextBoolean()) {
      return hostileString();
    }
    return switch (type) {
      case "integer", "number" -> random.nextBoolean() ? "-5" : "abc";
      case "boolean" -> "maybe";
      default -> schema.path("format").asText().startsWith("date") ? "2026-13-45T25:61:00.000+0800" : hostileString();
    };
  }

  private String hostileString() {
    return HOSTILE.get(random.nextInt(HOSTILE.size()));
  }

  private static JsonNode resolve(JsonNode node, JsonNode spec) {
    JsonNode current = node;
    for (int i = 0; i < 10 && current.has("$ref"); i++) {
      String ref = current.path("$ref").asText();
      current = spec.at(ref.substring(1));
    }
    if (current.has("allOf") && current.path("allOf").size() > 0) {
      ObjectNode merged = NODES.objectNode();
      ObjectNode properties = merged.putObject("properties");
      merged.put("type", "object");
      for (JsonNode part : current.path("allOf")) {
        JsonNode resolved = resolve(part, spec);
        resolved.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
      }
      return merged;
    }
    return current;
  }

  private static String encodePath(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // ---- checks -----------------------------------------------------------------------------------

  private void check(String request, HttpResponse<String> answer, Map<String, Long> before) {
    int status = answer.statusCode();
    if (status >= 500) {
      fail(request, "answered " + status + ": " + abbreviate(answer.body()));
      return;
    }
    if (status < 400) {
      return;
    }
    count("refused");
    String contentType = answer.headers().firstValue("Content-Type").orElse("");
    if (!contentType.startsWith("application/problem+json")) {
      fail(request, status + " with " + contentType + ": " + abbreviate(answer.body()));
      return;
    }
    try {
      JsonNode body = JSON.readTree(answer.body());
      String message = body.path("message").asText();
      if (body.path("status").asInt() != status || body.path("code").asText().isBlank()
          || !message.matches("(?s).*\\p{IsHan}.*") || !message.equals(body.path("detail").asText())) {
        fail(request, "not the problem shape with a Chinese message: " + abbreviate(answer.body()));
      }
    } catch (Exception e) {
      fail(request, "error body is not JSON: " + abbreviate(answer.body()));
    }
    if (INTERNALS.matcher(answer.body()).find()) {
      fail(request, "internals in the body: " + abbreviate(answer.body()));
    }
    Map<String, Long> after = snapshot();
    if (!after.equals(before)) {
      Map<String, String> changed = new LinkedHashMap<>();
      after.forEach((table, rows) -> {
        if (!rows.equals(before.get(table))) {
          changed.put(table, before.get(table) + " -> " + rows);
        }
      });
      fail(request, "refused with " + status + " but stored a change: " + changed);
    }
  }

  /** Row counts of the application's and the engine's runtime tables, in one statement. */
  private Map<String, Long> snapshot() {
    StringBuilder sql = new StringBuilder();
    for (String table : watchedTables) {
      sql.append(sql.length() == 0 ? "" : " union all ").append("select '").append(table)
          .append("' as t, count(*) as c from \"").append(table).append('"');
    }
    Map<String, Long> rows = new TreeMap<>();
    jdbc.query(sql.toString(), rs -> {
      rows.put(rs.getString(1), rs.getLong(2));
    });
    return rows;
  }

  private void fail(String request, String what) {
    count("failures");
    failingOperations.merge(currentOperation, 1, Integer::sum);
    if (failures.size() < 40) {
      failures.add(request + " -> " + what);
    }
  }

  private void count(String key) {
    counts.merge(key, 1, Integer::sum);
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }
}
