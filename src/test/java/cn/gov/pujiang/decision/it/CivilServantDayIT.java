package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.support.browser.BrowserITSupport;
import cn.gov.pujiang.decision.support.browser.CountyFrame;
import cn.gov.pujiang.decision.support.browser.TasklistBrowser;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "a civil servant's day in the browser": what a county official trips over between the
 * pages, each check in one browser session per role (browser sessions are expensive on the CI machine).
 * Screenshots land in {@code target/screenshots/day/}.
 */
class CivilServantDayIT extends BrowserITSupport {

  private static final String PASSWORD = "demo";
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "day");

  /**
   * Items 1, 14, 15 and 16 for the auditor: the start page after login; Tasklist links back to it and
   * hides the Camunda 7 end-of-life banner; 退出登录 lands on /login where signing in works; the
   * application's pages have 退出 and a way back to Tasklist; GET /logout is a Chinese page.
   */
  @Test
  void auditorLogsInAndOutThroughOneChineseLoginPage() {
    browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
    CountyFrame frame = new CountyFrame(browser);

    browser.signIn("auditor", PASSWORD);
    frame.waitUntil("the start page after login", () -> frame.currentPath().startsWith("/app/start.html"));
    String start = browser.openPage("/", "您好");
    assertThat(start).contains("审计监督", "操作指引").doesNotContain("Camunda", "Welcome");

    frame.openWebapp("/camunda/app/tasklist/default/");
    frame.waitFor("[cam-widget-header] .md-home a");
    assertThat(frame.shown(".ce-eol-banner")).as("the end-of-life banner is for admins only").isFalse();
    browser.screenshot("tasklist-auditor");

    frame.logOutOfWebapp();
    assertThat(frame.currentPath()).isEqualTo("/login?logout");
    assertThat(browser.pageText()).contains("您已安全退出", "浦江县重大行政决策").doesNotContain("Camunda");
    frame.signInHere("auditor", PASSWORD);
    assertThat(frame.currentPath()).startsWith("/app/start.html");

    String logoutPage = browser.openPage("/logout", "确认退出");
    assertThat(logoutPage).doesNotContain("Whitelabel", "Error Page");
    String audit = browser.openPage("/app/audit.html", "决策检索");
    assertThat(audit).contains("首页", "待办任务", "退出");
    frame.click("header .md-logout");
    frame.waitUntil("the login page after 退出", () -> frame.currentPath().equals("/login?logout"));
    assertThat(browser.openPage("/app/audit.html", "用户名")).contains("登录");
  }

  /** Item 16 for the admin: the one person who must plan the upgrade still sees the banner. */
  @Test
  void adminStillSeesTheEndOfLifeBanner() {
    browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
    CountyFrame frame = new CountyFrame(browser);
    browser.signIn("admin", PASSWORD);
    frame.openWebapp("/camunda/app/cockpit/default/");
    frame.waitUntil("the end-of-life banner for the admin", () -> frame.shown(".ce-eol-banner"));
    String start = browser.openPage("/", "您好");
    assertThat(start).contains("流程监控", "系统管理", "审计监督");
  }
}
