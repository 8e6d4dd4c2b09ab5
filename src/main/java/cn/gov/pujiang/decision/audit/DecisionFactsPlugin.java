package cn.gov.pujiang.decision.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the auditor read model ({@link DecisionFacts}) in step with the engine: a history event
 * handler, next to the engine's own database handler, that notes the process tree of every task and
 * process instance event (create, update of a due date, complete, delete, start, end) for
 * recomputation before the engine's transaction commits. After the engine is built it fills in the
 * facts of decisions that have none (the backfill after V8), before the application takes requests.
 */
@Component
class DecisionFactsPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(DecisionFactsPlugin.class);

  private final DecisionFacts facts;

  DecisionFactsPlugin(DecisionFacts facts) {
    this.facts = facts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(new Handler());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    long start = System.nanoTime();
    int filled = facts.refreshMissing();
    if (filled > 0) {
      log.info("Auditor read model: computed the facts of {} decisions in {} ms", filled,
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  private final class Handler implements HistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricTaskInstanceEventEntity || event instanceof HistoricProcessInstanceEventEntity) {
        facts.processTreeChanged(event.getRootProcessInstanceId());
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
