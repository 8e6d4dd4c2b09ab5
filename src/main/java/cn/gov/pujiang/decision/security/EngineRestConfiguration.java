package cn.gov.pujiang.decision.security;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's Jersey application for /engine-rest (replacing the starter's default bean, as the
 * starter's documentation describes) with the application's additions: {@link TaskConflictMapper}.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(TaskConflictMapper.class);
  }
}
