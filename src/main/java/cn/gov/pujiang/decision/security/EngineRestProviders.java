package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.web.EngineProblemMappers;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers the application's exception mappers on every Jersey application of the server: the
 * application's own {@code /engine-rest} ({@link EngineRestConfiguration}) and the webapps'
 * {@code /camunda/api/*}, whose Jersey application Camunda builds and the application cannot configure
 * otherwise. Jersey finds this class through {@code META-INF/services} (forced auto-discovery, so a
 * {@code jersey.config.disableAutoDiscovery} setting does not remove the refusal mapping).
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(2000)
public class EngineRestProviders implements ForcedAutoDiscoverable {

  /** Every exception mapper of the engine's REST doors. */
  public static List<Class<?>> mappers() {
    List<Class<?>> mappers = new ArrayList<>(List.of(EngineProblemMappers.MAPPERS));
    mappers.add(TaskConflictMapper.class);
    mappers.add(TaskConflictMapper.LockConflict.class);
    return mappers;
  }

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper : mappers()) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }
}
