package cn.gov.pujiang.decision.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time from /proc (utime + stime, in clock ticks of 1/100 s): the application's JVM, the
 * PostgreSQL backends connected to the benchmark's database (their process title names it), and all
 * postgres processes (which include the other users of this shared server).
 */
final class Cpu {

  private static final double TICKS_PER_SECOND = 100.0;

  private Cpu() {}

  record Snapshot(long app, Map<Long, Long> ownBackends, Map<Long, Long> allPostgres) {}

  static Snapshot snapshot(long appPid, String database) {
    Map<Long, Long> own = new HashMap<>();
    Map<Long, Long> all = new HashMap<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path proc : procs) {
        long pid = Long.parseLong(proc.getFileName().toString());
        try {
          String stat = Files.readString(proc.resolve("stat"));
          String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (!"postgres".equals(comm)) {
            continue;
          }
          long ticks = ticks(stat);
          all.put(pid, ticks);
          String title = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
          if (title.contains(" " + database + " ")) {
            own.put(pid, ticks);
          }
        } catch (IOException | RuntimeException e) {
          // the process ended while being read
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    long app = 0;
    if (appPid > 0) {
      try {
        app = ticks(Files.readString(Path.of("/proc/" + appPid + "/stat")));
      } catch (IOException e) {
        throw new IllegalStateException("no process " + appPid, e);
      }
    }
    return new Snapshot(app, own, all);
  }

  /** utime + stime: fields 14 and 15 of /proc/pid/stat, counted after the command name. */
  private static long ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /**
   * Keeps the last ticks seen of every process, so that a backend that ends inside the window (Hikari
   * retires its connections after 30 minutes) still counts up to its last sample: call every few seconds.
   */
  static Snapshot merge(Snapshot seen, Snapshot now) {
    Map<Long, Long> own = new HashMap<>(seen.ownBackends());
    own.putAll(now.ownBackends());
    Map<Long, Long> all = new HashMap<>(seen.allPostgres());
    all.putAll(now.allPostgres());
    return new Snapshot(now.app(), own, all);
  }

  private static double delta(Map<Long, Long> before, Map<Long, Long> after) {
    long sum = 0;
    for (Map.Entry<Long, Long> e : after.entrySet()) {
      sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    return sum / TICKS_PER_SECOND;
  }

  static void report(Snapshot before, Snapshot after, double seconds) {
    double app = (after.app() - before.app()) / TICKS_PER_SECOND;
    double own = delta(before.ownBackends(), after.ownBackends());
    double all = delta(before.allPostgres(), after.allPostgres());
    System.out.printf("[load] CPU over %.0f s: app JVM %.1f s (%.2f cores), PostgreSQL backends of this database %.1f s"
        + " (%.2f cores), all postgres processes %.1f s (%.2f cores; includes other users of the server)%n",
        seconds, app, app / seconds, own, own / seconds, all, all / seconds);
    if (app + own > 0) {
      System.out.printf("[load] CPU split app : PostgreSQL (own database) = %.0f%% : %.0f%%%n",
          100 * app / (app + own), 100 * own / (app + own));
    }
  }
}
