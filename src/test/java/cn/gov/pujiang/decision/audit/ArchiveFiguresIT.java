package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/** {@link ArchiveFiguresTest} on PostgreSQL: the figures' and timeline's SQL must agree. */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class ArchiveFiguresIT extends ArchiveFiguresTest {}
