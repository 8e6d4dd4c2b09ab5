package cn.gov.pujiang.decision.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Engine calls made by the application after it has checked its own rules: one application-defined command
 * (which the intervention guard leaves to the application) with the engine's authorization checks off.
 * Nested engine calls join the command's context and Spring transaction.
 */
public final class AsApplication {

  private AsApplication() {}

  public static <T> T run(ProcessEngine engine, Supplier<T> work) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Command<T> command = commandContext -> {
      boolean checking = commandContext.isAuthorizationCheckEnabled();
      commandContext.disableAuthorizationCheck();
      try {
        return work.get();
      } finally {
        if (checking) {
          commandContext.enableAuthorizationCheck();
        }
      }
    };
    return configuration.getCommandExecutorTxRequired().execute(command);
  }
}
