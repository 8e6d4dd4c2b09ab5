package cn.gov.pujiang.decision.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The checks an uploaded year file passes before anything is loaded (provisional deadlines), each refusal in
 * Chinese naming the line. The dates are test data for a fictitious 2099.
 */
class CalendarFileParserTest {

  private static final String HEAD = """
      year: 2099
      notice: { title: 测试用通知, number: 测试〔2098〕1号, issued: "2098-11-01" }
      """;

  @Test
  void aGoodFileIsRead() {
    CalendarYear year = parse(HEAD + """
        holidays:
          - { from: "2099-01-01", to: "2099-01-04", name: 元旦, basis: 测试 一 }
        workdays:
          - { date: "2099-01-10", name: 元旦调休上班（周六）, basis: 测试 一 }
        """);
    assertThat(year.holidays()).containsKeys(LocalDate.of(2099, 1, 1), LocalDate.of(2099, 1, 4)).hasSize(4);
    assertThat(year.makeUpWorkingDays()).containsOnlyKeys(LocalDate.of(2099, 1, 10));
  }

  @Test
  void aDateOutsideTheYearIsRefusedWithItsLine() {
    assertRefused(HEAD + """
        holidays:
          - { from: "2099-01-01", name: 元旦, basis: 测试 一 }
          - { from: "2100-01-01", name: 元旦, basis: 测试 一 }
        """, "日历文件第 5 行：日期 2100-01-01 不在 2099 年内");
  }

  @Test
  void overlappingHolidaysAreRefusedNamingBothLines() {
    assertRefused(HEAD + """
        holidays:
          - { from: "2099-01-01", to: "2099-01-03", name: 元旦, basis: 测试 一 }
          - { from: "2099-01-02", to: "2099-01-05", name: 另一假期, basis: 测试 二 }
        """, "日历文件第 5 行：假期与第 4 行的假期重叠（2099-01-02）");
  }

  @Test
  void aMakeUpWorkingDayOnAWeekdayIsRefused() {
    assertRefused(HEAD + """
        workdays:
          - { date: "2099-01-05", name: 调休上班, basis: 测试 一 }
        """, "日历文件第 4 行：调休上班日 2099-01-05 不是周六或周日");
  }

  @Test
  void aDayThatIsBothHolidayAndWorkingDayIsRefused() {
    assertRefused(HEAD + """
        holidays:
          - { from: "2099-01-01", to: "2099-01-04", name: 元旦, basis: 测试 一 }
        workdays:
          - { date: "2099-01-03", name: 调休上班, basis: 测试 一 }
        """, "日历文件第 6 行：2099-01-03 既是调休上班日，又在第 4 行列为假日");
  }

  @Test
  void aHolidayOnlyOnAWeekendIsRefusedAsATypo() {
    // 2099-01-03 and 04 are Saturday and Sunday: no working day would be taken off.
    assertRefused(HEAD + """
        holidays:
          - { from: "2099-01-03", to: "2099-01-04", name: 假期, basis: 测试 一 }
        """, "日历文件第 4 行：假期（2099-01-03 至 2099-01-04）全部是周末，没有占用原本的工作日，请核对日期");
  }

  @Test
  void brokenYamlAndMissingFieldsNameTheLine() {
    assertRefused(HEAD + "holidays:\n  - { from: \"2099-01-01\", name: 元旦\n", "日历文件第 5 行：不是正确的 YAML 格式");
    assertRefused(HEAD + """
        holidays:
          - { from: "2099-01-01", name: 元旦 }
        """, "日历文件第 4 行：缺少字段 basis");
    assertRefused(HEAD + """
        holidays:
          - { from: "2099-13-01", name: 元旦, basis: 测试 一 }
        """, "日历文件第 4 行：字段 holidays.from 不是 yyyy-MM-dd 格式的日期");
  }

  @Test
  void theWarningDayIsConfiguredAsMonthAndDay() {
    CalendarProperties properties = new org.springframework.boot.context.properties.bind.Binder(
        new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
            java.util.Map.of("decision.calendar.warn-from", "12-15")))
        .bind("decision.calendar", CalendarProperties.class).get();
    assertThat(properties.getWarnFrom()).isEqualTo(java.time.MonthDay.of(12, 15));
    assertThat(new CalendarProperties().getWarnFrom()).isEqualTo(java.time.MonthDay.of(11, 1));
  }

  private static CalendarYear parse(String yaml) {
    return CalendarFileParser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "");
  }

  private static void assertRefused(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(CalendarFileException.class).hasMessage(message);
  }
}
