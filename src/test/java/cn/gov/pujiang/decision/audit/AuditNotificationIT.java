package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import org.springframework.test.context.ContextConfiguration;

/** Reminders and escalations in the timeline ({@link AuditNotificationTest}) again on PostgreSQL. */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class AuditNotificationIT extends AuditNotificationTest {}
