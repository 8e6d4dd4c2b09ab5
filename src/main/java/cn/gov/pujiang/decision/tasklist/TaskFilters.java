package cn.gov.pujiang.decision.tasklist;

import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.DueDateVariables;
import cn.gov.pujiang.decision.security.FilterAuthorizations;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates and keeps up to date the Tasklist filters of {@link TaskFilterCatalogue}, each shared
 * through a Camunda FILTER authorization (READ, written by security/FilterAuthorizations) with its
 * groups or its user, so that it works once
 * authorizations are switched on. Idempotent: a filter is found again by the key in its properties;
 * filters that administrators created themselves are never touched.
 *
 * <p>At start-up (after the organisation's groups and the demo users) every filter is written; every
 * few minutes the date-bound ones ("已逾期", "本周到期的审查任务") get the current dates and new users
 * get their "我的任务".
 */
@Component
public class TaskFilters {

  private static final Logger log = LoggerFactory.getLogger(TaskFilters.class);

  /** Process variables Tasklist shows under each task: every process of the lifecycle carries them. */
  static final List<Map<String, String>> PROCESS_VARIABLES = List.of(
      Map.of("name", CommonVariables.DECISION_TITLE, "label", "决策事项"),
      Map.of("name", CommonVariables.DECISION_UNIT_NAME, "label", "决策单位"),
      Map.of("name", CommonVariables.DECISION_NO, "label", "决策编号"));

  /**
   * What Tasklist shows under each task: the process variables and the task's own readable due date
   * ({@code 2026-12-16（剩余 5 个工作日）}, 暂定 while the year is not loaded; DueDateVariables).
   */
  static final List<Map<String, String>> SHOWN_VARIABLES = java.util.stream.Stream.concat(PROCESS_VARIABLES.stream(),
      java.util.stream.Stream.of(Map.of("name", DueDateVariables.DUE_DATE_TEXT, "label", "办理期限"))).toList();

  /**
   * The names of {@link #PROCESS_VARIABLES}: a task of a stage process shows them only if its call
   * activity maps them in (ModelConventionsTest checks every call activity against this list).
   */
  public static List<String> shownVariableNames() {
    return PROCESS_VARIABLES.stream().map(v -> v.get("name")).toList();
  }

  private final FilterService filterService;
  private final FilterAuthorizations filterAuthorizations;
  private final IdentityService identityService;
  private final TaskFilterCatalogue catalogue;

  public TaskFilters(
      FilterService filterService,
      FilterAuthorizations filterAuthorizations,
      IdentityService identityService,
      TaskFilterCatalogue catalogue) {
    this.filterService = filterService;
    this.filterAuthorizations = filterAuthorizations;
    this.identityService = identityService;
    this.catalogue = catalogue;
  }

  @EventListener
  @Order(3)
  public void onApplicationReady(ApplicationReadyEvent event) {
    int written = synchronize(true);
    log.info("Tasklist filters ready ({} written)", written);
  }

  /** Recomputes "now" and "this week" in the date-bound filters and adds "我的任务" for new users. */
  @Scheduled(cron = "${decision.tasklist.filter-refresh-cron:0 */5 * * * *}", zone = "Asia/Shanghai")
  public void refreshDateBoundFilters() {
    synchronize(false);
  }

  /**
   * Writes the catalogue's filters. With {@code everything} false, an existing filter is rewritten
   * only if it is date-bound.
   *
   * @return how many filters were created or updated
   */
  public int synchronize(boolean everything) {
    // The application writes these filters, not whoever happens to be logged in on this thread.
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return write(everything);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private int write(boolean everything) {
    Map<String, Filter> existing = existingByKey();
    int written = 0;
    for (TaskFilterSpec spec : catalogue.all()) {
      Filter filter = existing.get(spec.key());
      if (filter != null && !everything && !spec.dateBound()) {
        continue;
      }
      try {
        Filter saved = filterService.saveFilter(apply(filter == null ? filterService.newTaskFilter() : filter, spec));
        grantRead(saved.getId(), spec);
        written++;
      } catch (OptimisticLockingException e) {
        // Another node (or an administrator) wrote the filter at the same moment; the next run retries.
        log.debug("Filter {} changed concurrently, left for the next refresh", spec.key());
      }
    }
    return written;
  }

  /** The application's filters by key. */
  public Map<String, Filter> existingByKey() {
    Map<String, Filter> byKey = new HashMap<>();
    for (Filter filter : filterService.createTaskFilterQuery().list()) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get(TaskFilterCatalogue.KEY_PROPERTY);
      if (key instanceof String k) {
        byKey.put(k, filter);
      }
    }
    return byKey;
  }

  private static Filter apply(Filter filter, TaskFilterSpec spec) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (filter.getProperties() != null) {
      properties.putAll(filter.getProperties());
    }
    properties.put(TaskFilterCatalogue.KEY_PROPERTY, spec.key());
    properties.put("description", spec.description());
    properties.put("priority", spec.priority());
    properties.put("color", spec.color());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", SHOWN_VARIABLES);
    filter.setName(spec.name());
    filter.setOwner(spec.owner());
    filter.setProperties(properties);
    filter.setQuery(spec.query());
    return filter;
  }

  private void grantRead(String filterId, TaskFilterSpec spec) {
    for (String group : spec.readerGroups()) {
      filterAuthorizations.grantRead(filterId, group, null);
    }
    if (spec.readerUser() != null) {
      filterAuthorizations.grantRead(filterId, null, spec.readerUser());
    }
  }
}
