package cn.gov.pujiang.decision.tasklist;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring scheduling for {@link TaskFilters#refreshDateBoundFilters()}. The cron is
 * {@code decision.tasklist.filter-refresh-cron}; "-" switches the refresh off (the fast tests do,
 * because they move the engine clock).
 */
@Configuration
@EnableScheduling
class TaskFilterScheduling {}
