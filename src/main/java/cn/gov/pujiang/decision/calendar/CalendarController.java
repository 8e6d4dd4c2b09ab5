package cn.gov.pujiang.decision.calendar;

import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * /api/calendar: which years of the State Council holiday arrangement are loaded, from which
 * notice and file; and, for administrators, loading a year's file (YAML body or multipart upload)
 * and re-reading the calendar files without a restart. Both recount provisional due dates.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  private final ChineseWorkingDayCalendar calendar;
  private final CalendarUploads uploads;
  private final CalendarStatus status;
  private final IdentityService identityService;

  public CalendarController(ChineseWorkingDayCalendar calendar, CalendarUploads uploads, CalendarStatus status,
      IdentityService identityService) {
    this.calendar = calendar;
    this.uploads = uploads;
    this.status = status;
    this.identityService = identityService;
  }

  /** Whether next year's notice should be loaded now ({@code missingYear} null when not). */
  public record Status(Integer missingYear, String message) {}

  @GetMapping("/status")
  public Status status() {
    return status.missingYear().map(y -> new Status(y, CalendarStatus.message(y))).orElse(new Status(null, null));
  }

  /** The answer to a load: the year loaded, every year now loaded, how many dates were recomputed. */
  public record Loaded(Year loaded, List<Year> years, int datesRecomputed) {}

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
    admin(principal, "只有系统管理员可以重新载入工作日历");
    List<Year> years;
    try {
      years = calendar.reload().stream().map(Year::of).toList();
    } catch (CalendarFileException e) {
      throw Refusal.invalid("calendar", e.getMessage());
    }
    uploads.yearsLoaded(principal.getName());
    return years;
  }

  /** Loads one year from the YAML file sent as the request body; a refused file changes nothing (400). */
  @PostMapping(path = "/years", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml",
      MediaType.TEXT_PLAIN_VALUE})
  public Loaded load(@RequestBody(required = false) byte[] content, Principal principal) {
    admin(principal, "只有系统管理员可以载入工作日历");
    // YAML is UTF-8 whatever charset the client names (or leaves out: Spring would assume ISO-8859-1).
    return loaded(content == null ? null : new String(content, StandardCharsets.UTF_8), principal);
  }

  /** The same as a multipart upload (form field {@code file}), as the calendar page sends it. */
  @PostMapping(path = "/years", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Loaded upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal) {
    admin(principal, "只有系统管理员可以载入工作日历");
    if (file == null || file.isEmpty()) {
      throw Refusal.invalid("file", "请选择要上传的日历文件（yyyy.yaml）");
    }
    if (file.getSize() > CalendarUploads.MAX_CHARACTERS * 4L) {
      throw Refusal.invalid("file", "上传的日历文件过大");
    }
    try {
      return loaded(new String(file.getBytes(), StandardCharsets.UTF_8), principal);
    } catch (IOException e) {
      throw Refusal.invalid("file", "上传的日历文件无法读取，请重新上传");
    }
  }

  private Loaded loaded(String content, Principal principal) {
    try {
      CalendarUploads.Loaded loaded = uploads.load(content, principal.getName());
      return new Loaded(Year.of(loaded.year()), years(), loaded.datesRecomputed());
    } catch (CalendarFileException e) {
      throw Refusal.invalid("file", e.getMessage());
    }
  }

  private void admin(Principal principal, String refusal) {
    if (principal == null) {
      throw Refusal.unauthenticated("请先登录");
    }
    if (identityService.createUserQuery().userId(principal.getName()).memberOfGroup(Groups.ADMINS).count() == 0) {
      throw Refusal.forbidden(refusal);
    }
  }
}
