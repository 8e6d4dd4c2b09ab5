package cn.gov.pujiang.decision.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Input checks on the engine's REST doors ({@code /engine-rest}, {@code /camunda/api/engine}) that
 * Camunda does not make, each answered 400 with a Chinese problem body before the engine runs:
 * <ul>
 *   <li>{@code firstResult} and {@code maxResults} are whole numbers, not negative (Camunda answered
 *       {@code firstResult=-5} with a 500);</li>
 *   <li>date query parameters ({@code dueAfter}, {@code createdBefore}, …) are real dates in Camunda's
 *       format, strictly: Camunda's lenient parser read {@code 2026-13-45} as 14 February 2027;</li>
 *   <li>a task is claimed by, assigned or delegated to a user who exists (the engine takes any
 *       string, and a task of a user nobody is disappears from every list), and an identity link names
 *       one existing user or group and a type (the engine failed on others with a 500);</li>
 *   <li>no variable of type Object: it names a Java class the engine would deserialize into (with
 *       Camunda's deserialization type validation on as well, application.yaml).</li>
 * </ul>
 * Also refused: the deployed form of a task the caller cannot see (404), an empty path segment (an empty id) and a JSON body that is not an object or array,
 * on which Camunda's resources failed with a 500. Runs after Spring Security, so an anonymous request is still answered 401 first.
 */
@Component
public class EngineRequestCheckFilter extends OncePerRequestFilter {

  private static final String[] ROOTS = {"/engine-rest/", "/camunda/api/engine/"};
  private static final Pattern ASSIGNING = Pattern.compile(".*/task/[^/]+/(claim|assignee|delegate)/?");
  private static final Pattern TASK_FORM = Pattern.compile(".*/task/([^/]+)/deployed-form/?");
  private static final Pattern IDENTITY_LINK = Pattern.compile(".*/task/[^/]+/identity-links/?");
  private static final Pattern OPERATION_LOG = Pattern.compile(".*/history/user-operation(/count)?/?");
  /**
   * Camunda 7.24's operation-log query writes these three conditions without "and" between them
   * (UserOperationLogEntry.xml), so any two of them together are invalid SQL and a 500.
   */
  private static final java.util.List<String> OPERATION_LOG_EXCLUSIVE =
      java.util.List.of("deploymentId", "processDefinitionId", "processDefinitionKey");
  private static final java.util.Set<String> VARIABLE_OPERATORS =
      java.util.Set.of("eq", "neq", "gt", "gteq", "lt", "lteq", "like", "notLike");
  /** Query fields that hold engine ids (…Id, …IdIn, …Ids): every engine id column is varchar(64). */
  private static final Pattern ID_PARAMETER = Pattern.compile("(?i)[a-z]*(id|idin|ids)");
  private static final int MAX_ID = 64;
  private static final String ID_TOO_LONG = "中的标识过长（引擎的标识不超过 " + MAX_ID + " 个字符），请检查后重新查询";
  private static final Pattern DATE_PARAMETER = Pattern.compile("(?i)(?!with)[a-z]*(after|before|date)");
  /** The same bound as decision.security.max-body-bytes (EngineRestGuardFilter refuses more before this). */
  private static final int MAX_BODY = 2 * 1024 * 1024;
  private static final DateTimeFormatter ENGINE_DATE = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final ObjectMapper objectMapper;
  private final ObjectProvider<ProcessEngine> engine;

  public EngineRequestCheckFilter(ObjectMapper objectMapper, ObjectProvider<ProcessEngine> engine) {
    this.objectMapper = objectMapper;
    this.engine = engine;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String root : ROOTS) {
      if (path.startsWith(root)) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getRequestURI().contains("//")) {
      // An empty id ("/task//variables"): Camunda's resources fail on it with a 500.
      Problems.write(response, 404, "InvalidRequestException", "NOT_FOUND", null, "请求的内容不存在", null);
      return;
    }
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      String name = parameter.getKey();
      for (String value : parameter.getValue()) {
        String problem = problem(name, value);
        if (problem != null) {
          Problems.write(response, 400, "InvalidRequestException", "INVALID_INPUT", name, problem, null);
          return;
        }
      }
    }
    if (OPERATION_LOG.matcher(request.getRequestURI()).matches()
        && OPERATION_LOG_EXCLUSIVE.stream().filter(p -> request.getParameter(p) != null).count() > 1) {
      Problems.write(response, 400, "InvalidRequestException", "INVALID_INPUT", "deploymentId",
          "操作日志查询中 deploymentId、processDefinitionId、processDefinitionKey 只能使用其中一个条件", null);
      return;
    }
    Matcher taskForm = TASK_FORM.matcher(request.getRequestURI());
    if ("GET".equals(request.getMethod()) && taskForm.matches()
        && engine.getObject().getTaskService().createTaskQuery().taskId(taskForm.group(1)).count() == 0) {
      // Camunda's deployed-form command fails with a NullPointerException (500) on an unknown task.
      Problems.write(response, 404, "InvalidRequestException", "NOT_FOUND", null, "请求的对象不存在，或您无权查看", null);
      return;
    }
    String method = request.getMethod();
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (!("POST".equals(method) || "PUT".equals(method)) || !contentType.startsWith("application/json")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      Problems.write(response, 413, "InvalidRequestException", "TOO_LARGE", null,
          "提交的内容超过允许的大小上限（" + MAX_BODY / 1024 / 1024 + " MB）", null);
      return;
    }
    JsonNode json = parse(body);
    if (json != null && !json.isContainerNode()) {
      // "null", a string or a number where Camunda expects an object: its resources fail with a 500.
      Problems.write(response, 400, "InvalidRequestException", "UNREADABLE", null,
          "提交的内容格式不正确（应为 JSON 对象），未执行", null);
      return;
    }
    if (json != null && hasIncompleteVariableFilter(json)) {
      // Camunda's query DTOs fail with a NullPointerException (500) on a filter without its operator.
      Problems.write(response, 400, "InvalidRequestException", "INVALID_INPUT", "variables",
          "变量查询条件须包含变量名 name、比较方式 operator（eq、neq、gt、gteq、lt、lteq、like、notLike）和值 value", null);
      return;
    }
    String overlongId = json == null ? null : overlongIdField(json);
    if (overlongId != null) {
      Problems.write(response, 400, "InvalidRequestException", "INVALID_INPUT", overlongId,
          "参数 " + overlongId + ID_TOO_LONG, null);
      return;
    }
    if (json != null && hasEmptyVariableType(json)) {
      Problems.write(response, 400, "InvalidRequestException", "INVALID_INPUT", "type",
          "变量类型不能为空，请填写 String、Long、Boolean、Date 等类型", null);
      return;
    }
    if (json != null && declaresObjectVariable(json)) {
      Problems.write(response, 400, "InvalidRequestException", "INVALID_INPUT", "type",
          "不接受 Object 类型的变量（按类名反序列化的 Java 对象），请使用字符串、数字、布尔、日期或 JSON 类型", null);
      return;
    }
    if ("POST".equals(method) && ASSIGNING.matcher(request.getRequestURI()).matches()) {
      String userId = text(json, "userId");
      if (userId != null && !exists(userId, false)) {
        Problems.write(response, 400, "InvalidRequestException", "INVALID_INPUT", "userId",
            "该用户不存在，任务不能交给不存在的用户办理", null);
        return;
      }
    }
    if ("POST".equals(method) && IDENTITY_LINK.matcher(request.getRequestURI()).matches()) {
      String userId = text(json, "userId");
      String groupId = text(json, "groupId");
      String type = text(json, "type");
      boolean oneOfThem = (userId == null) != (groupId == null);
      if (!oneOfThem || type == null || type.isBlank()
          || (userId != null && !exists(userId, false)) || (groupId != null && !exists(groupId, true))) {
        Problems.write(response, 400, "InvalidRequestException", "INVALID_INPUT", userId == null ? "groupId" : "userId",
            "请指定一个存在的用户或用户组以及关联类型", null);
        return;
      }
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  /**
   * A query's variable filters are arrays of {name, operator, value} under the keys variables,
   * processVariables, taskVariables, caseInstanceVariables and variableValues (Camunda 7.24's query
   * DTOs); a start or completion carries an object there instead.
   */
  static boolean hasIncompleteVariableFilter(JsonNode node) {
    if (node.isObject()) {
      var fields = node.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        JsonNode value = field.getValue();
        String key = field.getKey().toLowerCase(Locale.ROOT);
        if ((key.endsWith("variables") || key.equals("variablevalues")) && value.isArray()) {
          for (JsonNode filter : value) {
            if (!filter.isObject() || !filter.path("name").isTextual()
                || !VARIABLE_OPERATORS.contains(filter.path("operator").asText(""))
                || filter.path("value").isMissingNode()) {
              return true;
            }
          }
        } else if (value.isContainerNode() && hasIncompleteVariableFilter(value)) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        if (hasIncompleteVariableFilter(element)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The Chinese reason why a query parameter is refused, or null. */
  static String problem(String name, String value) {
    if ("firstResult".equals(name) || "maxResults".equals(name)) {
      if (!value.matches("\\d{1,9}")) {
        return "参数 " + name + " 应为不小于0的整数";
      }
      return null;
    }
    if (ID_PARAMETER.matcher(name).matches() && hasOverlongId(value)) {
      // H2 (the default database) fails with a 500 comparing a varchar(64) id column to a longer value.
      return "参数 " + name + ID_TOO_LONG;
    }
    if (DATE_PARAMETER.matcher(name).matches() && !value.isEmpty() && !isDate(value)) {
      return "参数 " + name + " 不是有效的日期时间（格式如 2026-03-01T00:00:00.000+0800，年份在1900至2200之间）";
    }
    return null;
  }

  private static boolean hasOverlongId(String value) {
    for (String id : value.split(",")) {
      if (id.length() > MAX_ID) {
        return true;
      }
    }
    return false;
  }

  /** The first id field of a JSON query whose id, or one of whose ids, is longer than any engine id; or null. */
  static String overlongIdField(JsonNode node) {
    if (node.isObject()) {
      var fields = node.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        JsonNode value = field.getValue();
        if (ID_PARAMETER.matcher(field.getKey()).matches()) {
          if (value.isTextual() && hasOverlongId(value.asText())) {
            return field.getKey();
          }
          if (value.isArray()) {
            for (JsonNode id : value) {
              if (id.isTextual() && id.asText().length() > MAX_ID) {
                return field.getKey();
              }
            }
          }
        } else if (value.isContainerNode()) {
          String nested = overlongIdField(value);
          if (nested != null) {
            return nested;
          }
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        String nested = overlongIdField(element);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  static boolean isDate(String value) {
    try {
      int year = value.length() == 10
          ? LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT)).getYear()
          : ENGINE_DATE.parseBest(value, OffsetDateTime::from, java.time.LocalDateTime::from).get(ChronoField.YEAR);
      return year >= 1900 && year <= 2200;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return objectMapper.readTree(body);
    } catch (IOException e) {
      return null; // not JSON: Camunda refuses it itself
    }
  }

  /**
   * A typed value of type Object (or one naming an {@code objectTypeName}) anywhere in the body. The
   * processes keep no Java objects (docs/processes.md), and the engine would store the serialized
   * value unchecked and deserialize it into the named class when read.
   */
  static boolean declaresObjectVariable(JsonNode node) {
    if (node.isObject()) {
      JsonNode type = node.get("type");
      if ((type != null && type.isTextual() && "object".equalsIgnoreCase(type.asText()) && node.has("value"))
          || node.has("objectTypeName")) {
        return true;
      }
    }
    for (JsonNode child : node) {
      if (declaresObjectVariable(child)) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json == null ? null : json.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** A typed value with {@code "type": ""}: Camunda's REST layer fails on it with a 500. */
  static boolean hasEmptyVariableType(JsonNode node) {
    if (node.isObject() && node.has("value") && node.path("type").isTextual() && node.path("type").asText().isEmpty()) {
      return true;
    }
    for (JsonNode child : node) {
      if (hasEmptyVariableType(child)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the user (or group) exists, whoever asks (a clerk may not read the user list). */
  private boolean exists(String id, boolean group) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      commandContext.disableAuthorizationCheck();
      try {
        return group ? commandContext.getReadOnlyIdentityProvider().findGroupById(id) != null
            : commandContext.getReadOnlyIdentityProvider().findUserById(id) != null;
      } finally {
        commandContext.enableAuthorizationCheck();
      }
    });
  }
}
