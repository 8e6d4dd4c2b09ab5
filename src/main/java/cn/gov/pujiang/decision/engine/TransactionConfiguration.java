package cn.gov.pujiang.decision.engine;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One transaction for the engine and the application's JPA tables. Camunda's starter would
 * otherwise register a plain DataSourceTransactionManager first, and a delegate's JPA writes would
 * commit on their own even when the engine rolls the step back. The JPA transaction manager binds
 * the JDBC connection that the engine uses as well, so a process step and its records commit or
 * roll back together.
 */
@Configuration
class TransactionConfiguration {

  @Bean
  PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
    return new JpaTransactionManager(entityManagerFactory);
  }
}
