package cn.gov.pujiang.decision.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
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
 *   <li>{@code maxResults} above {@link #maxResults} is refused with 400, so that no single call can
 *       page out the whole history table. (Camunda's {@code query-max-results-limit} would also forbid
 *       every unbounded {@code list()} the application's own code makes for a logged-in user.)</li>
 * </ol>
 */
public class EngineRestGuardFilter extends OncePerRequestFilter {

  /** Task query, filter create/update and filter execution paths, after the REST root. */
  private static final Pattern GUARDED =
      Pattern.compile("(/engine/[^/]+)?/(task(/count)?|filter/create|filter/[^/]+(/list|/count|/singleResult)?)/?");
  private static final String[] ROOTS = {"/engine-rest", "/camunda/api/engine"};

  private final ObjectMapper objectMapper;
  private final int maxResults;
  private final int maxBodyBytes;

  public EngineRestGuardFilter(ObjectMapper objectMapper, int maxResults, int maxBodyBytes) {
    this.objectMapper = objectMapper;
    this.maxResults = maxResults;
    this.maxBodyBytes = maxBodyBytes;
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
    if (!GUARDED.matcher(restPath(request)).matches()) {
      chain.doFilter(request, response);
      return;
    }
    for (String name : request.getParameterMap().keySet()) {
      if (isExpressionKey(name)) {
        refuse(response, name, "查询条件中不允许使用表达式（" + name + "）");
        return;
      }
    }
    String method = request.getMethod();
    if (!"POST".equals(method) && !"PUT".equals(method)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
    if (body.length > maxBodyBytes) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    String key = expressionKey(body);
    if (key != null) {
      refuse(response, key, "查询条件中不允许使用表达式（" + key + "）");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private boolean exceeds(String value) {
    try {
      return Long.parseLong(value.trim()) > maxResults;
    } catch (NumberFormatException e) {
      return false; // Camunda answers a malformed number with its own 400.
    }
  }

  /** The first key ending in "Expression" anywhere in the JSON body, or null. */
  private String expressionKey(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return find(objectMapper.readTree(body));
    } catch (JsonProcessingException e) {
      return null; // not JSON: Camunda refuses it itself
    } catch (IOException e) {
      return null;
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

  /** Same body as Camunda's REST error: {"type", "message"}, with the Chinese message. */
  private void refuse(HttpServletResponse response, String field, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(objectMapper.writeValueAsString(
        Map.of("type", "InvalidRequestException", "message", message, "field", field)));
  }

  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
          encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
