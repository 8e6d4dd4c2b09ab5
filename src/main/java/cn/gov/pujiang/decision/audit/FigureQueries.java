package cn.gov.pujiang.decision.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the statistics' independent per-unit queries side by side: each is an aggregate over the year's
 * decisions that keeps one database core busy, and a county-wide year has a dozen of them
 * (docs/performance.md, "Ten years of a province"). A small fixed pool
 * ({@code decision.audit.figure-threads}, default the smaller of 4 and the cores) bounds the connections
 * one server lends to statistics, however many auditors ask at once.
 *
 * <p>Inside a transaction the queries run in it, one after the other: another thread's connection
 * would not see what the transaction has written.
 */
@Component
class FigureQueries implements DisposableBean {

  private final ExecutorService executor;

  FigureQueries(@Value("${decision.audit.figure-threads:0}") int threads) {
    int size = threads > 0 ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
    AtomicInteger count = new AtomicInteger();
    this.executor = size <= 1 ? null : Executors.newFixedThreadPool(size, task -> {
      Thread thread = new Thread(task, "audit-figures-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The results of {@link #start}, in the order of its items. */
  static final class Pending<R> {
    private final List<CompletableFuture<R>> futures;

    private Pending(List<CompletableFuture<R>> futures) {
      this.futures = futures;
    }

    List<R> join() {
      List<R> results = new ArrayList<>(futures.size());
      for (CompletableFuture<R> future : futures) {
        try {
          results.add(future.join());
        } catch (CompletionException e) {
          if (e.getCause() instanceof RuntimeException cause) {
            throw cause;
          }
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e;
        }
      }
      return results;
    }
  }

  /** Starts {@code work} for every item; {@link Pending#join} waits for all and rethrows the first failure. */
  <S, R> Pending<R> start(List<S> items, Function<S, R> work) {
    boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
    List<CompletableFuture<R>> futures = new ArrayList<>(items.size());
    for (S item : items) {
      if (executor == null || inTransaction) {
        CompletableFuture<R> done = new CompletableFuture<>();
        try {
          done.complete(work.apply(item));
        } catch (RuntimeException | Error e) {
          done.completeExceptionally(e);
        }
        futures.add(done);
      } else {
        futures.add(CompletableFuture.supplyAsync(() -> work.apply(item), executor));
      }
    }
    return new Pending<>(futures);
  }

  @Override
  public void destroy() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
