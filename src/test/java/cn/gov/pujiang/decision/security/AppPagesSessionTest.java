package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.support.Documents;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The application's own pages (catalogue, dossier, audit) as a logged-in browser uses them: the
 * page is served to the session, its GETs to /api answer with the session alone, and its changes
 * are accepted only with Spring's CSRF token echoed from the {@code MD-XSRF-TOKEN} cookie in the
 * {@code X-MD-XSRF-TOKEN} header, which the pages' scripts send.
 */
class AppPagesSessionTest extends HttpTestSupport {

  /** A browser with its own cookie jar, logged in through the login form. */
  record Browser(HttpClient client, CookieManager cookies) {}

  @Test
  void cataloguePageOpensACatalogueOnlyWithTheCsrfHeader() {
    Browser browser = loggedIn("baima.clerk");
    assertThat(page(browser, "/app/catalogue.html").statusCode()).isEqualTo(200);
    assertThat(page(browser, "/app/catalogue.js").body()).contains("MD-XSRF-TOKEN", "'X-MD-XSRF-TOKEN'");
    String json = "{\"unitCode\":\"baima\",\"year\":2097}";

    HttpResponse<String> forged = post(browser, "/api/catalogues", "application/json", bytes(json), false);
    HttpResponse<String> fromPage = post(browser, "/api/catalogues", "application/json", bytes(json), true);

    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(fromPage.statusCode()).as("nothing was created by the refused request; " + fromPage.body())
        .isEqualTo(201);
    assertThat(page(browser, "/api/catalogues?unit=baima&year=2097").body()).contains("\"year\":2097");
  }

  @Test
  void dossierPageUploadsOnlyWithTheCsrfHeader() {
    Browser browser = loggedIn("baima.clerk");
    String no = fixture().placeholders().get("baimaNo");
    assertThat(page(browser, "/app/dossier.html?no=" + no).statusCode()).isEqualTo(200);
    assertThat(page(browser, "/app/dossier.js").body()).contains("MD-XSRF-TOKEN", "'X-MD-XSRF-TOKEN'");
    assertThat(page(browser, "/api/decisions/" + no + "/dossier").statusCode()).isEqualTo(200);
    String boundary = "----md" + UUID.randomUUID();
    byte[] body = multipartPdf(boundary, Documents.pdf("page upload " + UUID.randomUUID()));
    String path = "/api/decisions/" + no + "/documents?kind=OTHER";

    HttpResponse<String> forged = post(browser, path, "multipart/form-data; boundary=" + boundary, body, false);
    HttpResponse<String> fromPage = post(browser, path, "multipart/form-data; boundary=" + boundary, body, true);

    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(fromPage.statusCode()).as(fromPage.body()).isEqualTo(201);
    assertThat(fromPage.body()).contains("\"version\":1");
  }

  @Test
  void auditPageReadsWithTheSessionAndTheAuditorChangesNothingEvenWithTheToken() {
    Browser browser = loggedIn("auditor");
    assertThat(page(browser, "/app/audit.html").statusCode()).isEqualTo(200);
    assertThat(page(browser, "/api/audit/archive-chain").statusCode()).isEqualTo(200);
    String no = fixture().placeholders().get("huangzhaiNo");
    assertThat(page(browser, "/api/decisions/" + no + "/documents").statusCode()).isEqualTo(200);
    String boundary = "----md" + UUID.randomUUID();

    HttpResponse<String> upload = post(browser, "/api/decisions/" + no + "/documents?kind=OTHER",
        "multipart/form-data; boundary=" + boundary, multipartPdf(boundary, Documents.pdf("auditor")), true);

    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(403);
  }

  private Browser loggedIn(String user) {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    Browser browser = new Browser(client, cookies);
    String csrf = OneLoginTest.csrfFrom(page(browser, "/login"));
    String form = "username=" + enc(user) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf);
    HttpResponse<String> login = exchange(client, HttpRequest.newBuilder(URI.create(url("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return browser;
  }

  private HttpResponse<String> page(Browser browser, String path) {
    return exchange(browser.client(), HttpRequest.newBuilder(URI.create(url(path))).GET().build());
  }

  /** A POST as the page's script sends it: session cookie, and the CSRF header when {@code withToken}. */
  private HttpResponse<String> post(Browser browser, String path, String contentType, byte[] body, boolean withToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (withToken) {
      request.header(SecurityConfiguration.CSRF_HEADER, csrfCookie(browser));
    }
    return exchange(browser.client(), request.build());
  }

  private static String csrfCookie(Browser browser) {
    return browser.cookies().getCookieStore().getCookies().stream()
        .filter(c -> SecurityConfiguration.CSRF_COOKIE.equals(c.getName()))
        .reduce((first, last) -> last).map(HttpCookie::getValue)
        .orElseThrow(() -> new AssertionError("the page was served without the " + SecurityConfiguration.CSRF_COOKIE + " cookie"));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
