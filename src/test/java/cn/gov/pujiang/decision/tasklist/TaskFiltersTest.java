package cn.gov.pujiang.decision.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.review.LegalityReviewProcess;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Elements;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Values;
import cn.gov.pujiang.decision.review.LegalityReviewProcess.Vars;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TaskFiltersTest extends ProcessTestSupport {

  private static final String REVIEWER = "tasklist.test.reviewer";

  @Autowired TaskFilters taskFilters;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;

  private final List<String> standaloneTasks = new ArrayList<>();
  /** As the application configured them (application.yaml, test profile), put back after each test. */
  private boolean authorizationConfigured;
  private boolean storedQueryExpressionsConfigured;

  @BeforeEach
  void rememberEngineConfiguration() {
    authorizationConfigured = engineConfiguration.isAuthorizationEnabled();
    storedQueryExpressionsConfigured = engineConfiguration.isEnableExpressionsInStoredQueries();
  }

  @AfterEach
  void restoreEngine() {
    engineConfiguration.setAuthorizationEnabled(authorizationConfigured);
    engineConfiguration.setEnableExpressionsInStoredQueries(storedQueryExpressionsConfigured);
    standaloneTasks.forEach(id -> taskService.deleteTask(id, true));
    identityService.deleteUser(REVIEWER);
    Filter mine = taskFilters.existingByKey().get(TaskFilterCatalogue.MY_TASKS + REVIEWER);
    if (mine != null) {
      filterService.deleteFilter(mine.getId());
    }
  }

  @Test
  void createsTheSharedFiltersOfEveryOfficeAtStartUp() {
    Map<String, Filter> filters = taskFilters.existingByKey();

    for (String office : List.of("county", "baima", "huaqiao", "sfj", "amr")) {
      assertThat(filters.get("unit-open:" + office)).extracting(Filter::getName).isEqualTo("本单位待办");
      assertThat(filters.get("overdue:" + office)).extracting(Filter::getName).isEqualTo("已逾期");
    }
    for (String reviewer : List.of("sfj", "baima", "huaqiao")) {
      assertThat(filters.get("review-due-this-week:" + reviewer)).extracting(Filter::getName).isEqualTo("本周到期的审查任务");
    }
    // County decisions are reviewed by the judicial bureau, not by a county group of its own.
    assertThat(filters).doesNotContainKey("review-due-this-week:county");
    assertThat(filters.keySet().stream().filter(k -> !k.startsWith(TaskFilterCatalogue.MY_TASKS)))
        .hasSize(18 * 2 + 16);

    Filter baima = filters.get("unit-open:baima");
    assertThat(baima.getProperties())
        .containsEntry("variables", TaskFilters.SHOWN_VARIABLES)
        .containsEntry("priority", 2)
        .containsEntry("refresh", true);
    assertThat(String.valueOf(baima.getProperties().get("description"))).startsWith("白马镇");
  }

  @Test
  void startingTwiceChangesNothing() {
    taskFilters.synchronize(true);
    Map<String, Filter> before = taskFilters.existingByKey();
    long authorizations = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count();

    taskFilters.synchronize(true);

    Map<String, Filter> after = taskFilters.existingByKey();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    after.forEach((key, filter) -> assertThat(filter.getId()).as(key).isEqualTo(before.get(key).getId()));
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count())
        .isEqualTo(authorizations);
  }

  @Test
  void writesTheFiltersAsTheApplicationWhoeverIsLoggedIn() {
    engineConfiguration.setAuthorizationEnabled(true);
    identityService.setAuthentication(ACTING_USER, List.of("baima-clerk"));

    taskFilters.synchronize(true);

    assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo(ACTING_USER);
  }

  @Test
  void sharesEachFilterWithItsGroupsThroughReadAuthorizations() {
    Map<String, Filter> filters = taskFilters.existingByKey();
    String baimaOpen = filters.get("unit-open:baima").getId();

    for (String group : List.of("baima-clerk", "baima-leadership", "baima-office", "baima-legal-adviser", "baima-legal-review")) {
      assertThat(readGrantedTo(baimaOpen, group)).as(group).isTrue();
    }
    assertThat(readGrantedTo(baimaOpen, "huangzhai-clerk")).isFalse();
    assertThat(readGrantedTo(filters.get("review-due-this-week:sfj").getId(), "sfj-review")).isTrue();
    assertThat(readGrantedTo(filters.get("review-due-this-week:baima").getId(), "baima-legal-review")).isTrue();
    assertThat(readGrantedTo(filters.get("review-due-this-week:baima").getId(), "baima-clerk")).isFalse();
  }

  @Test
  void aMemberSeesOnlyHisOfficesFiltersOnceAuthorizationsAreOn() {
    engineConfiguration.setAuthorizationEnabled(true);
    identityService.setAuthentication("someone.at.sfj", List.of("sfj-review"));

    List<String> visible = filterService.createTaskFilterQuery().list().stream()
        .map(f -> String.valueOf(f.getProperties().get(TaskFilterCatalogue.KEY_PROPERTY)))
        .toList();

    assertThat(visible).containsExactlyInAnyOrder("unit-open:sfj", "overdue:sfj", "review-due-this-week:sfj");
  }

  @Test
  void theReviewerFindsTheCountyReviewTaskInTheFiltersAsTheWeeksPass() {
    setClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    ProcessInstance pi = reachIssueOpinion();
    Task review = task(pi);
    assertThat(review.getDueDate()).isEqualTo(shanghai(LocalDateTime.of(2026, 3, 11, 17, 30)));

    taskFilters.synchronize(false);
    assertThat(found("unit-open:sfj", pi)).containsExactly(review.getId());
    assertThat(found("unit-open:baima", pi)).isEmpty();
    assertThat(found("review-due-this-week:sfj", pi)).isEmpty();
    assertThat(found("overdue:sfj", pi)).isEmpty();

    setClock(LocalDateTime.of(2026, 3, 9, 8, 0));
    taskFilters.refreshDateBoundFilters();
    assertThat(found("review-due-this-week:sfj", pi)).containsExactly(review.getId());
    assertThat(found("overdue:sfj", pi)).isEmpty();

    setClock(LocalDateTime.of(2026, 3, 11, 17, 31));
    taskFilters.refreshDateBoundFilters();
    assertThat(found("review-due-this-week:sfj", pi)).containsExactly(review.getId());
    assertThat(found("overdue:sfj", pi)).containsExactly(review.getId());

    setClock(LocalDateTime.of(2026, 3, 16, 9, 0));
    taskFilters.refreshDateBoundFilters();
    assertThat(found("review-due-this-week:sfj", pi)).isEmpty();
    assertThat(found("overdue:sfj", pi)).containsExactly(review.getId());
  }

  @Test
  void aUserGetsMyTasksWithWhatHeClaimedAndTheDecisionsTitleAndUnit() {
    ensureUser(REVIEWER);
    ProcessInstance pi = reachIssueOpinion();
    Task review = task(pi);
    taskService.claim(review.getId(), REVIEWER);

    taskFilters.refreshDateBoundFilters();

    Filter mine = taskFilters.existingByKey().get("my-tasks:" + REVIEWER);
    assertThat(mine.getName()).isEqualTo("我的任务");
    assertThat(mine.getOwner()).isEqualTo(REVIEWER);
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(mine.getId()).userIdIn(REVIEWER).singleResult().isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(found("my-tasks:" + REVIEWER, pi)).containsExactly(review.getId());
    assertThat(found("unit-open:sfj", pi)).as("claimed tasks stay in the unit's list").containsExactly(review.getId());

    Map<String, Object> shown = runtimeService.getVariables(review.getExecutionId(),
        List.of(CommonVariables.DECISION_TITLE, CommonVariables.DECISION_UNIT, CommonVariables.DECISION_NO));
    assertThat(shown)
        .containsEntry(CommonVariables.DECISION_UNIT, COUNTY)
        .containsEntry(CommonVariables.DECISION_NO, pi.getBusinessKey())
        .containsEntry(CommonVariables.DECISION_TITLE, "测试决策事项：" + LegalityReviewProcess.KEY);
  }

  @Test
  void listsByDueDateEvenWhenTasklistAsksForNewestFirst() {
    setClock(LocalDateTime.of(2026, 5, 4, 9, 0));
    String sooner = standaloneTask("排序测试：先到期", LocalDateTime.of(2026, 5, 6, 17, 30));
    setClock(LocalDateTime.of(2026, 5, 4, 10, 0));
    String later = standaloneTask("排序测试：后到期", LocalDateTime.of(2026, 5, 20, 17, 30));

    // Tasklist extends the filter with its own sort (default: created, newest first).
    List<Task> listed = filterService.list(taskFilters.existingByKey().get("unit-open:amr").getId(),
        taskService.createTaskQuery().taskNameLike("排序测试%").orderByTaskCreateTime().desc());

    assertThat(listed).extracting(Task::getId).containsExactly(sooner, later);
  }

  @Test
  void filtersWorkWithExpressionsInStoredQueriesSwitchedOff() {
    engineConfiguration.setEnableExpressionsInStoredQueries(false);

    taskFilters.synchronize(true);

    for (Filter filter : taskFilters.existingByKey().values()) {
      assertThat(filterService.count(filter.getId())).as(filter.getName()).isNotNull();
    }
    // The switch does bite: the classic "my tasks" filter would be refused.
    Filter classic = filterService.newTaskFilter("classic")
        .setQuery(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    assertThatThrownBy(() -> filterService.saveFilter(classic)).hasMessageContaining("Expressions are forbidden");
  }

  private ProcessInstance reachIssueOpinion() {
    ProcessInstance pi = startStage(LegalityReviewProcess.KEY, COUNTY, Map.of(Vars.DRAFTED_BY, ACTING_USER));
    assertThat(pi).isWaitingAt(Elements.TASK_REGISTER_SUBMISSION);
    execute(job());
    assertThat(pi).isWaitingAt(Elements.TASK_CHECK_COMPLETENESS);
    complete(task(), withVariables(Vars.SUBMISSION_COMPLETE, Values.COMPLETE));
    complete(task(), withVariables(Vars.LEGAL_ADVISER_OPINION, "同意"));
    assertThat(pi).isWaitingAt(Elements.TASK_ISSUE_LEGALITY_OPINION);
    return pi;
  }

  private List<String> found(String filterKey, ProcessInstance pi) {
    Filter filter = taskFilters.existingByKey().get(filterKey);
    List<Task> tasks = filterService.list(filter.getId(), taskService.createTaskQuery().processInstanceId(pi.getId()));
    return tasks.stream().map(Task::getId).toList();
  }

  private boolean readGrantedTo(String filterId, String group) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filterId).groupIdIn(group).singleResult();
    return authorization != null
        && authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
        && authorization.isPermissionGranted(Permissions.READ);
  }

  private String standaloneTask(String name, LocalDateTime due) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setDueDate(shanghai(due));
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "amr-fcr");
    standaloneTasks.add(task.getId());
    return task.getId();
  }

  private void ensureUser(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      identityService.saveUser(identityService.newUser(id));
    }
  }

  private static Date shanghai(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
