package cn.gov.pujiang.decision.calendar;

import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/calendar: which years of the State Council holiday arrangement are loaded, from which
 * notice and file; and, for administrators, re-reading the calendar files without a restart.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  private final ChineseWorkingDayCalendar calendar;
  private final IdentityService identityService;

  public CalendarController(ChineseWorkingDayCalendar calendar, IdentityService identityService) {
    this.calendar = calendar;
    this.identityService = identityService;
  }

  /** One loaded year as listed. */
  public record Year(int year, String noticeTitle, String noticeNumber, LocalDate noticeIssued,
      int holidayCount, int makeUpWorkingDayCount, String source) {

    static Year of(CalendarYear y) {
      return new Year(y.year(), y.noticeTitle(), y.noticeNumber(), y.noticeIssued(), y.holidays().size(),
          y.makeUpWorkingDays().size(), y.source());
    }
  }

  @GetMapping("/years")
  public List<Year> years() {
    return calendar.years().stream().map(Year::of).toList();
  }

  /** Re-reads the built-in files and decision.calendar.directory; a bad file changes nothing (400). */
  @PostMapping("/reload")
  public List<Year> reload(Principal principal) {
    if (principal == null) {
      throw Refusal.unauthenticated("请先登录");
    }
    if (identityService.createUserQuery().userId(principal.getName()).memberOfGroup(Groups.ADMINS).count() == 0) {
      throw Refusal.forbidden("只有系统管理员可以重新载入工作日历");
    }
    try {
      return calendar.reload().stream().map(Year::of).toList();
    } catch (CalendarFileException e) {
      throw Refusal.invalid("calendar", e.getMessage());
    }
  }
}
