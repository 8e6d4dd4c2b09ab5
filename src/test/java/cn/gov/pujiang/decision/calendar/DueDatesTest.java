package cn.gov.pujiang.decision.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.process.DueDates;
import cn.gov.pujiang.decision.process.EngineClock;
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
      new DueDates(new ChineseWorkingDayCalendar(properties), new EngineClock(), properties);

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
  void aDueDateInAYearWithoutANoticeIsAClearError() {
    setClock(LocalDateTime.of(2026, 12, 20, 9, 0));
    assertThatThrownBy(() -> dueDates.workingDays(20))
        .isInstanceOf(CalendarYearNotLoadedException.class)
        .hasMessageContaining("2027年");
  }

  private static void setClock(LocalDateTime time) {
    ClockUtil.setCurrentTime(shanghai(time));
  }

  private static Date shanghai(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
