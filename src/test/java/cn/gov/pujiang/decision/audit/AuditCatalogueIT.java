package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/** The catalogue filters and figures of {@link AuditCatalogueTest} again on PostgreSQL. */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class AuditCatalogueIT extends AuditCatalogueTest {}
