package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One form login gives one session for the webapps, the engine REST API and the app's API; logout ends it everywhere. */
class OneLoginTest extends HttpTestSupport {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Test
  void oneFormLoginOpensWebappsEngineRestAndApiAndLogoutClosesThemAll() {
    HttpClient browser = browser();
    HttpResponse<String> login = login(browser, "baima.clerk", PASSWORD);
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

    assertThat(browserGet(browser, "/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> webappUser = browserGet(browser, "/camunda/api/admin/auth/user/default");
    assertThat(webappUser.statusCode()).isEqualTo(200);
    assertThat(webappUser.body()).contains("\"userId\":\"baima.clerk\"");
    HttpResponse<String> webappTasks = browserGet(browser, "/camunda/api/engine/engine/default/task");
    assertThat(webappTasks.body()).contains(fixture().baimaTask()).doesNotContain(fixture().huangzhaiTask());
    HttpResponse<String> restTasks = browserGet(browser, "/engine-rest/task");
    assertThat(restTasks.statusCode()).isEqualTo(200);
    assertThat(restTasks.body()).contains(fixture().baimaTask()).doesNotContain(fixture().huangzhaiTask());
    assertThat(browserGet(browser, "/api/me").body()).contains("\"userId\":\"baima.clerk\"", "\"units\":[\"baima\"]");

    HttpResponse<String> logout = browserPost(browser, "/logout", "_csrf=" + csrfFrom(browserGet(browser, "/login")));
    assertThat(logout.statusCode()).isEqualTo(302);

    assertThat(browserGet(browser, "/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(browserGet(browser, "/api/me").statusCode()).isEqualTo(401);
    assertThat(browserGet(browser, "/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
    assertThat(browserGet(browser, "/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
  }

  @Test
  void webappLogoutEndsTheSessionAndTheWebappLoginFormOpensItAgain() {
    HttpClient browser = browser();
    login(browser, "baima.secretary", PASSWORD);
    browserGet(browser, "/camunda/api/admin/auth/user/default");

    HttpResponse<String> logout = exchange(browser, HttpRequest.newBuilder(
            URI.create(url("/camunda/api/admin/auth/user/default/logout")))
        .header(SecurityConfiguration.CAMUNDA_CSRF_HEADER, camundaCsrfToken(browser))
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(logout.statusCode()).isEqualTo(200);
    assertThat(browserGet(browser, "/engine-rest/task").statusCode()).isEqualTo(401);

    assertThat(browserGet(browser, "/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
    HttpResponse<String> webappLogin = exchange(browser, HttpRequest.newBuilder(
            URI.create(url("/camunda/api/admin/auth/user/default/login/tasklist")))
        .header(SecurityConfiguration.CAMUNDA_CSRF_HEADER, camundaCsrfToken(browser))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=baima.secretary&password=" + PASSWORD)).build());
    assertThat(webappLogin.statusCode()).as(webappLogin.body()).isEqualTo(200);
    assertThat(browserGet(browser, "/engine-rest/task").statusCode()).isEqualTo(200);
    assertThat(browserGet(browser, "/api/me").body()).contains("\"userId\":\"baima.secretary\"");
  }

  private String camundaCsrfToken(HttpClient browser) {
    return ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName())).reduce((first, last) -> last)
        .orElseThrow().getValue();
  }

  @Test
  void wrongPasswordIsRefusedWithAChineseMessage() {
    HttpClient browser = browser();
    // A user of its own: the engine throttles a user's logins after a wrong password.
    HttpResponse<String> login = login(browser, "zhongyu.clerk", "wrong");

    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(browserGet(browser, "/login?error").body()).contains("用户名或密码错误");
    assertThat(browserGet(browser, "/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void postWithSessionButWithoutCsrfTokenIsRefused() {
    HttpClient browser = browser();
    login(browser, "baima.clerk", PASSWORD);

    HttpResponse<String> forged = exchange(browser, HttpRequest.newBuilder(URI.create(url("/engine-rest/task")))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    HttpResponse<String> forgedWebapp = exchange(browser,
        HttpRequest.newBuilder(URI.create(url("/camunda/api/engine/engine/default/task")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forgedWebapp.statusCode()).isEqualTo(403);
  }

  @Test
  void loginAfterALogoutLandsOnAPageNotOnAFontStillLoadingWhenTheSessionEnded() {
    HttpClient browser = browser();
    login(browser, "auditor", PASSWORD);
    browserPost(browser, "/logout", "_csrf=" + csrfFrom(browserGet(browser, "/login")));
    // What Tasklist still asks for while its own login view shows (the browser walk-through).
    assertThat(fetch(browser, "/camunda/assets/IBMPlexSans-Bold.woff", "*/*").statusCode()).isEqualTo(200);
    assertThat(fetch(browser, "/camunda/app/tasklist/scripts/config.js", "*/*").statusCode()).isEqualTo(302);

    HttpResponse<String> login = login(browser, "auditor", PASSWORD);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).doesNotContain("assets", "config.js", "error"));
    assertThat(browserGet(browser, login.headers().firstValue("Location").orElseThrow()
        .replaceFirst("^https?://[^/]+", "")).headers().firstValue("Location"))
        .hasValueSatisfying(start -> assertThat(start).endsWith("/app/start.html"));

    HttpClient other = browser();
    assertThat(fetch(other, "/app/audit.html", "text/html,application/xhtml+xml").statusCode()).isEqualTo(302);
    assertThat(login(other, "auditor", PASSWORD).headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).contains("/app/audit.html"));
  }

  @Test
  void logoutTypedInTheAddressBarShowsAChineseConfirmationNotAnErrorPage() {
    HttpClient browser = browser();
    login(browser, "baima.clerk", PASSWORD);
    HttpResponse<String> page = browserGet(browser, "/logout");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("确认退出", "name=\"_csrf\"").doesNotContain("Whitelabel");
    assertThat(browserPost(browser, "/logout", "_csrf=" + csrfFrom(page)).headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
    assertThat(browserGet(browser, "/api/me").statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> fetch(HttpClient browser, String path, String accept) {
    return exchange(browser, HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).GET().build());
  }

  @Test
  void loginPageSendsSecurityHeadersAndSafeCookies() {
    HttpClient browser = browser();
    HttpResponse<String> page = browserGet(browser, "/login");
    HttpResponse<String> login = login(browser, "baima.clerk", PASSWORD);

    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'self'"));
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    String sessionCookie = login.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  HttpResponse<String> login(HttpClient browser, String user, String password) {
    String csrf = csrfFrom(browserGet(browser, "/login"));
    return browserPost(browser, "/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf));
  }

  static String csrfFrom(HttpResponse<String> loginPage) {
    Matcher matcher = CSRF_FIELD.matcher(loginPage.body());
    assertThat(matcher.find()).as("login page carries a CSRF field").isTrue();
    return matcher.group(1);
  }

  HttpResponse<String> browserGet(HttpClient browser, String path) {
    return exchange(browser, HttpRequest.newBuilder(URI.create(url(path))).GET().build());
  }

  HttpResponse<String> browserPost(HttpClient browser, String path, String form) {
    return exchange(browser, HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
