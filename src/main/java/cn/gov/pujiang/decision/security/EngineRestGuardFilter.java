package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.web.BufferedBodyRequest;
import cn.gov.pujiang.decision.web.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Compensating controls for Camunda 7.24.0, which gets no more community fixes (ADR 0010), on both
 * doors to the engine's REST API: {@code /engine-rest/**} and the webapps' {@code /camunda/api/engine/**}.
 * <ol>
 *   <li>Task queries and Tasklist filters must not carry expressions: any parameter or JSON key ending
 *       in {@code Expression} (top level or nested, e.g. inside {@code orQueries}) is refused with
 *       400 on the task query, the filter create/update and the filter execution endpoints. The
 *       engine's own switches ({@code enable-expressions-in-adhoc-queries}/{@code -stored-queries})
 *       are off as well; this filter also closes the reported bypass through {@code orQueries}.</li>
 *   <li>Deployments containing DOCTYPE or ENTITY declarations are refused with 400 (the engine's
 *       parser refuses them too, {@code enable-xxe-processing=false}, but with a 500); JSON bodies
 *       declaring Java-serialized variable values are refused with 400 (the engine refuses them too,
 *       {@code java-serialization-format-enabled=false}, but with a 500).</li>
 *   <li>{@code maxResults} above {@link #maxResults} is refused with 400, so that no single call can
 *       page out the whole history table. (Camunda's {@code query-max-results-limit} would also forbid
 *       every unbounded {@code list()} the application's own code makes for a logged-in user.)</li>
 * </ol>
 */
public class EngineRestGuardFilter extends OncePerRequestFilter {

  /** Task query, filter create/update and filter execution paths, after the REST root. */
  private static final Pattern GUARDED =
      Pattern.compile("(/engine/[^/]+)?/(task(/count)?|filter/create|filter/[^/]+(/list|/count|/singleResult)?)/?");
  private static final Pattern DEPLOYMENT = Pattern.compile("(/engine/[^/]+)?/deployment/create/?");
  private static final String JAVA_SERIALIZED = "application/x-java-serialized-object";
  private static final String[] ROOTS = {"/engine-rest", "/camunda/api/engine"};

  private final ObjectMapper objectMapper;
  private final int maxResults;
  private final int maxBodyBytes;
  private final int maxUploadBytes;

  public EngineRestGuardFilter(ObjectMapper objectMapper, int maxResults, int maxBodyBytes, int maxUploadBytes) {
    this.objectMapper = objectMapper;
    this.maxResults = maxResults;
    this.maxBodyBytes = maxBodyBytes;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return restPath(request) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String tooMany = request.getParameter("maxResults");
    if (tooMany != null && exceeds(tooMany)) {
      refuse(response, "maxResults", "单次查询最多返回 " + maxResults + " 条记录，请分页查询（maxResults）");
      return;
    }
    String path = restPath(request);
    boolean guarded = GUARDED.matcher(path).matches();
    if (guarded) {
      for (String name : request.getParameterMap().keySet()) {
        if (isExpressionKey(name)) {
          refuse(response, name, "查询条件中不允许使用表达式（" + name + "）");
          return;
        }
      }
    }
    String method = request.getMethod();
    if (!"POST".equals(method) && !"PUT".equals(method)) {
      chain.doFilter(request, response);
      return;
    }
    boolean deployment = DEPLOYMENT.matcher(path).matches();
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (!deployment && !contentType.startsWith("application/json")) {
      chain.doFilter(request, response);
      return;
    }
    int limit = deployment ? maxUploadBytes : maxBodyBytes;
    byte[] body = request.getInputStream().readNBytes(limit + 1);
    if (body.length > limit) {
      Problems.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequestException",
          "TOO_LARGE", null, "提交的内容超过允许的大小上限（" + limit / 1024 / 1024 + " MB）", null);
      return;
    }
    if (deployment) {
      if (containsDoctype(body)) {
        refuse(response, "data", "部署的模型文件不得包含 DOCTYPE 或实体声明");
        return;
      }
    } else {
      JsonNode json = parse(body);
      String key = guarded ? find(json) : null;
      if (key != null) {
        refuse(response, key, "查询条件中不允许使用表达式（" + key + "）");
        return;
      }
      if (json != null && json.findValues("serializationDataFormat").stream()
          .anyMatch(format -> format.asText().toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZED))) {
        refuse(response, "serializationDataFormat", "不接受 Java 序列化格式的变量，请使用 JSON 或字符串");
        return;
      }
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  /** DOCTYPE or ENTITY declarations anywhere in the upload (any case, any of the files). */
  private static boolean containsDoctype(byte[] body) {
    String text = new String(body, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
    return text.contains("<!DOCTYPE") || text.contains("<!ENTITY");
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

  private boolean exceeds(String value) {
    try {
      return Long.parseLong(value.trim()) > maxResults;
    } catch (NumberFormatException e) {
      return false; // Camunda answers a malformed number with its own 400.
    }
  }

  private static String find(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isExpressionKey(field.getKey())) {
          return field.getKey();
        }
        String nested = find(field.getValue());
        if (nested != null) {
          return nested;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        String nested = find(element);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  static boolean isExpressionKey(String key) {
    return key.toLowerCase(Locale.ROOT).endsWith("expression");
  }

  private static String restPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String root : ROOTS) {
      if (path.startsWith(root + "/")) {
        return path.substring(root.length());
      }
    }
    return null;
  }

  /** The one problem shape of the engine doors ({@link Problems}), with the Chinese message. */
  private void refuse(HttpServletResponse response, String field, String message) throws IOException {
    Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", "INVALID_INPUT", field,
        message, null);
  }
}
