package cn.gov.pujiang.decision.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response times per kind of request (recorded only once the warm-up is over) and every error,
 * whenever it happened: an error in the warm-up is still an error.
 */
final class Stats {

  private final Map<String, List<Long>> samples = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final List<String> firstErrors = new ArrayList<>();
  private volatile boolean recording;

  void startRecording() {
    recording = true;
  }

  void stopRecording() {
    recording = false;
  }

  void record(String kind, long nanos) {
    if (recording) {
      List<Long> list = samples.computeIfAbsent(kind, k -> new ArrayList<>());
      synchronized (list) {
        list.add(nanos);
      }
    }
  }

  void error(String kind, String message) {
    errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    synchronized (firstErrors) {
      if (firstErrors.size() < 30) {
        firstErrors.add("[" + kind + "] " + message);
        System.out.println("[load] ERROR [" + kind + "] " + message);
      }
    }
  }

  long errorCount() {
    return errors.values().stream().mapToLong(AtomicLong::get).sum();
  }

  Map<String, Long> errorsByKind() {
    Map<String, Long> byKind = new TreeMap<>();
    errors.forEach((k, v) -> byKind.put(k, v.get()));
    return byKind;
  }

  /** kind -> {count, p50, p95, p99, max} in milliseconds. */
  Map<String, double[]> percentiles() {
    Map<String, double[]> result = new TreeMap<>();
    samples.forEach((kind, list) -> {
      long[] sorted;
      synchronized (list) {
        sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
      }
      if (sorted.length > 0) {
        result.put(kind, new double[] {sorted.length, ms(at(sorted, 0.50)), ms(at(sorted, 0.95)), ms(at(sorted, 0.99)),
            ms(sorted[sorted.length - 1])});
      }
    });
    return result;
  }

  /** Nearest-rank percentile. */
  private static long at(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
