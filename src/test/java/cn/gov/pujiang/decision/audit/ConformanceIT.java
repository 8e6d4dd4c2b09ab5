package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/** The conformance rules, runs and exports of {@link ConformanceTest} again on PostgreSQL: the SQL must agree. */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class ConformanceIT extends ConformanceTest {}
