package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/** {@link DecisionCatalogueProcessTest} on PostgreSQL: the catalogue publication record (V20_2). */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class DecisionCatalogueProcessIT extends DecisionCatalogueProcessTest {}
