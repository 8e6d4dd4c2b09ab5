package cn.gov.pujiang.decision.support.browser;

import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The frame around every page (the browser walk-through): the one login page, logging out from the Camunda webapps
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

  /** Whether another element lies over the middle of this one (a notice covering a button). */
  public boolean covered(String css) {
    return (Boolean) driver.executeScript("""
        const e = document.querySelector(arguments[0]);
        if (!e) return true;
        e.scrollIntoView({block: 'center'});
        const r = e.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !(top === e || e.contains(top));
        """, css);
  }

  /**
   * Whether, scrolled just far enough to show it at the bottom of the screen (as a user scrolls down to
   * a form's buttons), another element lies over the middle of this one: a fixed footer or bar.
   */
  public boolean coveredAtScreenBottom(String css) {
    return (Boolean) driver.executeScript("""
        const e = document.querySelector(arguments[0]);
        if (!e) return true;
        e.scrollIntoView({block: 'end'});
        const r = e.getBoundingClientRect();
        if (r.bottom > window.innerHeight || r.top < 0) return true;
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !(top === e || e.contains(top));
        """, css);
  }

  /**
   * Texts inside the element (a fixed bar such as Tasklist's footer) that lie partly off the screen,
   * where no scrolling brings them back.
   */
  @SuppressWarnings("unchecked")
  public java.util.List<String> textsOffScreen(String css) {
    return (java.util.List<String>) driver.executeScript("""
        const off = [];
        for (const bar of document.querySelectorAll(arguments[0])) {
          for (const e of bar.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            const text = [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.nodeValue.trim()).join('');
            if (text && r.width > 0 && (r.bottom > window.innerHeight + 1 || r.right > window.innerWidth + 1)) off.push(text);
          }
        }
        return off;
        """, css);
  }

  /** Types into the first matching field (after clearing it), as a user does. */
  public void typeInto(String css, String text) {
    WebElement field = browser.waitFor(By.cssSelector(css));
    browser.click(field);
    field.clear();
    field.sendKeys(text);
  }

  public int tabCount() {
    return driver.getWindowHandles().size();
  }

  /** The address (path and query) of the tab other than the current one, read without leaving the current one. */
  public String otherTabPath() {
    String current = driver.getWindowHandle();
    for (String handle : driver.getWindowHandles()) {
      if (!handle.equals(current)) {
        driver.switchTo().window(handle);
        browser.waitUntil("the other tab's address", () -> !"about:blank".equals(driver.getCurrentUrl()));
        String path = currentPath();
        driver.switchTo().window(current);
        return path;
      }
    }
    throw new AssertionError("only one tab is open");
  }

  /** Closes every tab but the first and goes back to it. */
  public void closeOtherTabs() {
    String first = driver.getWindowHandles().iterator().next();
    for (String handle : driver.getWindowHandles()) {
      if (!handle.equals(first)) {
        driver.switchTo().window(handle);
        driver.close();
      }
    }
    driver.switchTo().window(first);
  }

  public java.util.List<String> optionTexts(String selectCss) {
    return browser.waitFor(By.cssSelector(selectCss)).findElements(By.tagName("option")).stream()
        .map(WebElement::getText).toList();
  }

  public String selectedText(String selectCss) {
    return new org.openqa.selenium.support.ui.Select(browser.waitFor(By.cssSelector(selectCss)))
        .getFirstSelectedOption().getText();
  }

  public double opacity(String css) {
    return Double.parseDouble(String.valueOf(driver.executeScript(
        "return getComputedStyle(document.querySelector(arguments[0])).opacity;", css)));
  }

  /** Texts of the page's charts that run past the chart's right edge, as "text (right edge / width)". */
  @SuppressWarnings("unchecked")
  public java.util.List<String> chartTextsCutOff() {
    return (java.util.List<String>) driver.executeScript("""
        const cut = [];
        for (const svg of document.querySelectorAll('.chart svg')) {
          const width = svg.viewBox.baseVal.width;
          for (const t of svg.querySelectorAll('text')) {
            const b = t.getBBox();
            if (b.x < -1 || b.x + b.width > width + 1) cut.push(t.textContent + ' (' + Math.round(b.x + b.width) + ' / ' + width + ')');
          }
        }
        return cut;
        """);
  }

  /**
   * Milliseconds from loading the address (a fresh page load, as from a bookmark) until an element
   * the selector matches is shown: what a person waits for.
   */
  public long millisToShow(String path, String css) {
    driver.get("about:blank");
    long start = System.nanoTime();
    driver.get(browser.baseUrl() + path);
    browser.waitFor(By.cssSelector(css));
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Milliseconds from a click on the first element matching {@code clickCss} until {@code shownCss} is shown. */
  public long millisFromClickToShow(String clickCss, String shownCss) {
    WebElement target = browser.waitFor(By.cssSelector(clickCss));
    long start = System.nanoTime();
    target.click();
    browser.waitFor(By.cssSelector(shownCss));
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * What the browser fetched for the page's resource whose address contains the text (Resource
   * Timing): {transferSize, encodedBodySize, decodedBodySize}; transferSize 0 means it came from the
   * browser's cache without asking the server.
   */
  @SuppressWarnings("unchecked")
  public java.util.List<Long> resourceSizes(String addressContains) {
    return (java.util.List<Long>) driver.executeScript("""
        const e = performance.getEntriesByType('resource').find(r => r.name.includes(arguments[0]));
        return e ? [e.transferSize, e.encodedBodySize, e.decodedBodySize] : null;
        """, addressContains);
  }

  /**
   * Where the page's time went (Navigation and Resource Timing, milliseconds from the start of the page
   * load): when the page's scripts had run (DOMContentLoaded end), then each request to Tasklist's API as
   * "start+duration path", in the order they started. Read right after {@link #millisToShow}.
   */
  @SuppressWarnings("unchecked")
  public java.util.List<String> apiTimeline() {
    return (java.util.List<String>) driver.executeScript("""
        const nav = performance.getEntriesByType('navigation')[0];
        const out = ['page scripts run by ' + Math.round(nav.domContentLoadedEventEnd)];
        for (const r of performance.getEntriesByType('resource')) {
          if (r.name.includes('/api/')) {
            const u = new URL(r.name);
            out.push(Math.round(r.startTime) + '+' + Math.round(r.duration) + ' ' + u.pathname.replace(/^.*\\/api\\//, '')
                + (u.search.length > 40 ? u.search.substring(0, 40) + '…' : u.search));
          }
        }
        return out;
        """);
  }

  /** The number of requests the page made after its own document, and how many reached the server. */
  @SuppressWarnings("unchecked")
  public java.util.List<Long> requestCounts() {
    return (java.util.List<Long>) driver.executeScript("""
        const all = performance.getEntriesByType('resource');
        return [all.length, all.filter(r => r.transferSize > 0).length];
        """);
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
