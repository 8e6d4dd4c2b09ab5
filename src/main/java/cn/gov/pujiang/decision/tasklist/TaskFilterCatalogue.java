package cn.gov.pujiang.decision.tasklist;

import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.organisation.OrganisationInitializer;
import cn.gov.pujiang.decision.organisation.OrganisationInitializer.GroupSpec;
import cn.gov.pujiang.decision.organisation.Unit;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.engine.EngineClock;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters the application creates: for every office (each decision organ, the county
 * judicial bureau, the market regulation bureau) "本单位待办" and "已逾期"; for every legality-review
 * body "本周到期的审查任务"; for every user "我的任务". All sorted by due date, all showing the decision's
 * title, unit and number.
 *
 * <p>No query uses an expression ({@code ${currentUser()}}, {@code dueBeforeExpression}): expressions
 * in stored queries are switched off for security. "Now" and "this week" are written into the query as
 * absolute dates and recomputed by {@link TaskFilters#refreshDateBoundFilters()}; "me" is a filter per
 * user.
 */
@Component
public class TaskFilterCatalogue {

  /** Property of a filter that holds its {@link TaskFilterSpec#key()}. */
  public static final String KEY_PROPERTY = "decisionFilterKey";

  public static final String UNIT_OPEN = "unit-open:";
  public static final String OVERDUE = "overdue:";
  public static final String REVIEW_DUE_THIS_WEEK = "review-due-this-week:";
  public static final String MY_TASKS = "my-tasks:";

  static final String JUDICIAL_BUREAU = "sfj";
  static final String MARKET_REGULATION = "amr";

  private final TaskService taskService;
  private final IdentityService identityService;
  private final UnitRepository units;
  private final OrganisationInitializer organisation;
  private final EngineClock clock;

  public TaskFilterCatalogue(
      TaskService taskService,
      IdentityService identityService,
      UnitRepository units,
      OrganisationInitializer organisation,
      EngineClock clock) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.units = units;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** An office whose members share "本单位待办" and "已逾期": a decision organ or a county body. */
  record Office(String code, String name, List<String> groups, List<String> reviewGroups) {}

  /** Every filter as it should be now (the date-bound ones computed from the engine clock). */
  public List<TaskFilterSpec> all() {
    List<TaskFilterSpec> specs = new ArrayList<>(shared());
    for (User user : identityService.createUserQuery().orderByUserId().asc().list()) {
      specs.add(myTasks(user.getId()));
    }
    return specs;
  }

  /** The filters shared with groups. */
  public List<TaskFilterSpec> shared() {
    OffsetDateTime now = clock.now();
    List<TaskFilterSpec> specs = new ArrayList<>();
    for (Office office : offices()) {
      specs.add(unitOpen(office));
      specs.add(overdue(office, now));
      if (!office.reviewGroups().isEmpty()) {
        specs.add(reviewDueThisWeek(office, now));
      }
    }
    return specs;
  }

  List<Office> offices() {
    List<GroupSpec> groups = organisation.groupSpecs();
    List<Office> offices = new ArrayList<>();
    for (Unit unit : units.findAllByOrderBySortOrder()) {
      String prefix = unit.getCode() + "-";
      List<String> unitGroups = groups.stream().map(GroupSpec::id).filter(id -> id.startsWith(prefix)).toList();
      // The county's legality review is the judicial bureau's; a town reviews its own decisions.
      List<String> review = unit.isCounty() ? List.of() : List.of(Groups.of(unit.getCode(), Groups.LEGAL_REVIEW));
      offices.add(new Office(unit.getCode(), unit.getName(), unitGroups, review));
    }
    offices.add(new Office(JUDICIAL_BUREAU, "县司法局",
        List.of(Groups.JUDICIAL_BUREAU_REVIEW, Groups.JUDICIAL_BUREAU_GUIDANCE),
        List.of(Groups.JUDICIAL_BUREAU_REVIEW)));
    offices.add(new Office(MARKET_REGULATION, "县市场监管局", List.of(Groups.FAIR_COMPETITION_REVIEW), List.of()));
    return offices;
  }

  private TaskFilterSpec unitOpen(Office office) {
    TaskQuery query = taskService.createTaskQuery()
        .taskCandidateGroupIn(office.groups())
        .includeAssignedTasks()
        .orderByDueDate().asc().orderByTaskCreateTime().asc();
    return new TaskFilterSpec(UNIT_OPEN + office.code(), "本单位待办",
        office.name() + "各岗位尚未办结的任务（含已被认领的），按到期日排序（到期日相同的按创建先后）", 2, "#1f6fb2", false,
        null, office.groups(), null, query);
  }

  private TaskFilterSpec overdue(Office office, OffsetDateTime now) {
    TaskQuery query = taskService.createTaskQuery()
        .taskCandidateGroupIn(office.groups())
        .includeAssignedTasks()
        .dueBefore(Date.from(now.toInstant()))
        .orderByDueDate().asc().orderByTaskCreateTime().asc();
    return new TaskFilterSpec(OVERDUE + office.code(), "已逾期",
        office.name() + "已过到期日仍未办结的任务（每 5 分钟更新一次）", 4, "#c9302c", true,
        null, office.groups(), null, query);
  }

  private TaskFilterSpec reviewDueThisWeek(Office office, OffsetDateTime now) {
    ZonedDateTime monday = now.atZoneSameInstant(EngineClock.ZONE).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .atStartOfDay(EngineClock.ZONE);
    TaskQuery query = taskService.createTaskQuery()
        .taskCandidateGroupIn(office.reviewGroups())
        .includeAssignedTasks()
        .dueAfter(Date.from(monday.toInstant()))
        .dueBefore(Date.from(monday.plusWeeks(1).toInstant()))
        .orderByDueDate().asc().orderByTaskCreateTime().asc();
    return new TaskFilterSpec(REVIEW_DUE_THIS_WEEK + office.code(), "本周到期的审查任务",
        office.name() + "本周（周一至周日）到期的合法性审查任务", 3, "#e08e0b", true,
        null, office.reviewGroups(), null, query);
  }

  TaskFilterSpec myTasks(String userId) {
    TaskQuery query = taskService.createTaskQuery().taskAssignee(userId).orderByDueDate().asc().orderByTaskCreateTime().asc();
    return new TaskFilterSpec(MY_TASKS + userId, "我的任务", "已指派给我（" + userId + "）的任务，按到期日排序（到期日相同的按创建先后）",
        1, "#3c763d", false, userId, List.of(), userId, query);
  }
}
