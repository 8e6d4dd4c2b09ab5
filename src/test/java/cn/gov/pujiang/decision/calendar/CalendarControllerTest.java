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
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    CalendarProperties properties = new CalendarProperties();
    properties.setDirectory(dir.toString());
    mvc = MockMvcBuilders
        .standaloneSetup(new CalendarController(new ChineseWorkingDayCalendar(properties),
            mock(CalendarUploads.class), identityService))
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

  private static Principal as(String user) {
    return () -> user;
  }
}
