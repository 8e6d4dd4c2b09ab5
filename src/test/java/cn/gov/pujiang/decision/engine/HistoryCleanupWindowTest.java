package cn.gov.pujiang.decision.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Production schedules Camunda's history cleanup in a night window (ADR 0002): without a window the engine
 * never runs it and its history grows for ever. The window is read from application-prod.yaml as Spring
 * resolves it (placeholders with their defaults) and given to an engine, which must accept it and
 * schedule the cleanup job.
 */
class HistoryCleanupWindowTest {

  private static final String PREFIX = "camunda.bpm.generic-properties.properties.";

  @Test
  void productionSchedulesTheHistoryCleanupInTheNightWindow() throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    List<PropertySource<?>> sources =
        new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yaml"));
    sources.forEach(environment.getPropertySources()::addLast);
    String start = environment.getProperty(PREFIX + "history-cleanup-batch-window-start-time");
    String end = environment.getProperty(PREFIX + "history-cleanup-batch-window-end-time");
    assertThat(start).as("window start in application-prod.yaml").isEqualTo("01:00");
    assertThat(end).as("window end in application-prod.yaml").isEqualTo("05:00");
    assertThat(environment.getProperty(PREFIX + "history-cleanup-degree-of-parallelism")).isEqualTo("1");

    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:cleanup-window;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("cleanup-window");
    configuration.setJobExecutorActivate(false);
    configuration.setHistoryCleanupBatchWindowStartTime(start);
    configuration.setHistoryCleanupBatchWindowEndTime(end);
    configuration.setHistoryCleanupDegreeOfParallelism(1);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
      assertThat(jobs).as("the cleanup job is scheduled by the window alone").hasSize(1);
      assertThat(jobs.get(0).getDuedate()).isNotNull();
    } finally {
      engine.close();
    }
  }
}
