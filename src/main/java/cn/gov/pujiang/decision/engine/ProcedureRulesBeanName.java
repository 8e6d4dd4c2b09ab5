package cn.gov.pujiang.decision.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes {@link ProcedureRules} to BPMN expressions under the short name "procedureRules". */
@Configuration
class ProcedureRulesBeanName {

  @Bean("procedureRules")
  @ConfigurationProperties("decision.rules")
  ProcedureRules procedureRules() {
    return new ProcedureRules();
  }
}
