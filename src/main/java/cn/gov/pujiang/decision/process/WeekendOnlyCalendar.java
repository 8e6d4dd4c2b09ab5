package cn.gov.pujiang.decision.process;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Plain approximation: Monday to Friday are working days. Public holidays and make-up working days
 * are not known yet, so a period spanning the Spring Festival comes out too short; see
 * docs/processes.md, "Time limits".
 */
@Component
public class WeekendOnlyCalendar implements WorkingDayCalendar {

  @Override
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }
}
