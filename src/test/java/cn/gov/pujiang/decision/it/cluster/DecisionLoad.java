package cn.gov.pujiang.decision.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives decisions over HTTP through both nodes, as a load balancer without sticky sessions would
 * spread users' requests: every request goes to the next node in rotation, and a request that gets no
 * answer (node killed, node stopping, database away: connection refused, 503) is tried again on the
 * next node after a short pause. Each person signs in with HTTP Basic as themself (demo users).
 *
 * <p>Path per decision (the one with the fewest user tasks, every step a real application step):
 * the clerk starts it ({@code POST /api/decisions}, from an item of the unit's published catalogue), studies the proposal, the
 * leadership decides not to start, the archiving process compiles the archive list (asynchronous job),
 * the office confirms the archive and the decision is closed (asynchronous job, sealed into the unit's
 * hash chain). Every {@link #OVERDUE_EVERY}-th decision's leadership task is given a due date in the past;
 * it is completed only after deadline-watch (a timer, on whichever node) has flagged it and sent the
 * escalation, so timers, notifications and their unique keys are part of the run.
 *
 * <p>Each step is decided from the decision's open tasks as the engine reports them, never from what
 * the driver believes it did, so an answer lost with a killed node is simply looked at again.
 */
final class DecisionLoad {

  static final int OVERDUE_EVERY = 5;
  static final String[] UNITS = {"county", "puyang", "xianhua", "punan", "huangzhai", "baima", "zhengzhai", "yantou",
      "zhengjiawu", "tanxi", "hangping", "yuzhai", "dafan", "zhongyu", "qianwu", "huaqiao"};
  /** Catalogue items published per unit for the load (ClusterIT); a decision uses its unit's next one. */
  static final int ITEMS_PER_UNIT = 250;
  private static final String PASSWORD = "demo";
  /** An administrator's change of a task property is an intervention and needs a reason (ADR 0017). */
  private static final String INTERVENTION_REASON = "集群测试：设置已过期的办理期限以触发逾期督办";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<ClusterNode> nodes;
  private final HttpClient http;
  /** At least this many decisions; more while the test is still disturbing the cluster. */
  private final int minimum;
  private volatile boolean stopStarting;
  private final int workers;
  /** Decisions in progress at once, as in an office: new ones start as others end, so phases spread over the run. */
  private final int window;
  private final AtomicInteger nextIndex = new AtomicInteger();
  private final AtomicInteger rotation = new AtomicInteger();
  private final LinkedBlockingQueue<Decision> queue = new LinkedBlockingQueue<>();
  private final AtomicInteger ended = new AtomicInteger();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private ExecutorService pool;

  /** Task ids whose completion was answered 204: each must be completed in the engine's history. */
  final Set<String> acknowledgedCompletions = ConcurrentHashMap.newKeySet();
  final AtomicLong requests = new AtomicLong();
  final AtomicLong retriedRequests = new AtomicLong();
  final AtomicLong unavailableAnswers = new AtomicLong();
  final AtomicLong longestRequestMillis = new AtomicLong();
  final Map<Integer, AtomicLong> statusCounts = new ConcurrentHashMap<>();

  DecisionLoad(List<ClusterNode> nodes, HttpClient http, int minimum, int workers, int window) {
    this.nodes = nodes;
    this.http = http;
    this.minimum = minimum;
    this.workers = workers;
    this.window = window;
  }

  static final class Decision {
    final int index;
    final String unit;
    final String title;
    String decisionNo;

    Decision(int index) {
      this.index = index;
      this.unit = UNITS[index % UNITS.length];
      this.title = String.format("集群测试决策-%04d", index);
    }

    String itemNo() {
      int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
      int seq = (index - 1) / UNITS.length + 1;
      if (seq > ITEMS_PER_UNIT) {
        throw new AssertionError("more decisions than catalogue items for " + unit + ": raise ITEMS_PER_UNIT");
      }
      return DecisionLoad.itemNo(unit, year, seq);
    }

    boolean overdue() {
      return index % OVERDUE_EVERY == 0;
    }
  }

  static String itemNo(String unit, int year, int seq) {
    return String.format("%s-%d-L%04d", unit, year, seq);
  }

  void start() {
    for (int i = 0; i < window; i++) {
      queue.add(new Decision(nextIndex.incrementAndGet()));
    }
    pool = Executors.newFixedThreadPool(workers);
    for (int w = 0; w < workers; w++) {
      pool.submit(this::work);
    }
  }

  int ended() {
    return ended.get();
  }

  /** From now on no decision starts beyond the minimum; those started run to their end. */
  void stopStarting() {
    stopStarting = true;
  }

  /** Decisions started (or about to be); final once {@link #stopStarting} was called and all have ended. */
  int admitted() {
    return nextIndex.get();
  }

  /** True when every admitted decision has ended and no more will be admitted. */
  boolean finished() {
    return stopStarting && ended.get() == nextIndex.get() && nextIndex.get() >= minimum;
  }

  Throwable failure() {
    return failure.get();
  }

  int overdueDecisions() {
    return admitted() / OVERDUE_EVERY;
  }

  void stop() throws InterruptedException {
    if (pool != null) {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  private void work() {
    try {
      while (failure.get() == null && !Thread.currentThread().isInterrupted()) {
        Decision decision = queue.poll(1, TimeUnit.SECONDS);
        if (decision == null) {
          continue;
        }
        boolean done = step(decision);
        if (done) {
          // Admit the next one before counting this one as ended, so that ended == admitted means idle.
          if (!stopStarting || nextIndex.get() < minimum) {
            queue.add(new Decision(nextIndex.incrementAndGet()));
          }
          ended.incrementAndGet();
        } else {
          queue.add(decision);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
    }
  }

  /** One step of one decision; true when its process has ended. */
  private boolean step(Decision d) throws InterruptedException, IOException {
    if (d.decisionNo == null) {
      startDecision(d);
      return false;
    }
    JsonNode tasks = get("admin", "/engine-rest/task?processInstanceBusinessKey=" + enc(d.decisionNo));
    if (tasks.isEmpty()) {
      JsonNode history = get("admin", "/engine-rest/history/process-instance?processDefinitionKey=major-decision"
          + "&processInstanceBusinessKey=" + enc(d.decisionNo));
      if (history.size() == 1 && "COMPLETED".equals(history.get(0).path("state").asText())) {
        return true;
      }
      Thread.sleep(100); // an asynchronous step is waiting for a job executor
      return false;
    }
    if (tasks.size() != 1) {
      throw new AssertionError(d.decisionNo + " has " + tasks.size() + " open tasks: " + tasks);
    }
    JsonNode task = tasks.get(0);
    String id = task.path("id").asText();
    String key = task.path("taskDefinitionKey").asText();
    switch (key) {
      case "Task_StudyProposal" -> complete(d.unit + ".clerk", id, Map.of("studyConclusion", "条件尚不成熟，建议暂缓"));
      case "Task_DecideInitiation" -> decide(d, task);
      case "Task_ConfirmArchive" -> complete(d.unit + ".secretary", id, Map.of(
          "archiveComplete", "COMPLETE", "archiveRetention", "SHORT_10Y"));
      default -> throw new AssertionError(d.decisionNo + " waits at unexpected task " + key);
    }
    return false;
  }

  private void decide(Decision d, JsonNode task) throws IOException, InterruptedException {
    String id = task.path("id").asText();
    if (d.overdue()) {
      if (task.path("due").isNull() || task.path("due").isMissingNode()) {
        // An administrator gives the task a time limit that has already passed (Tasklist's "设置到期日";
        // an intervention with its reason, ADR 0017).
        var body = JSON.createObjectNode()
            .put("name", task.path("name").asText())
            .put("priority", task.path("priority").asInt())
            .put("due", "2026-01-05T17:30:00.000+0800");
        send("admin", "PUT", "/engine-rest/task/" + id, body.toString());
        return;
      }
      if (task.path("priority").asInt() < 90) {
        Thread.sleep(50); // deadline-watch has not flagged it yet
        return;
      }
    }
    complete(d.unit + ".head", id, Map.of("initiationDecision", "NOT_START", "initiationOpinion", "经研究，暂不启动决策程序"));
  }

  private void startDecision(Decision d) throws IOException, InterruptedException {
    var body = JSON.createObjectNode()
        .put("decisionTitle", d.title)
        .put("decisionUnit", d.unit)
        .put("catalogueItemNo", d.itemNo())
        .put("proposerType", "DEPARTMENT")
        .put("proposerName", "集群测试承办科室")
        .put("proposalSummary", "拟解决的问题、理由和初步方案（集群测试）");
    body.putObject("attributes");
    HttpResponse<String> response = trySend(d.unit + ".clerk", "POST", "/api/decisions", body.toString());
    if (response != null && response.statusCode() == 201) {
      d.decisionNo = JSON.readTree(response.body()).path("decisionNo").asText();
      return;
    }
    if (response != null && response.statusCode() / 100 == 4) {
      throw new AssertionError("Start of " + d.title + " refused: " + response.statusCode() + " " + response.body());
    }
    // No answer: the start may or may not have committed. Look before starting again, so that a lost
    // answer never makes a second decision.
    JsonNode started = get("admin", "/engine-rest/process-instance?processDefinitionKey=major-decision&variables="
        + enc("decisionTitle_eq_" + d.title));
    if (started.size() == 1) {
      d.decisionNo = started.get(0).path("businessKey").asText();
    }
  }

  private void complete(String user, String taskId, Map<String, String> variables) throws IOException, InterruptedException {
    var body = JSON.createObjectNode();
    var vars = body.putObject("variables");
    variables.forEach((name, value) -> vars.putObject(name).put("value", value));
    HttpResponse<String> response = trySend(user, "POST", "/engine-rest/task/" + taskId + "/complete", body.toString());
    if (response == null) {
      return; // looked at again in the next step
    }
    if (response.statusCode() == 204) {
      acknowledgedCompletions.add(taskId);
      return;
    }
    // Completed already by a request whose answer was lost, or the task moved on: the next step looks again.
    if (response.statusCode() == 404 || (response.statusCode() == 500 && response.body().contains("exist"))) {
      return;
    }
    throw new AssertionError("Completing task " + taskId + " as " + user + " answered " + response.statusCode() + " "
        + response.body());
  }

  private JsonNode get(String user, String path) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = trySend(user, "GET", path, null);
      if (response != null && response.statusCode() == 200) {
        return JSON.readTree(response.body());
      }
      if (response != null && response.statusCode() != 503) {
        throw new AssertionError("GET " + path + " answered " + response.statusCode() + " " + response.body());
      }
      if (attempt > 600) {
        throw new AssertionError("GET " + path + " got no answer from any node for over a minute");
      }
    }
  }

  private void send(String user, String method, String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = trySend(user, method, path, body);
    if (response != null && response.statusCode() / 100 != 2) {
      throw new AssertionError(method + " " + path + " as " + user + " answered " + response.statusCode() + " "
          + response.body());
    }
  }

  /**
   * One request to the next node in rotation; null when it got no usable answer (connection refused
   * or reset, timeout, 503), after which the caller looks again. 503 must carry the Chinese message.
   */
  private HttpResponse<String> trySend(String user, String method, String path, String body)
      throws InterruptedException {
    ClusterNode node = nextNode();
    if (node == null) {
      Thread.sleep(100);
      retriedRequests.incrementAndGet();
      return null;
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if ("admin".equals(user) && !"GET".equals(method)) {
      request.header("X-Intervention-Reason", java.net.URLEncoder.encode(INTERVENTION_REASON, StandardCharsets.UTF_8));
    }
    if (body != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    long begin = System.nanoTime();
    requests.incrementAndGet();
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      longestRequestMillis.accumulateAndGet((System.nanoTime() - begin) / 1_000_000, Math::max);
      statusCounts.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
      if (response.statusCode() == 503) {
        unavailableAnswers.incrementAndGet();
        if (!response.body().contains("数据库暂时无法访问") && !response.body().isEmpty()) {
          throw new AssertionError("503 without the Chinese message from " + node.name + " " + path + ": " + response.body());
        }
        retriedRequests.incrementAndGet();
        Thread.sleep(200);
        return null;
      }
      return response;
    } catch (IOException e) {
      retriedRequests.incrementAndGet();
      Thread.sleep(200);
      return null;
    }
  }

  private ClusterNode nextNode() {
    List<ClusterNode> live = new ArrayList<>();
    for (ClusterNode node : nodes) {
      if (node.inRotation) {
        live.add(node);
      }
    }
    return live.isEmpty() ? null : live.get(Math.floorMod(rotation.getAndIncrement(), live.size()));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
