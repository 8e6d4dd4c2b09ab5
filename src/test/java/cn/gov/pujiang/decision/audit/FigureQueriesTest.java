package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.refusal.Refusal;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The statistics' per-unit queries side by side, and in the caller's transaction when there is one. */
class FigureQueriesTest {

  private final FigureQueries queries = new FigureQueries(2);

  @AfterEach
  void shutDown() {
    queries.destroy();
    TransactionSynchronizationManager.setActualTransactionActive(false);
  }

  @Test
  void outsideATransactionTheQueriesRunSideBySideAndComeBackInOrder() throws Exception {
    // Both must be running at once for either to finish: proves two threads, not one after the other.
    CountDownLatch bothStarted = new CountDownLatch(2);
    FigureQueries.Pending<String> pending = queries.start(List.of("a", "b"), item -> {
      bothStarted.countDown();
      try {
        assertThat(bothStarted.await(10, TimeUnit.SECONDS)).as("the other query runs at the same time").isTrue();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return item + ":" + Thread.currentThread().getName();
    });
    List<String> results = pending.join();
    assertThat(results).hasSize(2);
    assertThat(results.get(0)).startsWith("a:audit-figures-");
    assertThat(results.get(1)).startsWith("b:audit-figures-");
  }

  @Test
  void insideATransactionTheyRunOnTheCallersThreadToSeeItsWrites() {
    TransactionSynchronizationManager.setActualTransactionActive(true);
    String caller = Thread.currentThread().getName();
    List<String> threads = queries.start(List.of(1, 2, 3), item -> Thread.currentThread().getName()).join();
    assertThat(threads).containsExactly(caller, caller, caller);
  }

  @Test
  void aRefusalInOneQueryReachesTheCallerAsItself() {
    FigureQueries.Pending<Integer> pending = queries.start(List.of(1, 2), item -> {
      if (item == 2) {
        throw Refusal.invalid("unit", "没有这个决策机关");
      }
      return item;
    });
    assertThatThrownBy(pending::join).isInstanceOf(Refusal.class).hasMessageContaining("没有这个决策机关");
  }
}
