package cn.gov.pujiang.decision.it.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One application node of the cluster test: the packaged jar ({@code java -jar target/*.jar}) in its
 * own JVM on its own port, with its own Camunda host name (which ACT_HI_JOB_LOG records per job) and
 * the job executor on. Output goes to {@code target/cluster-it/<name>.log}, appended across restarts.
 */
final class ClusterNode {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("it.cluster.start-timeout-seconds", 360));

  final String name;
  final int port;
  private final List<String> args;
  private final File log;
  private Process process;
  /** What a load balancer would know: false while the node is being stopped on purpose. */
  volatile boolean inRotation;

  ClusterNode(String name, int port, List<String> args, File log) {
    this.name = name;
    this.port = port;
    this.args = args;
    this.log = log;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Starts the JVM and waits (bounded) until /actuator/health answers UP. */
  Duration start(HttpClient http) throws IOException, InterruptedException {
    long begin = System.nanoTime();
    if (!portFree(port)) {
      throw new IllegalStateException("Port " + port + " for cluster node " + name + " is in use by another process");
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx512m");
    command.add("-XX:+UseSerialGC");
    // C1 only: two JVMs start several times on a 2-core machine; C2 compiling would double each start.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-jar");
    command.add(jar().getAbsolutePath());
    command.add("--server.port=" + port);
    command.addAll(args);
    log.getParentFile().mkdirs();
    process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
        .start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Cluster node " + name + " exited with " + process.exitValue()
            + " while starting; see " + log);
      }
      try {
        HttpResponse<String> health = http.send(
            HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          inRotation = true;
          return Duration.ofNanos(System.nanoTime() - begin);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Cluster node " + name + " did not report UP within " + START_TIMEOUT + "; see " + log);
  }

  /** SIGKILL: no shutdown hook, no graceful anything; what the node had locked stays locked. */
  void kill() throws InterruptedException {
    inRotation = false;
    if (process != null) {
      process.destroyForcibly();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Cluster node " + name + " survived SIGKILL");
      }
    }
  }

  /** SIGTERM: Spring's graceful shutdown; returns how long the node took to stop. */
  Duration stopGracefully() throws InterruptedException {
    inRotation = false;
    long begin = System.nanoTime();
    process.destroy();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("Cluster node " + name + " did not stop within 90 s of SIGTERM; see " + log);
    }
    return Duration.ofNanos(System.nanoTime() - begin);
  }

  int exitValue() {
    return process.exitValue();
  }

  /** Always called in finally: nothing of the test outlives it. */
  void destroy() {
    inRotation = false;
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static File jar() {
    File[] jars = new File("target").listFiles((dir, file) -> file.startsWith("major-decision-") && file.endsWith(".jar")
        && !file.endsWith("-plain.jar") && !file.endsWith("-sources.jar"));
    if (jars == null || jars.length != 1) {
      throw new IllegalStateException("Expected the packaged application in target/ (mvn verify packages it before the"
          + " integration tests); found " + (jars == null ? "none" : List.of(jars)));
    }
    return jars[0];
  }

  static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
