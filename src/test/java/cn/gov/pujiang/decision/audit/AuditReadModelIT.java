package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/** {@link AuditReadModelTest} on PostgreSQL: the read model's SQL and its locking must work there too. */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class AuditReadModelIT extends AuditReadModelTest {}
