package cn.gov.pujiang.decision.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The application's own pages (/app/catalogue.html, /app/dossier.html, /app/audit.html) in the same
 * browser as {@link TasklistBrowser}, with what a page test needs beyond Tasklist: reading a page's
 * text, saving what a download link gives, emulating a screen size and measuring whether the layout
 * fits it.
 */
public class AppPages {

  private final TasklistBrowser browser;
  private final ChromeDriver driver;

  public AppPages(TasklistBrowser browser) {
    this.browser = browser;
    this.driver = browser.driver();
  }

  /** Opens a page of the application by its path (e.g. /app/audit.html?view=statistics). */
  public void open(String path) {
    driver.get("about:blank");
    driver.get(path.startsWith("http") ? path : browser.baseUrl() + path);
  }

  public WebElement waitFor(By by) {
    return browser.waitFor(by);
  }

  /** Waits until the element shows the text and returns all it shows. */
  public String waitForText(By by, String text) {
    String[] shown = {""};
    browser.waitUntil("“" + text + "” in " + by, () -> {
      shown[0] = driver.findElements(by).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
          .reduce("", (a, b) -> a + "\n" + b);
      return shown[0].contains(text);
    });
    return shown[0];
  }

  public void click(By by) {
    browser.click(waitFor(by));
  }

  /** Scrolls the element to the middle of the screen, as a person does before reading it. */
  public void scrollTo(By by) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", waitFor(by));
  }

  public String text() {
    return browser.pageText();
  }

  public Path screenshot(String name) {
    return browser.screenshot(name);
  }

  /**
   * Clicks a download link and waits until the file Chrome saves lands in the folder.
   *
   * @return the saved file
   */
  public Path download(By link, Path folder) {
    try {
      Files.createDirectories(folder);
      driver.executeCdpCommand("Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
      Set<Path> before = files(folder);
      click(link);
      Path[] saved = new Path[1];
      browser.waitUntil("a download from " + link + " in " + folder, () -> {
        Set<Path> now = files(folder);
        now.removeAll(before);
        saved[0] = now.stream().filter(f -> !f.toString().endsWith(".crdownload")).findFirst().orElse(null);
        return saved[0] != null && now.stream().noneMatch(f -> f.toString().endsWith(".crdownload"));
      });
      return saved[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Emulates a screen of this size (CSS pixels); a phone width also gets touch and the mobile viewport. */
  public void screen(int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /**
   * Whether the page fits the screen it is shown on: it must not scroll sideways (document
   * scrollWidth at most the viewport width + 1), and each element the selectors match must be shown,
   * lie inside the viewport horizontally (or inside a box the user scrolls sideways that does), and
   * not cut its text off (an element that hides its overflow must not have more content than room);
   * a button's short label must stay on one line, a chart must not be shrunk below three quarters of
   * its size and a table's columns not below two characters.
   *
   * @return what is wrong, one line each; empty when the page fits
   */
  @SuppressWarnings("unchecked")
  public List<String> layoutProblems(String... keyElements) {
    return (List<String>) ((JavascriptExecutor) driver).executeScript(LAYOUT_CHECK, List.of(keyElements));
  }

  private static final String LAYOUT_CHECK = """
      const selectors = arguments[0];
      const vw = document.documentElement.clientWidth;
      const problems = [];
      const page = document.documentElement.scrollWidth;
      if (page > vw + 1) problems.push('page scrolls sideways: content ' + page + ' px wide, screen ' + vw + ' px');
      const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const scroller = (e) => {
        for (let p = e.parentElement; p; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if ((o === 'auto' || o === 'scroll') && p !== document.body && p !== document.documentElement) return p;
        }
        return null;
      };
      const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
          + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
          + ' “' + (e.innerText || e.value || '').trim().slice(0, 20) + '”';
      for (const selector of selectors) {
        const all = [...document.querySelectorAll(selector)];
        const visible = all.filter(shown);
        if (visible.length === 0) { problems.push(selector + ': not shown'); continue; }
        for (const e of visible) {
          const box = scroller(e) || e;
          const r = box.getBoundingClientRect();
          if (r.left < -1 || r.right > vw + 1) {
            problems.push(selector + ': ' + name(e) + ' lies outside the screen (' + Math.round(r.left) + '..'
                + Math.round(r.right) + ' of ' + vw + ' px)');
          }
          const style = getComputedStyle(e);
          const hides = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
          if (hides && e.scrollWidth > e.clientWidth + 1) {
            problems.push(selector + ': ' + name(e) + ' cuts its text off (' + e.scrollWidth + ' px in ' + e.clientWidth + ' px)');
          }
          const font = parseFloat(style.fontSize);
          const view = e.tagName === 'svg' && e.viewBox && e.viewBox.baseVal;
          if (view && view.width > 0 && e.getBoundingClientRect().width < view.width * 0.75) {
            problems.push(selector + ': ' + name(e) + ' is drawn at ' + Math.round(100 * e.getBoundingClientRect().width / view.width)
                + '% of its size, its labels too small to read');
          }
          if (e.tagName === 'TABLE') {
            const narrow = [...e.querySelectorAll('th')]
                .filter((th) => shown(th) && getComputedStyle(th).display === 'table-cell' && th.getBoundingClientRect().width < 2.5 * font);
            if (narrow.length) problems.push(selector + ': ' + narrow.length + ' columns squeezed narrower than two characters');
          }
          if ((e.tagName === 'BUTTON' || e.classList.contains('button')) && (e.innerText || '').trim().length <= 12) {
            const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
            const text = e.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
            if (text > line * 1.5) problems.push(selector + ': ' + name(e) + ' breaks its short label over lines');
          }
        }
      }
      return problems;
      """;

  private static Set<Path> files(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return new TreeSet<>(list.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
