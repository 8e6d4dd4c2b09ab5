package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.web.DatabaseUnavailableMapper;
import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's Jersey application for /engine-rest (replacing the starter's default bean, as the
 * starter's documentation describes) with the application's additions: {@link TaskConflictMapper}
 * and its {@link TaskConflictMapper.LockConflict} (409 when two people complete one task) and the 503 answers of {@link DatabaseUnavailableMapper}
 * when the database cannot be reached.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(TaskConflictMapper.class);
    register(TaskConflictMapper.LockConflict.class);
    register(DatabaseUnavailableMapper.RuntimeFailure.class);
    register(DatabaseUnavailableMapper.PersistenceFailure.class);
  }
}
