package cn.gov.pujiang.decision.support.browser;

import cn.gov.pujiang.decision.support.browser.FormSchema.Field;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in Debian's headless Chromium, used the way a civil servant uses it: log in,
 * open a task, claim it, fill the Camunda Form field by field (typing, ticking, picking from the
 * drop-down by its Chinese label), press 完成 / Complete, and read what Tasklist answers. Any
 * error Tasklist shows, or any field the user could not fill, fails the test with that text.
 *
 * <p>The browser and driver come from Debian ({@code apt-get install chromium chromium-driver});
 * other paths can be given with -Dbrowser.chromium and -Dbrowser.chromedriver.
 */
public class TasklistBrowser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  /** The header's 发起流程 / Start process link (Create task shares its ng-click). */
  private static final By START_PROCESS =
      By.xpath("//a[@ng-click='open()'][.//span[contains(@class,'glyphicon-list-alt')]]");

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path screenshots;
  private String loggedInUser;
  /** Where the form being filled is rendered: the start dialog or the task pane. */
  private By formContainer;

  private TasklistBrowser(ChromeDriver driver, String baseUrl, Path screenshots) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.screenshots = screenshots;
  }

  public static TasklistBrowser open(String baseUrl, Path screenshots) {
    String chromium = System.getProperty("browser.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Chromium and ChromeDriver (" + chromium + ", " + chromedriver
              + "): on Debian `apt-get install chromium chromium-driver`; .ci/run installs them.");
    }
    try {
      Files.createDirectories(screenshots);
      Path profile = Files.createTempDirectory("tasklist-browser-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium);
      options.addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile);
      // The webapps choose their language from the browser's Accept-Language: a county official's is Chinese.
      // Exports and PDFs are saved, not shown, so a test can read what the user would get.
      options.setExperimentalOption("prefs", Map.of(
          "intl.accept_languages", "zh-CN,zh",
          "download.prompt_for_download", false,
          "plugins.always_open_pdf_externally", true));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(chromedriver))
              .usingAnyFreePort()
              // The county's users are in China: dates typed and shown in the browser are Beijing time.
              .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
              .build();
      return new TasklistBrowser(new ChromeDriver(service, options), baseUrl, screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs in on the application's one login page (/login, shared by Tasklist, Cockpit, Admin and the
   * application's pages) as the user, leaving any other session, then opens Tasklist.
   */
  public void loginAs(String userId, String password) {
    if (userId.equals(loggedInUser)) {
      return;
    }
    signIn(userId, password);
    driver.get(baseUrl + TASKLIST);
    try {
      waitUntil("Tasklist after login as " + userId, () -> present(START_PROCESS));
    } catch (org.openqa.selenium.TimeoutException slowFirstLoad) {
      // On a loaded machine Tasklist's first load can stall; a user would reload the page once.
      driver.navigate().refresh();
      waitUntil("Tasklist after login as " + userId + " and a reload", () -> present(START_PROCESS));
    }
  }

  /** Signs in on /login as the user, leaving any other session; stays wherever the login lands. */
  public void signIn(String userId, String password) {
    if (userId.equals(loggedInUser)) {
      return;
    }
    driver.manage().deleteAllCookies();
    driver.get("about:blank");
    driver.get(baseUrl + "/login");
    waitFor(By.id("username")).sendKeys(userId);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form button[type='submit'], form input[type='submit']")).click();
    waitUntil("the login of " + userId, () -> !driver.getCurrentUrl().contains("/login"));
    loggedInUser = userId;
  }

  /** Opens 发起流程 / Start process, picks the process by its Chinese name, fills and submits its form. */
  public void startProcess(String processName, FormSchema form, Map<String, Object> values, BooleanSupplier started) {
    driver.get("about:blank");
    driver.get(baseUrl + TASKLIST + "#/");
    click(waitFor(START_PROCESS));
    click(waitFor(By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + processName + "']")));
    formContainer = By.cssSelector(".modal .fjs-container");
    WebElement container = waitFor(formContainer);
    fill(container, form, values);
    screenshot("start-" + form.id());
    click(waitForEnabled(By.cssSelector("button[ng-click='startProcessInstance()']")));
    awaitOutcome("start of " + processName, started);
  }

  /** Opens the task, claims it if nobody has, fills its form with the values and completes it. */
  public void completeTask(String taskId, FormSchema form, Map<String, Object> values, BooleanSupplier completed) {
    completeTask(taskId, form, values, completed, Set.of());
  }

  /**
   * As {@link #completeTask(String, FormSchema, Map, BooleanSupplier)}, after checking that the form
   * shows a value in each of the named read-only fields: a variable the process does not hold (a
   * call activity that does not map it in) would leave the field silently empty.
   */
  public void completeTask(String taskId, FormSchema form, Map<String, Object> values, BooleanSupplier completed,
      Set<String> readOnlyShown) {
    driver.get("about:blank");
    driver.get(baseUrl + TASKLIST + "#/?task=" + taskId);
    waitUntil("task " + taskId + " opened",
        () -> displayed(By.cssSelector("button[ng-click='claim()']")) || present(By.cssSelector("[cam-tasklist-form] .fjs-container")));
    claimIfUnclaimed(taskId);
    formContainer = By.cssSelector("[cam-tasklist-form] .fjs-container");
    WebElement container = waitFor(formContainer);
    for (String key : readOnlyShown) {
      waitUntil("form " + form.id() + " to show the value of " + key + " in its read-only field",
          () -> !shownValue(form, key).isBlank());
    }
    fill(container, form, values);
    screenshot("task-" + form.id());
    click(waitForEnabled(By.cssSelector("button[ng-click='complete()']")));
    awaitOutcome("completion of task " + taskId + " (" + form.id() + ")", completed);
  }

  /**
   * Opens Tasklist, picks the filter by its Chinese name in the filter list and waits until the list
   * under it shows a task whose entry contains every given text (task name, decision title...).
   *
   * @return the text of that task's entry as the user reads it
   */
  public String taskUnderFilter(String filterName, String... texts) {
    driver.get("about:blank");
    driver.get(baseUrl + TASKLIST + "#/");
    By filter = By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[starts-with(normalize-space(.), '"
        + filterName + "')]");
    click(waitFor(filter));
    waitUntil("filter " + filterName + " chosen",
        () -> driver.findElements(By.cssSelector(".task-filter.active h4.name a")).stream()
            .anyMatch(a -> a.getText().trim().startsWith(filterName)));
    String[] found = new String[1];
    waitUntil("a task with " + String.join(", ", texts) + " under " + filterName, () -> {
      for (WebElement entry : driver.findElements(By.cssSelector(".tasks-list li.task"))) {
        String text = entry.getText();
        if (java.util.Arrays.stream(texts).allMatch(text::contains)) {
          found[0] = text;
          return true;
        }
      }
      return false;
    });
    return found[0];
  }

  /**
   * Opens the task in Tasklist, claims it if nobody has, and waits for its form.
   *
   * @return the address of the form's link to the decision's dossier page
   */
  public String openTask(String taskId) {
    driver.get("about:blank");
    driver.get(baseUrl + TASKLIST + "#/?task=" + taskId);
    waitUntil("task " + taskId + " opened",
        () -> displayed(By.cssSelector("button[ng-click='claim()']")) || present(By.cssSelector("[cam-tasklist-form] .fjs-container")));
    claimIfUnclaimed(taskId);
    formContainer = By.cssSelector("[cam-tasklist-form] .fjs-container");
    return waitFor(By.cssSelector("[cam-tasklist-form] .fjs-container a[href*='dossier.html']")).getAttribute("href");
  }

  /**
   * Presses 认领 if the task shows it. On a loaded machine a click can land before Tasklist has wired
   * the button, so a user would press it again: up to three presses, ten seconds apart.
   */
  private void claimIfUnclaimed(String taskId) {
    By claim = By.cssSelector("button[ng-click='claim()']");
    for (int press = 0; press < 3 && displayed(claim); press++) {
      try {
        click(driver.findElement(claim));
      } catch (StaleElementReferenceException | ElementClickInterceptedException notYet) {
        // re-rendered or covered by a tooltip: the next round presses again
      }
      within(Duration.ofSeconds(10), () -> !displayed(claim));
    }
    waitUntil("task " + taskId + " claimed", () -> !displayed(claim));
  }

  /** What the open task's form shows in the field (read-only fields included), scrolled into view as the user reads it. */
  public String shownValue(FormSchema form, String key) {
    Field field = form.field(key).orElseThrow(() -> new AssertionError("form " + form.id() + " has no field " + key));
    WebElement wrapper = fieldWrapper(null, field, Duration.ofSeconds(10))
        .orElseThrow(() -> new AssertionError("form " + form.id() + " does not show " + key));
    scrollTo(wrapper);
    List<WebElement> inputs = wrapper.findElements(By.cssSelector("input, textarea"));
    return inputs.isEmpty() ? wrapper.getText() : inputs.get(0).getAttribute("value");
  }

  public Path screenshot(String name) {
    Path file = screenshots.resolve(name + ".png");
    try {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Opens any page of the application (a path from the root, e.g. "/app/dossier.html?no=…" or a
   * webapp route) as the logged-in user and waits until what the user reads (the page's visible
   * text and the values shown in its form fields) contains the given text; returns what they read.
   */
  public String openPage(String path, String expectedText) {
    driver.get("about:blank");
    driver.get(baseUrl + path);
    waitUntil(path + " showing \"" + expectedText + "\"", () -> textAndFieldValues().contains(expectedText));
    return textAndFieldValues();
  }

  private String textAndFieldValues() {
    Object values = driver.executeScript(
        "return [...document.querySelectorAll('input, textarea')].map(f => f.value).join('\\n');");
    return pageText() + "\n" + values;
  }

  /** Runs a script in the page and returns its result (for checks on what the page did). */
  public Object script(String javascript) {
    return driver.executeScript(javascript);
  }

  /** The visible text of the page, for assertions on what the user reads. */
  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  ChromeDriver driver() {
    return driver;
  }

  String baseUrl() {
    return baseUrl;
  }

  @Override
  public void close() {
    driver.quit();
  }

  // --- filling a Camunda Form ----------------------------------------------------------------

  private void fill(WebElement container, FormSchema form, Map<String, Object> values) {
    for (String key : values.keySet()) {
      if (form.field(key).isEmpty()) {
        throw new AssertionError("form " + form.id() + " has no field " + key + ": a user cannot enter " + values.get(key));
      }
    }
    for (Field field : form.fields()) {
      if (!values.containsKey(field.key())) {
        continue;
      }
      Object value = values.get(field.key());
      boolean blank = value == null || "".equals(value) || Boolean.FALSE.equals(value);
      if (field.readonly()) {
        throw new AssertionError("form " + form.id() + " shows " + field.key() + " read-only: a user cannot enter " + value);
      }
      Optional<WebElement> wrapper = fieldWrapper(container, field, blank ? Duration.ofMillis(300) : Duration.ofSeconds(3));
      if (wrapper.isEmpty()) {
        if (blank) {
          continue;
        }
        throw new AssertionError("form " + form.id() + " hides field " + field.key() + ", but the value " + value + " is needed");
      }
      if (field.type().equals("textfield") || field.type().equals("textarea") || field.type().equals("number")) {
        typeUntilKept(container, field, String.valueOf(value));
      } else if (field.type().equals("select")) {
        String label =
            field.labelOf(value)
                .orElseThrow(() -> new AssertionError("form " + form.id() + " offers no option " + value + " for " + field.key()));
        chooseFromDropdown(container, field, field.indexOf(value), label);
      } else {
        enter(wrapper.get(), form, field, value);
      }
    }
  }

  private void enter(WebElement wrapper, FormSchema form, Field field, Object value) {
    switch (field.type()) {
      case "checkbox" -> {
        WebElement box = input(wrapper, field);
        if (box.isSelected() != Boolean.TRUE.equals(value)) {
          click(box);
        }
      }
      case "radio" -> {
        int index = field.indexOf(value);
        List<WebElement> radios = wrapper.findElements(By.cssSelector("input[type='radio']"));
        if (index < 0 || index >= radios.size()) {
          throw new AssertionError("form " + form.id() + " offers no option " + value + " for " + field.key());
        }
        click(radios.get(index));
      }
      case "datetime" -> {
        WebElement date = wrapper.findElement(By.cssSelector("input"));
        type(date, usDate(String.valueOf(value)));
        date.sendKeys(Keys.ESCAPE);
        // Leave the field as a user does by moving on; Tab would open the next drop-down on focus.
        ((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
      }
      default -> throw new AssertionError("form " + form.id() + ": the test cannot fill a " + field.type() + " field");
    }
  }

  /**
   * Opens the drop-down and picks the option with the keyboard (arrow keys, Enter), as a user can:
   * at the bottom of the task pane the list opens out of view, and scrolling to it closes it.
   */
  private void chooseFromDropdown(WebElement container, Field field, int index, String label) {
    WebElement wrapper = null;
    StringBuilder attempts = new StringBuilder();
    for (int attempt = 0; attempt < 3; attempt++) {
      wrapper = fieldWrapper(container, field, Duration.ofSeconds(3)).orElseThrow();
      try {
        if (wrapper.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
          click(wrapper.findElement(By.cssSelector(".fjs-select-display")));
          WebElement opened = wrapper;
          within(Duration.ofSeconds(2), () -> !opened.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
        }
      } catch (StaleElementReferenceException rerendered) {
        continue;
      }
      List<WebElement> items = wrapper.findElements(By.cssSelector(".fjs-dropdownlist-item"));
      if (index < items.size() && items.get(index).isDisplayed() && label.equals(items.get(index).getText().trim())) {
        try {
          items.get(index).click();
          return;
        } catch (ElementClickInterceptedException underFooter) {
          // the option is drawn under Tasklist's footer: choose it with the keyboard below
        }
      }
      if (!items.isEmpty()) {
        for (int step = 0; step < 2 * items.size() + 2; step++) {
          int focused = focusedOption(wrapper);
          if (focused == index) {
            break;
          }
          new Actions(driver).sendKeys(focused < index ? Keys.ARROW_DOWN : Keys.ARROW_UP).perform();
          WebElement list = wrapper;
          within(Duration.ofSeconds(1), () -> focusedOption(list) != focused);
        }
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        WebElement chosen = wrapper;
        within(Duration.ofSeconds(2), () -> chosen.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()
            || label.equals(chosen.findElement(By.cssSelector(".fjs-select-display")).getText().trim()));
        try {
          if (label.equals(wrapper.findElement(By.cssSelector(".fjs-select-display")).getText().trim())) {
            return;
          }
        } catch (StaleElementReferenceException rerendered) {
          WebElement fresh = fieldWrapper(container, field, Duration.ofSeconds(3)).orElseThrow();
          if (label.equals(fresh.findElement(By.cssSelector(".fjs-select-display")).getText().trim())) {
            return;
          }
        }
      }
      attempts.append(" attempt ").append(attempt).append(": ").append(items.size()).append(" options");
      new Actions(driver).sendKeys(Keys.ESCAPE).perform();
      WebElement closing = wrapper;
      within(Duration.ofSeconds(2), () -> closing.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
    }
    throw new AssertionError("the drop-down of " + field.key() + " does not take " + label + ";" + attempts + "; screenshot "
        + screenshot("dropdown-" + field.key()) + "; field: " + (wrapper == null ? "" : wrapper.getAttribute("outerHTML")));
  }

  private static int focusedOption(WebElement wrapper) {
    List<WebElement> items = wrapper.findElements(By.cssSelector(".fjs-dropdownlist-item"));
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).getAttribute("class").contains("focused")) {
        return i;
      }
    }
    return -1;
  }

  /** form-js's date picker takes typed dates as MM/DD/YYYY and submits them as ISO dates. */
  private static String usDate(String isoDate) {
    String[] p = isoDate.substring(0, 10).split("-");
    return p[1] + "/" + p[2] + "/" + p[0];
  }

  /** The field's box (label, input, error) if the form shows the field now; form-js removes hidden ones. */
  private Optional<WebElement> fieldWrapper(WebElement ignoredContainer, Field field, Duration patience) {
    String suffix = "-" + field.id();
    By inField =
        By.xpath(".//*[@id and (substring(@id, string-length(@id) - " + (suffix.length() - 1) + ") = '" + suffix
            + "' or contains(@id, '" + suffix + "-'))]"
            + "/ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')][1]");
    try {
      // Tasklist may re-render the whole form; look it up afresh every time (a stale one is tried again).
      return Optional.of(new WebDriverWait(driver, patience, Duration.ofMillis(100))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> d.findElements(formContainer).stream()
              .flatMap(container -> container.findElements(inField).stream())
              .findFirst().orElse(null)));
    } catch (TimeoutException notShown) {
      return Optional.empty();
    }
  }

  private static WebElement input(WebElement wrapper, Field field) {
    List<WebElement> inputs = wrapper.findElements(By.cssSelector("input, textarea"));
    return inputs.stream()
        .filter(e -> e.getAttribute("id") != null && e.getAttribute("id").endsWith("-" + field.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no input for field " + field.key()));
  }

  /**
   * Types into a text field and checks the form kept it: a field that form-js has just shown
   * (after the box it depends on was ticked) can be re-rendered under the cursor and lose the text.
   */
  private void typeUntilKept(WebElement container, Field field, String text) {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        WebElement input = input(fieldWrapper(container, field, Duration.ofSeconds(3)).orElseThrow(), field);
        if (!text.equals(input.getAttribute("value"))) {
          type(input, text);
        }
        if (within(Duration.ofSeconds(3), keptOnTwoReadings(field, text))) {
          return;
        }
      } catch (StaleElementReferenceException rerendered) {
        // typed into an element form-js replaced; find the new one and type again
      }
    }
    throw new AssertionError("field " + field.key() + " does not keep the typed text " + text);
  }

  /**
   * True when the field, looked up afresh, holds the text on two readings in a row (250 ms apart):
   * form-js re-renders a field it has just shown once, and a text typed before that is lost.
   */
  private BooleanSupplier keptOnTwoReadings(Field field, String text) {
    int[] inARow = {0};
    return () -> {
      WebElement input = input(fieldWrapper(null, field, Duration.ofSeconds(3)).orElseThrow(), field);
      inARow[0] = text.equals(input.getAttribute("value")) ? inARow[0] + 1 : 0;
      return inARow[0] >= 2;
    };
  }

  private void type(WebElement element, String text) {
    scrollTo(element);
    element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    element.sendKeys(text);
  }

  // --- waiting and reading Tasklist's answer -------------------------------------------------

  /** Waits until the outcome happened, failing at once with what Tasklist shows if it refuses. */
  private void awaitOutcome(String what, BooleanSupplier done) {
    String[] errors = {""};
    boolean happened = within(WAIT, () -> {
      if (done.getAsBoolean()) {
        return true;
      }
      errors[0] = visibleText(By.cssSelector(".alert-danger, .fjs-form-field-error"));
      return !errors[0].isBlank();
    });
    if (happened && errors[0].isBlank()) {
      return;
    }
    screenshot((happened ? "failed-" : "timeout-") + System.currentTimeMillis());
    if (happened) {
      throw new AssertionError(what + " refused; Tasklist shows: " + errors[0]);
    }
    throw new AssertionError(what + " did not happen within " + WAIT.toSeconds() + " s; page shows: " + pageText());
  }

  private String visibleText(By by) {
    StringBuilder text = new StringBuilder();
    for (WebElement element : driver.findElements(by)) {
      try {
        if (element.isDisplayed() && !element.getText().isBlank()) {
          text.append(text.isEmpty() ? "" : " | ").append(element.getText());
        }
      } catch (StaleElementReferenceException gone) {
        // Tasklist re-rendered the element while we read it; what is on screen now is read next round.
      }
    }
    return text.toString();
  }

  WebElement waitFor(By by) {
    return waitFor(driver, by);
  }

  private WebElement waitFor(SearchContext context, By by) {
    return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "waiting for " + by + " on " + driver.getCurrentUrl() + "; screenshot "
            + screenshot("timeout-" + System.currentTimeMillis()) + "; page shows: " + pageText())
        .until(d -> context.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  private WebElement waitForEnabled(By by) {
    return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "waiting for " + by + " to be enabled")
        .until(d -> d.findElements(by).stream().filter(e -> e.isDisplayed() && e.isEnabled()).findFirst().orElse(null));
  }

  /** Waits until the condition holds, failing with a screenshot and what the page shows after a minute. */
  public void waitUntil(String what, BooleanSupplier condition) {
    new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "waiting for " + what + " on " + driver.getCurrentUrl() + "; screenshot "
            + screenshot("timeout-" + System.currentTimeMillis()) + "; page shows: " + pageText())
        .until(d -> condition.getAsBoolean());
  }

  private boolean present(By by) {
    return !driver.findElements(by).isEmpty();
  }

  private boolean displayed(By by) {
    try {
      return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    } catch (StaleElementReferenceException rerendered) {
      return false;
    }
  }

  void click(WebElement element) {
    scrollTo(element);
    element.click();
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /**
   * Waits up to {@code patience} for the condition, looking every 250 ms at the most (a re-rendered
   * element counts as not yet); false when it did not come true in time, for callers that then try
   * another way as a user would.
   */
  private boolean within(Duration patience, BooleanSupplier condition) {
    try {
      return new WebDriverWait(driver, patience, Duration.ofMillis(patience.toMillis() < 2000 ? 100 : 250))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> condition.getAsBoolean());
    } catch (TimeoutException notInTime) {
      return false;
    }
  }
}
