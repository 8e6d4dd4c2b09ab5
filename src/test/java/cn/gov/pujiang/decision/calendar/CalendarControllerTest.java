package cn.gov.pujiang.decision.calendar;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.web.ApiExceptionHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** /api/calendar: the loaded years for everyone, reload for administrators only, a bad file is a 400. */
class CalendarControllerTest {

  @TempDir Path dir;
  private final IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final CalendarYearStore store = mock(CalendarYearStore.class);
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    CalendarProperties properties = new CalendarProperties();
    properties.setDirectory(dir.toString());
    ChineseWorkingDayCalendar calendar = new ChineseWorkingDayCalendar(properties);
    mvc = MockMvcBuilders
        .standaloneSetup(new CalendarController(calendar, new CalendarUploads(calendar, store, java.util.List.of()),
            mock(CalendarStatus.class), identityService))
        .setControllerAdvice(new ApiExceptionHandler())
        .build();
    when(identityService.createUserQuery().userId("admin").memberOfGroup(Groups.ADMINS).count()).thenReturn(1L);
    when(identityService.createUserQuery().userId("baima.clerk").memberOfGroup(Groups.ADMINS).count()).thenReturn(0L);
  }

  @Test
  void listsTheLoadedYearsWithTheirNotices() throws Exception {
    mvc.perform(get("/api/calendar/years"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].year").value(2025))
        .andExpect(jsonPath("$[0].noticeNumber").value("国办发明电〔2024〕12号"))
        .andExpect(jsonPath("$[1].year").value(2026))
        .andExpect(jsonPath("$[1].makeUpWorkingDayCount").value(6));
  }

  @Test
  void onlyAnAdministratorReloadsAndANewYearFileIsPickedUp() throws Exception {
    mvc.perform(post("/api/calendar/reload").principal(as("baima.clerk")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("只有系统管理员可以重新载入工作日历"));

    Files.writeString(dir.resolve("2099.yaml"), """
        year: 2099
        notice: { title: 测试用通知, number: 测试〔2098〕1号, issued: "2098-11-01" }
        holidays:
          - { from: "2099-01-01", name: 元旦, basis: 测试〔2098〕1号 一 }
        """);
    mvc.perform(post("/api/calendar/reload").principal(as("admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[2].year").value(2099));
  }

  @Test
  void aBadFileIsRefusedWithAChineseReason() throws Exception {
    Files.writeString(dir.resolve("2099.yaml"), "year: 2098\nnotice: { title: 测试, number: 测试, issued: \"2098-11-01\" }\n");
    mvc.perform(post("/api/calendar/reload").principal(as("admin")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("calendar"))
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("与文件名不符")));
  }

  @Test
  void onlyAnAdministratorLoadsAYearAndAMalformedFileIsRefusedWithItsLineAndNotStored() throws Exception {
    String bad = "year: 2099\nnotice: { title: 测试用通知, number: 测试, issued: \"2098-11-01\" }\n"
        + "workdays:\n  - { date: \"2099-01-05\", name: 调休, basis: 测试 }\n";
    mvc.perform(post("/api/calendar/years").principal(as("baima.clerk")).contentType("application/yaml").content(bad))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("只有系统管理员可以载入工作日历"));
    mvc.perform(post("/api/calendar/years").principal(as("admin")).contentType("application/yaml").content(bad))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.message").value("日历文件第 4 行：调休上班日 2099-01-05 不是周六或周日"));
    org.mockito.Mockito.verifyNoInteractions(store);
  }

  @Test
  void anAdministratorLoadsAYearAsAMultipartUpload() throws Exception {
    String good = "year: 2099\nnotice: { title: 测试用通知, number: 测试, issued: \"2098-11-01\" }\n"
        + "holidays:\n  - { from: \"2099-01-01\", name: 元旦, basis: 测试 一 }\n";
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/calendar/years")
            .file(new org.springframework.mock.web.MockMultipartFile("file", "2099.yaml", "application/yaml",
                good.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .principal(as("admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.loaded.year").value(2099));
    org.mockito.Mockito.verify(store).save(2099, good, "2099.yaml", "admin");
  }

  private static Principal as(String user) {
    return () -> user;
  }
}
