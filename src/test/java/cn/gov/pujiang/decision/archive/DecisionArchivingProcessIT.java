package cn.gov.pujiang.decision.archive;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link DecisionArchivingProcessTest} on PostgreSQL: DA/T 22 numbering (the unit's configuration row
 * locked FOR UPDATE, the unique key on the number's parts), archiving at publication and supplements.
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class DecisionArchivingProcessIT extends DecisionArchivingProcessTest {}
