package cn.gov.pujiang.decision.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Date;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Due dates, follow-up dates and timer dates for BPMN expressions, so that a modeller reads the time
 * limit in Camunda Modeler:
 * <ul>
 *   <li>{@code camunda:dueDate="${dueDates.workingDays(7)}"}: the 7th working day (工作日, State
 *       Council holiday notices) after today, at the end of office hours;
 *   <li>{@code camunda:followUpDate="${dueDates.reminderFor(7)}"}: the morning on which the candidates
 *       are reminded of that limit ({@code decision.calendar.reminder-lead-working-days} working days
 *       before the due day);
 *   <li>{@code ${dueDates.workingDaysFrom(decisionDate, 20)}}: the 20th working day after a given day,
 *       which may lie in the past (publication counts from the day the decision was made);
 *   <li>{@code ${dueDates.calendarDays(30)}}: 30 calendar days (日), weekends and holidays included.
 * </ul>
 * Timers use the same expressions in {@code timeDate}. Syntax and legal basis: docs/time-limits.md.
 *
 * <p>A count that reaches a year whose State Council notice is not loaded never fails: that year is
 * counted Monday to Friday and the date is provisional (暂定). When the count runs inside the engine,
 * it is remembered in {@link ProvisionalDates} with its process instance, so that loading the year
 * recomputes the task's due date, follow-up date and timer exactly (notification.ProvisionalDueDates).
 */
@Component("dueDates")
public class DueDates {

  /** Office hours end; a limit expires at the end of its last day, not at midnight. */
  static final LocalTime END_OF_DAY = LocalTime.of(17, 30);
  /** Office hours begin; a reminder arrives when the day's work starts. */
  static final LocalTime START_OF_DAY = LocalTime.of(8, 30);

  private final WorkingDayCalendar calendar;
  private final EngineClock clock;
  private final ProvisionalDates provisionalDates;

  /** Without remembering provisional dates (tests of the arithmetic alone). */
  public DueDates(WorkingDayCalendar calendar, EngineClock clock) {
    this(calendar, clock, null);
  }

  @Autowired
  public DueDates(WorkingDayCalendar calendar, EngineClock clock, ProvisionalDates provisionalDates) {
    this.calendar = calendar;
    this.clock = clock;
    this.provisionalDates = provisionalDates;
  }

  /** A counted day, and the years counted Monday to Friday because their notice is not loaded. */
  public record Counted(LocalDate day, SortedSet<Integer> provisionalYears) {

    public boolean provisional() {
      return !provisionalYears.isEmpty();
    }
  }

  /** How a due date reads to a person, e.g. {@code 2026-12-16（剩余 5 个工作日）}. */
  public record Label(String text, boolean provisional, String reason) {}

  /** End of office hours on the n-th working day after today. */
  public Date workingDays(int n) {
    return remembered(ProvisionalDates.Kind.WORKING_DAYS, today(), n);
  }

  /**
   * End of office hours on the n-th working day after {@code start} (a {@link Date}, {@link LocalDate},
   * {@link LocalDateTime}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Instant} or ISO-8601
   * text); the start day itself never counts. The start may lie in the past; a year without a loaded
   * notice is counted provisionally, never refused. A missing start counts from today.
   */
  public Date workingDaysFrom(Object start, int n) {
    // A missing start is an instance started before its model carried the date (e.g. publication
    // before decisionDate existed): it counts from today, as those instances always did.
    LocalDate from = start == null || start.toString().isBlank() ? today() : toDay(start);
    return remembered(ProvisionalDates.Kind.WORKING_DAYS, from, n);
  }

  /** End of office hours n calendar days after today. */
  public Date calendarDays(int n) {
    return at(today().plusDays(n), END_OF_DAY);
  }

  /**
   * Start of office hours on the reminder day of a limit of n working days from today: the lead
   * (default 2) working days before the due day, or the due day itself when the limit is that short.
   */
  public Date reminderFor(int n) {
    return remembered(ProvisionalDates.Kind.REMINDER, today(), n);
  }

  /** The n-th working day after the given date, as a date (provisional for an unloaded year). */
  public LocalDate workingDaysAfter(LocalDate from, int n) {
    return count(from, n).day();
  }

  /** The n-th working day after {@code from}, counting an unloaded year Monday to Friday. */
  public Counted count(LocalDate from, int n) {
    if (n < 1) {
      // A configuration error (decision.rules.*): the administrator reads this in the Cockpit incident.
      throw new ProcedureViolation("期限的工作日数应至少为1（现为" + n + "），请系统管理员检查 decision.rules 中的期限配置。");
    }
    SortedSet<Integer> provisional = new TreeSet<>();
    LocalDate day = from;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (!calendar.isLoaded(day.getYear())) {
        provisional.add(day.getYear());
      }
      if (calendar.isWorkingDayOrWeekday(day)) {
        counted++;
      }
    }
    return new Counted(day, Collections.unmodifiableSortedSet(provisional));
  }

  /** The date of a kind of limit counted from {@code start}, as the BPMN expressions give it. */
  public Counted countAs(ProvisionalDates.Kind kind, LocalDate start, int n) {
    Counted due = count(start, n);
    if (kind == ProvisionalDates.Kind.WORKING_DAYS) {
      return due;
    }
    int lead = calendar.reminderLeadWorkingDays();
    if (lead < 1 || n <= lead) {
      return due;
    }
    SortedSet<Integer> provisional = new TreeSet<>(due.provisionalYears());
    LocalDate day = due.day();
    for (int counted = 0; counted < lead; ) {
      day = day.minusDays(1);
      if (!calendar.isLoaded(day.getYear())) {
        provisional.add(day.getYear());
      }
      if (calendar.isWorkingDayOrWeekday(day)) {
        counted++;
      }
    }
    return new Counted(day, Collections.unmodifiableSortedSet(provisional));
  }

  /** The instant of a counted day: end of office hours for a due date, start for a reminder. */
  public static Date instantOf(ProvisionalDates.Kind kind, LocalDate day) {
    return at(day, kind == ProvisionalDates.Kind.REMINDER ? START_OF_DAY : END_OF_DAY);
  }

  /**
   * A due date as a person reads it: the day, the working days left (or overdue), and 暂定 with its
   * reason when a year between today and that day has no notice loaded.
   */
  public Label label(Date due) {
    LocalDate today = today();
    LocalDate day = due.toInstant().atZone(EngineClock.ZONE).toLocalDate();
    SortedSet<Integer> missing = new TreeSet<>();
    for (int y = Math.min(today.getYear(), day.getYear()); y <= Math.max(today.getYear(), day.getYear()); y++) {
      if (!calendar.isLoaded(y)) {
        missing.add(y);
      }
    }
    String left;
    if (day.isAfter(today)) {
      left = "剩余 " + between(today, day) + " 个工作日";
    } else if (day.isEqual(today)) {
      left = due.after(clock.nowAsDate()) ? "今日到期" : "已于今日到期";
    } else {
      left = "已逾期 " + Math.max(1, between(day, today)) + " 个工作日";
    }
    String reason = missing.isEmpty() ? null : reason(missing);
    String text = day + "（" + left + (reason == null ? "" : "；暂定：" + reason) + "）";
    return new Label(text, reason != null, reason);
  }

  /** Why a date is provisional, e.g. 未载入2027年节假日安排. */
  public static String reason(SortedSet<Integer> years) {
    return "未载入" + years.stream().map(String::valueOf).collect(Collectors.joining("、")) + "年节假日安排";
  }

  private int between(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.isWorkingDayOrWeekday(d)) {
        days++;
      }
    }
    return days;
  }

  private Date remembered(ProvisionalDates.Kind kind, LocalDate start, int n) {
    Counted counted = countAs(kind, start, n);
    Date date = instantOf(kind, counted.day());
    if (counted.provisional() && provisionalDates != null) {
      ExecutionEntity execution = currentExecution();
      if (execution != null) {
        provisionalDates.remember(execution.getId(), execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(), execution.getActivityId(), kind, start, n, date,
            counted.provisionalYears());
      }
    }
    return date;
  }

  private static ExecutionEntity currentExecution() {
    if (Context.getCommandContext() == null) {
      return null;
    }
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    return context == null ? null : context.getExecution();
  }

  private LocalDate today() {
    return clock.now().toLocalDate();
  }

  private static LocalDate toDay(Object start) {
    if (start == null) {
      throw new ProcedureViolation("计算期限的起算日期为空");
    }
    if (start instanceof LocalDate d) {
      return d;
    }
    if (start instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    if (start instanceof OffsetDateTime t) {
      return t.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
    }
    if (start instanceof ZonedDateTime t) {
      return t.withZoneSameInstant(EngineClock.ZONE).toLocalDate();
    }
    if (start instanceof Instant i) {
      return i.atZone(EngineClock.ZONE).toLocalDate();
    }
    if (start instanceof Date d) {
      return d.toInstant().atZone(EngineClock.ZONE).toLocalDate();
    }
    String text = start.toString().trim();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      try {
        return OffsetDateTime.parse(text).atZoneSameInstant(EngineClock.ZONE).toLocalDate();
      } catch (DateTimeParseException noOffset) {
        return LocalDateTime.parse(text).toLocalDate();
      }
    } catch (DateTimeParseException e) {
      throw new ProcedureViolation("计算期限的起算日期不是有效日期（应为 yyyy-MM-dd）");
    }
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(EngineClock.ZONE).toInstant());
  }
}
