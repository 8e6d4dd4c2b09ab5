package cn.gov.pujiang.decision.support.browser;

import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The frame around every page (issue 17): the one login page, logging out from the Camunda webapps
 * and from the application's pages, the start page and the header links between them, read the way
 * a user meets them in the same browser as {@link TasklistBrowser}.
 */
public class CountyFrame {

  private static final By USER_MENU = By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle");
  private static final By WEBAPP_LOGOUT = By.cssSelector("[cam-widget-header] a[ng-click='logout()']");

  private final TasklistBrowser browser;
  private final ChromeDriver driver;

  public CountyFrame(TasklistBrowser browser) {
    this.browser = browser;
    this.driver = browser.driver();
  }

  /** Opens a webapp page (path from the root) and waits until its header shows the signed-in user's menu. */
  public void openWebapp(String path) {
    driver.get("about:blank");
    driver.get(browser.baseUrl() + path);
    browser.waitUntil("the header of " + path, () -> !driver.findElements(USER_MENU).isEmpty()
        && driver.findElements(USER_MENU).get(0).isDisplayed());
  }

  /** 用户菜单 → 退出登录 in the open webapp, as a user clicks them; waits until the browser leaves the webapp. */
  public void logOutOfWebapp() {
    browser.click(browser.waitFor(USER_MENU));
    browser.click(browser.waitFor(WEBAPP_LOGOUT));
    browser.waitUntil("the page after 退出登录", () -> !currentPath().startsWith("/camunda/"));
  }

  /** Signs in with the form of the login page the browser shows now (not a fresh visit of /login). */
  public void signInHere(String userId, String password) {
    WebElement user = browser.waitFor(By.id("username"));
    user.clear();
    user.sendKeys(userId);
    driver.findElement(By.id("password")).sendKeys(password);
    browser.click(driver.findElement(By.cssSelector("form button[type='submit']")));
    browser.waitUntil("the login of " + userId + " to land", () -> !currentPath().startsWith("/login"));
  }

  /** The text of each task entry in Tasklist's list, top to bottom. */
  public java.util.List<String> taskEntries() {
    return driver.findElements(By.cssSelector(".tasks-list li.task")).stream().map(WebElement::getText).toList();
  }

  /** The path and query the browser shows, from the root (e.g. "/login?logout"). */
  public String currentPath() {
    String url = driver.getCurrentUrl();
    return url.startsWith(browser.baseUrl()) ? url.substring(browser.baseUrl().length()) : url;
  }

  /** Whether an element the selector matches is shown on screen now. */
  public boolean shown(String css) {
    return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
  }

  public void waitUntil(String what, BooleanSupplier condition) {
    browser.waitUntil(what, condition);
  }

  public WebElement waitFor(String css) {
    return browser.waitFor(By.cssSelector(css));
  }

  public void click(String css) {
    browser.click(browser.waitFor(By.cssSelector(css)));
  }
}
