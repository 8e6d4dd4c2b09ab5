package cn.gov.pujiang.decision.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.engine.DueDates;
import cn.gov.pujiang.decision.engine.EngineClock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The BPMN expressions ${dueDates...} against a controlled engine clock. */
class DueDatesTest {

  private final CalendarProperties properties = new CalendarProperties();
  private final DueDates dueDates =
      new DueDates(new ChineseWorkingDayCalendar(properties), new EngineClock());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void sevenWorkingDaysFromBeforeTheSpringFestivalEndAfterIt() {
    setClock(LocalDateTime.of(2026, 2, 10, 9, 0));
    // Wed 11 (1), Thu 12 (2), Fri 13 (3), Sat 14 make-up (4), holiday to 23rd, Tue 24 (5), Wed 25 (6), Thu 26 (7).
    assertThat(dueDates.workingDays(7)).isEqualTo(shanghai(LocalDateTime.of(2026, 2, 26, 17, 30)));
    // Reminder two working days before the due day, at the start of office hours.
    assertThat(dueDates.reminderFor(7)).isEqualTo(shanghai(LocalDateTime.of(2026, 2, 24, 8, 30)));
  }

  @Test
  void aLimitNoLongerThanTheReminderLeadIsRemindedOnItsDueDay() {
    setClock(LocalDateTime.of(2026, 9, 30, 9, 0));
    assertThat(dueDates.reminderFor(2)).isEqualTo(shanghai(LocalDateTime.of(2026, 10, 9, 8, 30)));
  }

  @Test
  void calendarDaysCountHolidaysAndWeekends() {
    setClock(LocalDateTime.of(2026, 9, 30, 9, 0));
    assertThat(dueDates.calendarDays(30)).isEqualTo(shanghai(LocalDateTime.of(2026, 10, 30, 17, 30)));
  }

  @Test
  void aDueDateInAYearWithoutANoticeIsCountedMondayToFridayAndMarkedProvisional() {
    setClock(LocalDateTime.of(2026, 12, 20, 9, 0));
    // Dec 21-25 (5), 28-31 (9), then 2027 unloaded: Jan 1 Fri (10), 4-8 (15), 11-15 (20).
    assertThat(dueDates.workingDays(20)).isEqualTo(shanghai(LocalDateTime.of(2027, 1, 15, 17, 30)));
    DueDates.Label label = dueDates.label(dueDates.workingDays(20));
    assertThat(label.provisional()).isTrue();
    assertThat(label.text()).isEqualTo("2027-01-15（剩余 20 个工作日；暂定：未载入2027年节假日安排）");
    // The calendar itself still refuses to guess: only due dates count provisionally.
    assertThatThrownBy(() -> new ChineseWorkingDayCalendar(properties).isWorkingDay(java.time.LocalDate.of(2027, 1, 4)))
        .isInstanceOf(CalendarYearNotLoadedException.class);
  }

  @Test
  void legalityReviewFromChristmasEveEndsProvisionallyInJanuary() {
    setClock(LocalDateTime.of(2026, 12, 24, 10, 0));
    // Fri 25 (1), Mon 28 - Thu 31 (5), Fri 2027-01-01 (6, provisional), Mon 01-04 (7).
    assertThat(dueDates.workingDays(7)).isEqualTo(shanghai(LocalDateTime.of(2027, 1, 4, 17, 30)));
    assertThat(dueDates.reminderFor(7)).isEqualTo(shanghai(LocalDateTime.of(2026, 12, 31, 8, 30)));
  }

  @Test
  void workingDaysFromAcceptsEveryDateTypeAndAPastStart() {
    setClock(LocalDateTime.of(2026, 12, 7, 9, 0));
    Date expected = shanghai(LocalDateTime.of(2026, 10, 30, 17, 30));
    // Decision made on Mon 2026-09-28: Sep 28 itself not counted; 29, 30 (2), holiday Oct 1-7, Oct 8, 9 (4),
    // Sat 10 make-up (5), 12-16 (10), 19-23 (15), 26-30 (20).
    assertThat(dueDates.workingDaysFrom(java.time.LocalDate.of(2026, 9, 28), 20)).isEqualTo(expected);
    assertThat(dueDates.workingDaysFrom("2026-09-28", 20)).isEqualTo(expected);
    assertThat(dueDates.workingDaysFrom("2026-09-28T15:00:00+08:00", 20)).isEqualTo(expected);
    assertThat(dueDates.workingDaysFrom("2026-09-28T15:00:00", 20)).isEqualTo(expected);
    assertThat(dueDates.workingDaysFrom(LocalDateTime.of(2026, 9, 28, 15, 0), 20)).isEqualTo(expected);
    assertThat(dueDates.workingDaysFrom(java.time.OffsetDateTime.parse("2026-09-28T07:00:00Z"), 20)).isEqualTo(expected);
    assertThat(dueDates.workingDaysFrom(shanghai(LocalDateTime.of(2026, 9, 28, 15, 0)), 20)).isEqualTo(expected);
    assertThat(dueDates.label(expected).text()).isEqualTo("2026-10-30（已逾期 26 个工作日）");
  }

  @Test
  void workingDaysFromAPastStartInAnUnloadedYearIsProvisionalNotAFailure() {
    setClock(LocalDateTime.of(2026, 12, 7, 9, 0));
    // 2024 has no file: Mon 2024-12-30 + 2 working days, Monday to Friday = Wed 2025-01-01? 2025 is
    // loaded and makes Jan 1 a holiday: Tue 12-31 (1, provisional), Thu 01-02 (2).
    assertThat(dueDates.workingDaysFrom("2024-12-30", 2)).isEqualTo(shanghai(LocalDateTime.of(2025, 1, 2, 17, 30)));
    assertThat(dueDates.count(java.time.LocalDate.of(2024, 12, 30), 2).provisionalYears()).containsExactly(2024);
  }

  @Test
  void aPersonReadsTheDateWithTheWorkingDaysLeft() {
    setClock(LocalDateTime.of(2026, 12, 7, 9, 0));
    assertThat(dueDates.label(shanghai(LocalDateTime.of(2026, 12, 16, 17, 30))).text())
        .isEqualTo("2026-12-16（剩余 7 个工作日）");
    assertThat(dueDates.label(shanghai(LocalDateTime.of(2026, 12, 7, 17, 30))).text()).isEqualTo("2026-12-07（今日到期）");
    assertThat(dueDates.label(shanghai(LocalDateTime.of(2026, 12, 4, 17, 30))).text())
        .isEqualTo("2026-12-04（已逾期 1 个工作日）");
  }

  private static void setClock(LocalDateTime time) {
    ClockUtil.setCurrentTime(shanghai(time));
  }

  private static Date shanghai(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
