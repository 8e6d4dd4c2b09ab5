package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/**
 * The hash chain on PostgreSQL: sealing (with its row lock) and verifying must read the same canonical
 * text there as on H2, whatever the timestamp precision and JDBC types.
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class ArchiveChainIT extends ArchiveChainTest {}
