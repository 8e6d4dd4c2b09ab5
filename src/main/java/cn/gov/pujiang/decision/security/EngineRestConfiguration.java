package cn.gov.pujiang.decision.security;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's Jersey application for /engine-rest (replacing the starter's default bean, as the
 * starter's documentation describes) with the application's exception mappers ({@link EngineRestProviders}:
 * the one problem shape with Chinese messages, 409 when two people complete one task, 503 when the
 * database cannot be reached). The webapps' /camunda/api/* get the same mappers by auto-discovery.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    EngineRestProviders.mappers().forEach(this::register);
  }
}
