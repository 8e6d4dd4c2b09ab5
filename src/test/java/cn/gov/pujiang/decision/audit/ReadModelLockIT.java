package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model's row lock on PostgreSQL: two transactions that have each written a record of the
 * same decision (as two users completing one task both write its trail) refresh its facts one after
 * the other instead of deadlocking. With {@code FOR UPDATE} each waited for the other's KEY SHARE
 * lock of its foreign-key insert, and PostgreSQL aborted one.
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class ReadModelLockIT extends ProcessTestSupport {

  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired DecisionFacts facts;

  @Test
  void twoTransactionsThatBothWroteARecordOfOneDecisionRefreshItsFactsOneAfterTheOther() throws Exception {
    long id = registerDecision(TOWN, "读模型行锁测试").getId();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    CountDownLatch bothWrote = new CountDownLatch(2);
    Callable<Void> completion = () -> {
      tx.executeWithoutResult(status -> {
        jdbc.update("insert into md_stage_record (decision_id, stage, event, recorded_at)"
            + " values (?, 'TEST', 'READ_MODEL_LOCK', current_timestamp)", id);
        bothWrote.countDown();
        try {
          assertThat(bothWrote.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        facts.refresh(List.of(id));
      });
      return null;
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Void> first = pool.submit(completion);
      Future<Void> second = pool.submit(completion);
      first.get(30, TimeUnit.SECONDS);
      second.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    assertThat(jdbc.queryForObject("select count(*) from md_stage_record where decision_id = ? and event = 'READ_MODEL_LOCK'",
        Integer.class, id)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from md_audit_decision where decision_id = ?", Integer.class, id))
        .isEqualTo(1);
  }
}
