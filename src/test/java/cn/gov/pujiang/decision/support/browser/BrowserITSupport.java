package cn.gov.pujiang.decision.support.browser;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The browser tests' common ground: the whole application with the Camunda webapps on a random port,
 * on PostgreSQL, with the demo organisation (one Spring context for all of them), and a browser that
 * is closed after each test together with the engine clock and the signed-in user it may have set.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.webapp.enabled=true")
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
public abstract class BrowserITSupport {

  @LocalServerPort protected int port;

  @Autowired protected IdentityService identityService;

  /** Opened by each test (or its set-up) with the screenshot folder it wants. */
  protected TasklistBrowser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
    ClockUtil.reset();
    identityService.clearAuthentication();
  }
}
