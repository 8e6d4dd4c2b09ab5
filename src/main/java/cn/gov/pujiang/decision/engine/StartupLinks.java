package cn.gov.pujiang.decision.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs where the webapps and the REST API answer, so a new user knows where to click. */
@Component
class StartupLinks {

  private static final Logger log = LoggerFactory.getLogger(StartupLinks.class);

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    String base = "http://localhost:" + web.getWebServer().getPort();
    log.info(
        "\n  Tasklist (待办任务): {}/camunda/app/tasklist/"
            + "\n  Cockpit  (流程监控): {}/camunda/app/cockpit/"
            + "\n  Admin    (系统管理): {}/camunda/app/admin/"
            + "\n  REST API (引擎接口): {}/engine-rest/engine",
        base, base, base, base);
  }
}
