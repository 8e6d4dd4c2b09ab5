package cn.gov.pujiang.decision.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar as the State Council notices for 2025 and 2026 make it (calendar/*.yaml). Expected
 * dates are counted by hand from the notices, not from the code.
 */
class ChineseWorkingDayCalendarTest {

  private final ChineseWorkingDayCalendar calendar = new ChineseWorkingDayCalendar(new CalendarProperties());

  @Test
  void loadsTheBuiltInYearsWithTheirNotices() {
    assertThat(calendar.years()).extracting(CalendarYear::year).containsExactly(2025, 2026);
    CalendarYear y2025 = calendar.years().get(0);
    assertThat(y2025.noticeNumber()).isEqualTo("国办发明电〔2024〕12号");
    assertThat(y2025.holidays().get(LocalDate.of(2025, 1, 28)).basis()).contains("二、春节");
  }

  @Test
  void springFestivalHolidaysAreSkippedAndTheMakeUpSaturdayCounts() {
    // Thu 2026-02-12: Fri 13th (1), Sat 14th make-up day (2), 15th-23rd holiday, Tue 24th (3).
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 3)).isEqualTo(LocalDate.of(2026, 2, 24));
    // 2025: 28 Jan - 4 Feb holiday, so the first working day after Mon 27 Jan is Wed 5 Feb.
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 27), 1)).isEqualTo(LocalDate.of(2025, 2, 5));
  }

  @Test
  void nationalDayHolidaysAreSkippedAndTheMakeUpSaturdayAfterThemCounts() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    // 2025: Sunday 28 September is a make-up working day.
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 1)).isEqualTo(LocalDate.of(2025, 9, 28));
  }

  @Test
  void makeUpSaturdayIsAWorkingDayAndOtherWeekendsAreNot() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 18))).as("Wednesday in the Spring Festival").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 4))).as("ordinary Wednesday").isTrue();
  }

  @Test
  void countsAcrossTheYearBoundaryWithTheNewYearHolidayOfTheNextYear() {
    // Tue 2025-12-30: Wed 31st (1), 1-3 Jan 2026 holiday, Sun 4 Jan make-up day (2), Mon 5 Jan (3).
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 30), 3)).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 1, 5), 2)).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void refusesADateInAYearWithoutANoticeAndNamesTheYear() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 3))
        .isInstanceOf(CalendarYearNotLoadedException.class)
        .hasMessageContaining("没有2027年的节假日安排");
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2024, 12, 31)))
        .isInstanceOf(CalendarYearNotLoadedException.class)
        .hasMessageContaining("2024年");
  }

  @Test
  void anAdministratorAddsAYearFromTheDirectoryWithoutARebuild(@TempDir Path dir) throws IOException {
    CalendarProperties properties = new CalendarProperties();
    properties.setDirectory(dir.toString());
    ChineseWorkingDayCalendar withDirectory = new ChineseWorkingDayCalendar(properties);
    assertThatThrownBy(() -> withDirectory.isWorkingDay(LocalDate.of(2099, 1, 5)))
        .isInstanceOf(CalendarYearNotLoadedException.class);

    // A test fixture for a far year: not a real notice.
    Files.writeString(dir.resolve("2099.yaml"), """
        year: 2099
        notice: { title: 测试用通知, number: 测试〔2098〕1号, issued: "2098-11-01" }
        holidays:
          - { from: "2099-01-01", to: "2099-01-02", name: 元旦, basis: 测试〔2098〕1号 一 }
        workdays:
          - { date: "2099-01-04", name: 元旦调休上班, basis: 测试〔2098〕1号 一 }
        """);
    withDirectory.reload();

    assertThat(withDirectory.isWorkingDay(LocalDate.of(2099, 1, 2))).as("holiday on a Friday").isFalse();
    assertThat(withDirectory.isWorkingDay(LocalDate.of(2099, 1, 4))).as("make-up Sunday").isTrue();
    assertThat(withDirectory.years()).extracting(CalendarYear::year).containsExactly(2025, 2026, 2099);
  }

  @Test
  void aBadFileIsRefusedWholeAndTheCalendarInUseStays(@TempDir Path dir) throws IOException {
    CalendarProperties properties = new CalendarProperties();
    properties.setDirectory(dir.toString());
    ChineseWorkingDayCalendar withDirectory = new ChineseWorkingDayCalendar(properties);
    Files.writeString(dir.resolve("2099.yaml"), """
        year: 2099
        notice: { title: 测试用通知, number: 测试〔2098〕1号, issued: "2098-11-01" }
        workdays:
          - { date: "2099-01-05", name: 不是周末, basis: 测试〔2098〕1号 一 }
        """);

    assertThatThrownBy(withDirectory::reload)
        .isInstanceOf(CalendarFileException.class)
        .hasMessageContaining("2099-01-05 不是周六或周日");
    assertThat(withDirectory.years()).extracting(CalendarYear::year).containsExactly(2025, 2026);
  }

  @Test
  void anEntryWithoutItsBasisInTheNoticeIsRefused(@TempDir Path dir) throws IOException {
    CalendarProperties properties = new CalendarProperties();
    properties.setDirectory(dir.toString());
    Files.writeString(dir.resolve("2099.yaml"), """
        year: 2099
        notice: { title: 测试用通知, number: 测试〔2098〕1号, issued: "2098-11-01" }
        holidays:
          - { from: "2099-01-01", name: 元旦 }
        """);

    assertThatThrownBy(() -> new ChineseWorkingDayCalendar(properties))
        .isInstanceOf(CalendarFileException.class)
        .hasMessageContaining("basis");
  }
}
