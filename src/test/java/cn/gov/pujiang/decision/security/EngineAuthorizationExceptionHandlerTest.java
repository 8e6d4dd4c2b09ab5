package cn.gov.pujiang.decision.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.pujiang.decision.web.ApiExceptionHandler;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An engine refusal inside an /api endpoint is a 403 with a Chinese message, not a 500. */
class EngineAuthorizationExceptionHandlerTest {

  /** Only in this standalone MockMvc: Boot's test type filter keeps test classes' nested types out of scanning. */
  @RestController
  static class RefusedByEngine {
    @GetMapping("/api/refused")
    String refused() {
      throw new AuthorizationException("The user with id 'baima.clerk' does not have 'READ' permission");
    }
  }

  @Test
  void engineRefusalBecomesForbiddenWithChineseMessage() throws Exception {
    MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusedByEngine())
        .setControllerAdvice(new ApiExceptionHandler(), new EngineAuthorizationExceptionHandler())
        .build();

    mvc.perform(get("/api/refused"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("您没有执行此操作的权限"))
        .andExpect(jsonPath("$.code").value("FORBIDDEN"));
  }
}
