package cn.gov.pujiang.decision.argumentation;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/** {@link ExpertArgumentationProcessTest} on PostgreSQL: the expert pool's tables and checks. */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class ExpertArgumentationProcessIT extends ExpertArgumentationProcessTest {}
