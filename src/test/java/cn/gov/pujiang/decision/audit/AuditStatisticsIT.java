package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/** The hand-built history tests of {@link AuditStatisticsTest} again on PostgreSQL: the SQL must agree. */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class AuditStatisticsIT extends AuditStatisticsTest {}
