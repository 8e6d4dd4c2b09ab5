package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/** {@link ArchivePackageTest} on PostgreSQL (numbering under FOR UPDATE, documents, the package). */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class ArchivePackageIT extends ArchivePackageTest {}
