package cn.gov.pujiang.decision.engine;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts a process as the application, after the caller has checked its own rules (the unit the user
 * may act for, the state of the record the process belongs to). Some processes grant nobody
 * CREATE_INSTANCE, so that nobody can start them through /engine-rest with made-up variables; the
 * application starts them here, with the signed-in user still recorded as the one who started it. This
 * is the one place that starts a process with the engine's authorization checks off ({@link AsApplication}).
 */
@Component
public class StartAsApplication {

  private final ProcessEngine engine;

  public StartAsApplication(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Starts the latest version of {@code processKey}; joins the caller's transaction. */
  public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
    return AsApplication.run(engine,
        () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables));
  }
}
