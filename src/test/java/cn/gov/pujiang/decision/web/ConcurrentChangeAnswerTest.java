package cn.gov.pujiang.decision.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api answers a request that lost a race with 409 in Chinese, whether JPA's version check or the
 * engine's optimistic locking noticed it (e.g. two clerks submitting one catalogue, which completes
 * its compile task in the engine); before, the engine's case was a 500.
 */
class ConcurrentChangeAnswerTest {

  @RestController
  static class Racing {
    @PostMapping("/api/engine-race")
    void engine() {
      throw new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE TaskEntity[1]' failed.");
    }

    @PostMapping("/api/jpa-race")
    void jpa() {
      throw new ObjectOptimisticLockingFailureException("CatalogueItem", 1L);
    }

    @PostMapping("/api/deadlock")
    void deadlock() {
      throw new PessimisticLockingFailureException("ERROR: deadlock detected");
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new Racing()).setControllerAdvice(new ApiExceptionHandler()).build();

  @Test
  void theEnginesOptimisticLockingFailureIsA409WithAChineseMessage() throws Exception {
    mvc.perform(post("/api/engine-race"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("CONCURRENT_CHANGE"))
        .andExpect(jsonPath("$.message").value("该记录已被他人修改，请刷新后重新操作，您的修改未保存"));
  }

  @Test
  void aTransactionPostgresqlAbortsForADeadlockIsA409() throws Exception {
    mvc.perform(post("/api/deadlock")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("CONCURRENT_CHANGE"));
  }

  @Test
  void jpasVersionCheckStaysA409() throws Exception {
    mvc.perform(post("/api/jpa-race")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("CONCURRENT_CHANGE"));
  }
}
