package cn.gov.pujiang.decision.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser: a cookie jar (JSESSIONID, the application's MD-XSRF-TOKEN and the webapps'
 * XSRF-TOKEN) and the requests Tasklist and the application's pages send. Every request is timed
 * under a kind and counted as an error unless its answer is the one expected.
 */
final class Session {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  final String user;
  private final String base;
  private final Stats stats;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  Session(String base, String user, Stats stats, Executor executor) {
    this.base = base;
    this.user = user;
    this.stats = stats;
    this.http = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .executor(executor)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /**
   * The unified login page as a browser sends it (form with Spring's _csrf field), then Tasklist's
   * page, which hands out Camunda's own XSRF-TOKEN cookie for the webapps' API.
   */
  void login(String password) throws IOException, InterruptedException {
    long begin = System.nanoTime();
    HttpResponse<String> page = raw("GET", "/login", null, null, "text/html");
    Matcher csrf = CSRF_FIELD.matcher(page.body());
    if (page.statusCode() != 200 || !csrf.find()) {
      throw failure("login", "GET /login", page);
    }
    String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
    HttpResponse<String> answer = raw("POST", "/login", HttpRequest.BodyPublishers.ofString(form),
        "application/x-www-form-urlencoded", "text/html");
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
      throw failure("login", "POST /login", answer);
    }
    HttpResponse<String> tasklist = raw("GET", "/camunda/app/tasklist/default/", null, null, "text/html");
    // The start page (for the application's CSRF cookie after the session changed at login).
    HttpResponse<String> start = raw("GET", "/api/units", null, null, "application/json");
    stats.record("login", System.nanoTime() - begin);
    if (tasklist.statusCode() != 200 || start.statusCode() != 200 || cookie("XSRF-TOKEN") == null) {
      throw failure("login", "Tasklist or start page after login", tasklist.statusCode() != 200 ? tasklist : start);
    }
  }

  JsonNode getJson(String kind, String path) throws IOException, InterruptedException {
    return json(kind, "GET", path, null, 200, "application/json");
  }

  /** A request to the webapps' engine API (Camunda's CSRF header on every modifying request). */
  JsonNode engine(String kind, String method, String path, JsonNode body, int expected, String accept)
      throws IOException, InterruptedException {
    return json(kind, method, ENGINE + path, body, expected, accept);
  }

  private JsonNode json(String kind, String method, String path, JsonNode body, int expected, String accept)
      throws IOException, InterruptedException {
    long begin = System.nanoTime();
    HttpResponse<String> response = raw(method, path,
        body == null ? null : HttpRequest.BodyPublishers.ofString(body.toString()),
        body == null ? null : "application/json", accept);
    long took = System.nanoTime() - begin;
    if (response.statusCode() != expected) {
      throw failure(kind, method + " " + path, response);
    }
    stats.record(kind, took);
    return response.body().isEmpty() ? null : JSON.readTree(response.body());
  }

  /** A dossier upload through the application's API, multipart as the dossier page sends it. */
  void upload(String decisionNo, String kind, String fileName, byte[] content) throws IOException, InterruptedException {
    String boundary = "----load" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String path = "/api/decisions/" + enc(decisionNo) + "/documents";
    long begin = System.nanoTime();
    HttpResponse<String> response = raw("POST", path, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
        "multipart/form-data; boundary=" + boundary, "application/json");
    long took = System.nanoTime() - begin;
    if (response.statusCode() != 201) {
      throw failure("upload", "POST " + path, response);
    }
    stats.record("upload", took);
  }

  private HttpResponse<String> raw(String method, String path, HttpRequest.BodyPublisher body, String contentType,
      String accept) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", accept);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (!"GET".equals(method)) {
      String camunda = cookie("XSRF-TOKEN");
      String application = cookie("MD-XSRF-TOKEN");
      if (path.startsWith("/camunda/") && camunda != null) {
        request.header("X-XSRF-TOKEN", camunda);
      } else if (application != null) {
        request.header("X-MD-XSRF-TOKEN", application);
      }
      if ("admin".equals(user)) {
        request.header("X-Intervention-Reason", enc(LoadBenchmark.INTERVENTION_REASON));
      }
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      stats.error("io", user + " " + method + " " + path + ": " + e);
      throw e;
    }
  }

  private String cookie(String name) {
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals(name)) {
        return cookie.getValue();
      }
    }
    return null;
  }

  private RequestFailed failure(String kind, String what, HttpResponse<String> response) {
    String body = response.body();
    String message = user + " " + what + " answered " + response.statusCode() + ": "
        + (body.length() > 400 ? body.substring(0, 400) : body);
    stats.error(kind, message);
    return new RequestFailed(message);
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A request whose answer was not the expected one; already counted as an error. */
  static final class RequestFailed extends IOException {
    RequestFailed(String message) {
      super(message);
    }
  }
}
