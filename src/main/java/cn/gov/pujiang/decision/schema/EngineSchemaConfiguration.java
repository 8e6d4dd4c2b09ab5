package cn.gov.pujiang.decision.schema;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's schema is a Flyway migration (ADR 0029). Flyway must therefore have run before the
 * process engine is built; the engine runs with schema-update false and would refuse to start on a
 * database without its tables.
 */
@Configuration(proxyBeanMethods = false)
class EngineSchemaConfiguration {

  /** Version 24: after the application's migrations up to V23, which never touch the engine's tables. */
  static final String INSTALL_VERSION = "24";

  @Bean
  EngineSchemaMigration engineSchema724() {
    return EngineSchemaMigration.install(INSTALL_VERSION);
  }

  @Bean
  static AbstractDependsOnBeanFactoryPostProcessor processEngineAfterFlyway() {
    return new AbstractDependsOnBeanFactoryPostProcessor(ProcessEngine.class, FlywayMigrationInitializer.class) {};
  }

  @Bean
  static AbstractDependsOnBeanFactoryPostProcessor processEngineFactoryAfterFlyway() {
    return new AbstractDependsOnBeanFactoryPostProcessor(
        ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class) {};
  }
}
