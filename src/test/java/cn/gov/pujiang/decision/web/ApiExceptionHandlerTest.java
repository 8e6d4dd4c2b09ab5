package cn.gov.pujiang.decision.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.pujiang.decision.refusal.Refusal;
import java.sql.SQLException;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The /api boundary maps each failure once to a Chinese problem. */
class ApiExceptionHandlerTest {

  /** Only in this standalone MockMvc: Boot's test type filter keeps test classes' nested types out of scanning. */
  @RestController
  static class Failing {
    @GetMapping("/api/refused")
    String refused() {
      throw new AuthorizationException("The user with id 'baima.clerk' does not have 'READ' permission");
    }

    @GetMapping("/api/duplicate")
    String duplicate() {
      throw new DataIntegrityViolationException("could not execute statement",
          new SQLException("duplicate key value violates unique constraint \"md_catalogue_unit_year_uk\"", "23505"));
    }

    @GetMapping("/api/refusal")
    String refusal() {
      throw Refusal.invalid("title", "请填写事项名称");
    }
  }

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
      .setControllerAdvice(new ApiExceptionHandler()).build();

  @Test
  void anEngineRefusalBecomesForbiddenWithAChineseMessage() throws Exception {
    mvc.perform(get("/api/refused"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.message").value("您没有执行此操作的权限"))
        .andExpect(jsonPath("$.code").value("FORBIDDEN"));
  }

  @Test
  void twoSimultaneousCreationsOfTheSameThingAreAConflictNotA500() throws Exception {
    mvc.perform(get("/api/duplicate"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("未保存")))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("md_"))));
  }

  @Test
  void aRefusalIsAProblemWithItsFieldAndCode() throws Exception {
    mvc.perform(get("/api/refusal"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("请求无效"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value("请填写事项名称"))
        .andExpect(jsonPath("$.message").value("请填写事项名称"))
        .andExpect(jsonPath("$.field").value("title"))
        .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
  }
}
