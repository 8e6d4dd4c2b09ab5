package cn.gov.pujiang.decision.load;

import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load through HTTP (issue 21 §2, docs/performance.md): the packaged application, started on its own
 * PostgreSQL database with the job executor on, is driven by 16 units' clerks, legal reviewers,
 * secretaries and heads (64 virtual users) through the requests Tasklist and the dossier page send,
 * while 2 auditors search and count. Each virtual user logs in through /login, polls its office's
 * "本单位待办" filter, opens each of its tasks (form variables), uploads the documents the task
 * produces and submits the form. The clerk starts a new decision (from the unit's published
 * catalogue) whenever the unit has fewer than {@code window} decisions under way.
 *
 * <p>Two waits of the procedure cannot pass in a ten-minute run: the 30-day comment period (a timer)
 * is ended by the administrator setting the timer's due date to now, an intervention with its reason
 * (ADR 0017) that the timeline shows; the collective meeting is held on the day the review was
 * submitted, the decision organ shortening the legality review time (Art. 26, with reason).
 *
 * <p>mvn -Pload-bench test-compile exec:java -Dexec.args="base=http://127.0.0.1:18080 minutes=10 appPid=1234"
 */
public final class LoadBenchmark {

  static final String INTERVENTION_REASON = "负载测试：征求意见期在测试中无法实际经过，由管理员将期满定时器提前";
  static final String[] UNITS = {"county", "puyang", "xianhua", "punan", "huangzhai", "baima", "zhengzhai", "yantou",
      "zhengjiawu", "tanxi", "hangping", "yuzhai", "dafan", "zhongyu", "qianwu", "huaqiao"};
  private static final String PASSWORD = "demo";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Map<String, String> args;
  private final String base;
  private final Stats stats = new Stats();
  private final ExecutorService httpExecutor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "load-http");
    t.setDaemon(true);
    return t;
  });
  private final long pollMillis;
  private final long thinkMillis;
  private final int window;
  private volatile boolean running = true;
  private volatile boolean measuring;
  private final Map<String, AtomicInteger> underWay = new ConcurrentHashMap<>();
  private final Map<String, ArrayList<String>> catalogueItems = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> archiveConfirmations = new ConcurrentHashMap<>();
  private final Map<String, String> decisionOfInstance = new ConcurrentHashMap<>();
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong finished = new AtomicLong();
  private final AtomicLong finishedMeasured = new AtomicLong();
  private final AtomicLong submitted = new AtomicLong();
  private final AtomicLong timersMoved = new AtomicLong();
  private volatile String definitionId;

  private LoadBenchmark(Map<String, String> args) {
    this.args = args;
    this.base = args.getOrDefault("base", "http://127.0.0.1:18080");
    this.pollMillis = Long.parseLong(args.getOrDefault("pollMs", "3000"));
    this.thinkMillis = Long.parseLong(args.getOrDefault("thinkMs", "1000"));
    this.window = Integer.parseInt(args.getOrDefault("window", "2"));
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String arg : argv) {
      String[] kv = arg.split("=", 2);
      args.put(kv[0], kv.length > 1 ? kv[1] : "");
    }
    new LoadBenchmark(args).run();
    System.exit(0);
  }

  private void run() throws Exception {
    double minutes = Double.parseDouble(args.getOrDefault("minutes", "10"));
    long warmupSeconds = Long.parseLong(args.getOrDefault("warmup", "60"));
    System.out.println("[load] load average at start: " + loadAverage());
    prepareCatalogues(Integer.parseInt(args.getOrDefault("items", "120")));

    List<Thread> threads = new ArrayList<>();
    for (String unit : UNITS) {
      underWay.put(unit, new AtomicInteger());
      boolean county = "county".equals(unit);
      threads.add(user(unit, "clerk", login(unit + ".clerk")));
      threads.add(user(unit, "head", login(unit + ".head")));
      threads.add(user(unit, "secretary", login(unit + ".secretary")));
      // The unit's legal-review desk: its reviewer (the county's is the judicial bureau's) with the
      // unit's legal adviser, whose opinion the reviewer waits for (two accounts, one virtual user).
      threads.add(user(unit, "reviewer", login(county ? "sfj.reviewer" : unit + ".reviewer"), login(unit + ".lawyer")));
    }
    for (int i = 0; i < 2; i++) {
      threads.add(auditor(login("auditor"), i));
    }
    Thread timers = commentPeriods(login("admin"));

    long appPid = Long.parseLong(args.getOrDefault("appPid", "0"));
    String database = args.getOrDefault("db", "md_load_bench");
    long beginWall = System.nanoTime();
    for (Thread t : threads) {
      t.start();
    }
    timers.start();
    Thread.sleep(warmupSeconds * 1000);
    Cpu.Snapshot cpuBefore = Cpu.snapshot(appPid, database);
    stats.startRecording();
    measuring = true;
    long measureBegin = System.nanoTime();
    long measureMillis = (long) (minutes * 60_000);
    Cpu.Snapshot cpuSeen = cpuBefore;
    long nextReport = 30_000;
    while (System.nanoTime() - measureBegin < measureMillis * 1_000_000) {
      Thread.sleep(Math.min(5_000, Math.max(1, measureMillis - (System.nanoTime() - measureBegin) / 1_000_000)));
      cpuSeen = Cpu.merge(cpuSeen, Cpu.snapshot(appPid, database));
      if ((System.nanoTime() - measureBegin) / 1_000_000 >= nextReport) {
        nextReport += 30_000;
        System.out.printf("[load] %.1f min: %d started, %d finished, %d forms submitted, %d errors%n",
            (System.nanoTime() - measureBegin) / 60e9, started.get(), finished.get(), submitted.get(), stats.errorCount());
      }
    }
    stats.stopRecording();
    measuring = false;
    double measuredMinutes = (System.nanoTime() - measureBegin) / 60e9;
    Cpu.Snapshot cpuAfter = Cpu.merge(cpuSeen, Cpu.snapshot(appPid, database));
    running = false;
    for (Thread t : threads) {
      t.join(60_000);
    }
    timers.join(10_000);

    System.out.println("[load] ==== Load through HTTP ====");
    System.out.printf("[load] virtual users: 64 (16 units x clerk, legal review desk, secretary, head) + 2 auditors;"
        + " window %d decisions per unit, poll %d ms, think %d ms%n", window, pollMillis, thinkMillis);
    System.out.printf("[load] warm-up %d s (not measured), measured %.1f min, wall %.1f min%n", warmupSeconds,
        measuredMinutes, (System.nanoTime() - beginWall) / 60e9);
    System.out.println("[load] kind               count     p50 ms    p95 ms    p99 ms    max ms");
    stats.percentiles().forEach((kind, v) -> System.out.printf("[load] %-16s %7d %9.1f %9.1f %9.1f %9.1f%n",
        kind, (long) v[0], v[1], v[2], v[3], v[4]));
    System.out.println("[load] errors: " + stats.errorCount() + " " + stats.errorsByKind());
    System.out.printf("[load] decisions: %d started, %d finished in all; %d finished in the measured window = %.2f"
        + " decisions/min; %d forms submitted; %d comment-period timers moved%n", started.get(), finished.get(),
        finishedMeasured.get(), finishedMeasured.get() / measuredMinutes, submitted.get(), timersMoved.get());
    Cpu.report(cpuBefore, cpuAfter, measuredMinutes * 60);
    System.out.println("[load] load average at end: " + loadAverage());
  }

  private Session login(String user) throws IOException, InterruptedException {
    Session session = new Session(base, user, stats, httpExecutor);
    session.login(PASSWORD);
    return session;
  }

  // ---------------------------------------------------------------- the officials

  private Thread user(String unit, String role, Session... sessions) throws IOException, InterruptedException {
    List<String> filters = new ArrayList<>();
    for (Session session : sessions) {
      filters.add(unitFilter(session));
    }
    Thread thread = new Thread(() -> {
      pause(ThreadLocalRandom.current().nextLong(pollMillis));
      while (running) {
        boolean worked = false;
        for (int i = 0; i < sessions.length && running; i++) {
          worked |= workThrough(unit, sessions[i], filters.get(i));
        }
        if ("clerk".equals(role) && running && underWay.get(unit).get() < window) {
          worked |= startDecision(unit, sessions[0]);
        }
        if (!worked) {
          pause(jitter(pollMillis));
        }
      }
    }, "load-" + sessions[0].user);
    thread.setDaemon(true);
    return thread;
  }

  /** The filter the user finds their office's work in: "本单位待办" (TaskFilterCatalogue). */
  private static String unitFilter(Session session) throws IOException, InterruptedException {
    JsonNode filters = session.engine("filter-list", "GET", "/filter?resourceType=Task&itemCount=false", null, 200,
        "application/json");
    for (JsonNode filter : filters) {
      if ("本单位待办".equals(filter.path("name").asText())) {
        return filter.path("id").asText();
      }
    }
    throw new IllegalStateException(session.user + " has no 本单位待办 filter: " + filters);
  }

  /** One look at the task list and the work found there; true when a form was submitted. */
  private boolean workThrough(String unit, Session session, String filterId) {
    try {
      ObjectNode query = Session.JSON.createObjectNode();
      query.putArray("processVariables");
      query.putArray("taskVariables");
      query.putArray("caseInstanceVariables");
      query.putArray("orQueries");
      query.putArray("sorting").addObject().put("sortBy", "dueDate").put("sortOrder", "asc");
      query.put("active", true);
      JsonNode list = session.engine("task-list", "POST", "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
          query, 200, "application/hal+json");
      boolean worked = false;
      for (JsonNode task : list.path("_embedded").path("task")) {
        if (!running) {
          break;
        }
        Step step = Steps.of(task.path("taskDefinitionKey").asText(), session.user);
        if (step != null) {
          complete(unit, session, task, step);
          worked = true;
        }
      }
      return worked;
    } catch (IOException e) {
      pause(1000); // counted where it happened
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      return false;
    }
  }

  private void complete(String unit, Session session, JsonNode task, Step step)
      throws IOException, InterruptedException {
    String taskId = task.path("id").asText();
    pause(jitter(thinkMillis / 2)); // opening the task
    JsonNode formVariables = session.engine("form-variables", "GET",
        "/task/" + taskId + "/form-variables?deserializeValues=false", null, 200, "application/json");
    String decisionNo = formVariables.path("decisionNo").path("value").asText(null);
    if (decisionNo == null) {
      String instance = task.path("processInstanceId").asText();
      decisionNo = decisionOfInstance.get(instance);
      if (decisionNo == null) {
        decisionNo = session.engine("other", "GET", "/process-instance/" + instance, null, 200, "application/json")
            .path("businessKey").asText();
        decisionOfInstance.put(instance, decisionNo);
      }
    }
    for (DocumentKind kind : step.documents()) {
      pause(jitter(thinkMillis / 2)); // choosing the file
      session.upload(decisionNo, kind.name(), kind.label() + ".pdf",
          ("%PDF-1.4\n% " + kind.label() + " " + decisionNo + " " + System.nanoTime() + "\n%%EOF\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    pause(jitter(thinkMillis)); // filling in the form
    ObjectNode body = Session.JSON.createObjectNode();
    body.set("variables", step.variables(unit, today()));
    session.engine("submit-form", "POST", "/task/" + taskId + "/submit-form", body, 204, "application/json");
    submitted.incrementAndGet();
    if (step.key().equals("Task_ConfirmArchive")
        && archiveConfirmations.computeIfAbsent(decisionNo, no -> new AtomicInteger()).incrementAndGet() == 2) {
      // The supplement after execution: the decision's last task.
      finished.incrementAndGet();
      if (measuring) {
        finishedMeasured.incrementAndGet();
      }
      underWay.get(unit).decrementAndGet();
    }
  }

  /** Tasklist's start dialog: the latest major-decision's start form with an item of the unit's catalogue. */
  private boolean startDecision(String unit, Session clerk) {
    try {
      if (definitionId == null) {
        JsonNode definitions = clerk.engine("other", "GET",
            "/process-definition?key=major-decision&latestVersion=true", null, 200, "application/json");
        definitionId = definitions.get(0).path("id").asText();
      }
      String item;
      synchronized (catalogueItems) {
        List<String> items = catalogueItems.get(unit);
        if (items.isEmpty()) {
          return false;
        }
        item = items.remove(0);
      }
      pause(jitter(thinkMillis));
      ObjectNode variables = Session.JSON.createObjectNode();
      Steps.put(variables, "decisionTitle", "农贸市场改造提升方案（负载测试）");
      Steps.put(variables, "decisionUnit", unit);
      Steps.put(variables, "catalogueItemNo", item);
      Steps.put(variables, "proposerType", "DEPARTMENT");
      Steps.put(variables, "proposerName", "经济发展办公室");
      Steps.put(variables, "proposalSummary", "市场设施老化，存在消防隐患，拟改造提升");
      for (String attribute : Attributes.ALL) {
        Steps.put(variables, attribute, false);
      }
      ObjectNode body = Session.JSON.createObjectNode();
      body.set("variables", variables);
      clerk.engine("start-form", "POST", "/process-definition/" + definitionId + "/submit-form", body, 200,
          "application/json");
      started.incrementAndGet();
      underWay.get(unit).incrementAndGet();
      return true;
    } catch (IOException e) {
      pause(1000);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      return false;
    }
  }

  // ---------------------------------------------------------------- auditors and the administrator

  private Thread auditor(Session session, int index) {
    Thread thread = new Thread(() -> {
      int round = index;
      String year = String.valueOf(LocalDate.now(ZONE).getYear());
      String lastDecision = null;
      while (running) {
        pause(jitter(3000));
        try {
          String unit = UNITS[ThreadLocalRandom.current().nextInt(UNITS.length)];
          switch (round++ % 4) {
            case 0 -> {
              JsonNode page = session.getJson("audit-search", "/api/audit/decisions?unit=" + unit
                  + "&year=" + year + "&page=0&size=20&sort=createdAt&direction=desc");
              JsonNode rows = page.path("items");
              if (rows.size() > 0) {
                lastDecision = rows.get(0).path("decisionNo").asText(null);
              }
            }
            case 1 -> session.getJson("audit-search", "/api/audit/decisions?q=" + Session.enc("农贸市场")
                + "&page=0&size=20");
            case 2 -> session.getJson("audit-statistics", "/api/audit/statistics?year=" + year);
            default -> {
              if (lastDecision != null) {
                session.getJson("audit-timeline", "/api/audit/decisions/" + Session.enc(lastDecision) + "/timeline");
              } else {
                session.getJson("audit-statistics", "/api/audit/statistics?year=" + year + "&unit=" + unit);
              }
            }
          }
        } catch (IOException e) {
          pause(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }, "load-auditor-" + index);
    thread.setDaemon(true);
    return thread;
  }

  /** The administrator ends each 30-day comment period now (see the class comment). */
  private Thread commentPeriods(Session admin) {
    Thread thread = new Thread(() -> {
      DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
      while (running) {
        pause(5000);
        try {
          JsonNode jobs = admin.engine("admin-timer", "GET",
              "/job?activityId=TimerEvent_CommentPeriodEnds&timers=true&maxResults=100", null, 200, "application/json");
          for (JsonNode job : jobs) {
            String due = job.path("dueDate").asText("");
            if (!due.isEmpty() && OffsetDateTime.parse(due, format).isAfter(OffsetDateTime.now().plusMinutes(1))) {
              ObjectNode body = Session.JSON.createObjectNode().put("duedate", OffsetDateTime.now().format(format));
              admin.engine("admin-timer", "PUT", "/job/" + job.path("id").asText() + "/duedate", body, 204,
                  "application/json");
              timersMoved.incrementAndGet();
            }
          }
        } catch (IOException e) {
          pause(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (RuntimeException e) {
          stats.error("admin-timer", e.toString());
        }
      }
    }, "load-admin");
    thread.setDaemon(true);
    return thread;
  }

  // ---------------------------------------------------------------- set-up and helpers

  /**
   * Every decision starts from an item of its unit's published catalogue. The catalogues are test
   * data, written straight into the benchmark's database as a migration from an earlier system
   * would (as ClusterIT does): compiling items through the catalogue process is not what is measured.
   */
  private void prepareCatalogues(int perUnit) throws Exception {
    String url = args.getOrDefault("dbUrl", "jdbc:postgresql://127.0.0.1:5432/" + args.getOrDefault("db", "md_load_bench"));
    int year = LocalDate.now(ZONE).getYear();
    try (Connection c = DriverManager.getConnection(url, args.getOrDefault("dbUser", "postgres"),
        args.getOrDefault("dbPassword", ""))) {
      c.setAutoCommit(false);
      for (String unit : UNITS) {
        long catalogueId;
        try (var find = c.prepareStatement("select id, status from md_catalogue where unit_code = ? and catalogue_year = ?")) {
          find.setString(1, unit);
          find.setInt(2, year);
          try (var rs = find.executeQuery()) {
            if (rs.next()) {
              if (!"PUBLISHED".equals(rs.getString(2))) {
                throw new IllegalStateException(unit + "'s catalogue of " + year + " is not published: start the app"
                    + " with --decision.demo-catalogue=false on a new database");
              }
              catalogueId = rs.getLong(1);
            } else {
              catalogueId = -1;
            }
          }
        }
        if (catalogueId < 0) {
          try (var insert = c.prepareStatement("insert into md_catalogue (unit_code, catalogue_year, status, "
              + "approval_body, published_at, created_by, created_at, updated_at) values (?, ?, 'PUBLISHED', "
              + "'负载测试', now(), 'load-bench', now(), now())", new String[] {"id"})) {
            insert.setString(1, unit);
            insert.setInt(2, year);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
              keys.next();
              catalogueId = keys.getLong(1);
            }
          }
        }
        int first;
        try (var max = c.prepareStatement("select coalesce(max(seq), 0) from md_catalogue_item where catalogue_id = ?")) {
          max.setLong(1, catalogueId);
          try (var rs = max.executeQuery()) {
            rs.next();
            first = rs.getInt(1) + 1;
          }
        }
        ArrayList<String> items = new ArrayList<>();
        try (var item = c.prepareStatement("insert into md_catalogue_item (catalogue_id, item_no, seq, title, "
            + "organising_unit, legal_basis, planned_procedures, planned_completion, status, origin, created_by, "
            + "created_at, updated_at) values (?, ?, ?, ?, '经济发展办公室', '《重大行政决策程序暂行条例》', '', ?, "
            + "'PLANNED', 'COMPILED', 'load-bench', now(), now())")) {
          for (int seq = first; seq < first + perUnit; seq++) {
            String no = String.format("%s-%d-L%04d", unit, year, seq);
            item.setLong(1, catalogueId);
            item.setString(2, no);
            item.setInt(3, seq);
            item.setString(4, "负载测试目录事项-" + seq);
            item.setObject(5, LocalDate.of(year, 12, 31));
            item.addBatch();
            items.add(no);
          }
          item.executeBatch();
        }
        catalogueItems.put(unit, items);
      }
      c.commit();
    }
  }

  private static String today() {
    return LocalDate.now(ZONE).toString();
  }

  private static long jitter(long mean) {
    return mean <= 0 ? 0 : mean / 2 + ThreadLocalRandom.current().nextLong(mean + 1);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim() + " (1, 5, 15 min; 2 cores)";
    } catch (IOException e) {
      return "unknown";
    }
  }
}
