package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/** {@link ConformanceEngineTest} on PostgreSQL: no false positive on the lifecycle paths, the interventions found. */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class ConformanceEngineIT extends ConformanceEngineTest {}
