package cn.gov.pujiang.decision.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The throughput and cluster work: two application nodes (separate JVMs, the packaged jar) on one PostgreSQL
 * database, both with the job executor on, under load over HTTP. While both run, the share of jobs each
 * takes is measured and a browser session is shown to belong to one node; then each node in turn is
 * restarted gracefully (SIGTERM, rolling restart); then PostgreSQL itself is stopped and started; then
 * one node is killed with SIGKILL and stays dead while the other finishes. At the end every decision must have
 * ended exactly once, checked with SQL: no instance left, no duplicate archive record, trail entry or
 * notification, no incident, no job left, both nodes ran a fair share of the jobs, and every job the
 * killed node had locked was run again by a node that lived.
 *
 * <p>Settings: {@code -Dit.cluster.decisions} (500), {@code -Dit.cluster.restart-db} (true: stops and
 * starts the local PostgreSQL with pg_ctlcluster, which every other user of that server notices),
 * {@code -Dit.cluster.ports} (two free ports chosen when not given), {@code -Dit.cluster.pg-version}
 * (15). The database is {@code <IT database>_cluster}, dropped and created afresh. Figures are printed
 * and described in docs/operations.md.
 */
class ClusterIT {

  private static final int DECISIONS = Integer.getInteger("it.cluster.decisions", 500);
  private static final boolean RESTART_DB = Boolean.parseBoolean(System.getProperty("it.cluster.restart-db", "true"));
  private static final String PG_VERSION = System.getProperty("it.cluster.pg-version", "15");
  private static final String PG_CLUSTER = System.getProperty("it.cluster.pg-cluster", "main");
  private static final Duration LOAD_DEADLINE = Duration.ofMinutes(Long.getLong("it.cluster.deadline-minutes", 12));
  /** The production value (application.yaml), which the nodes use unchanged. */
  private static final long LOCK_TIME_MILLIS = 30_000;
  /** Hikari connection-timeout (10 s) plus the time to answer: the longest a request may hang during an outage. */
  private static final long OUTAGE_ANSWER_LIMIT_MILLIS = 15_000;
  private static final String WATCH_CYCLE = "R/PT2S";

  private static String adminUrl;
  private static String clusterUrl;
  private static String user;
  private static String password;
  private static final List<ClusterNode> nodes = new ArrayList<>();
  private static final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newCachedThreadPool())
      .build();
  private static final Map<String, Object> figures = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

  @BeforeAll
  static void freshDatabaseAndTwoNodes() throws Exception {
    String itUrl = System.getProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/major_decision_test");
    user = System.getProperty("spring.datasource.username", "postgres");
    password = System.getProperty("spring.datasource.password", "");
    int slash = itUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = itUrl.indexOf('?', slash);
    String base = query < 0 ? itUrl.substring(slash + 1) : itUrl.substring(slash + 1, query);
    String database = System.getProperty("it.cluster.db", base + "_cluster");
    assertThat(database).as("cluster test database name").matches("[a-z_][a-z0-9_]*");
    adminUrl = itUrl.substring(0, slash) + "/postgres";
    clusterUrl = itUrl.substring(0, slash) + "/" + database;
    try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
    int[] ports = ports();
    // The statement timeout is set the way docs/operations.md tells operators to: in the JDBC URL.
    String nodeUrl = clusterUrl + "?options=-c%20statement_timeout%3D30s";
    for (int i = 0; i < 2; i++) {
      String name = "node-" + (char) ('a' + i);
      nodes.add(new ClusterNode(name, ports[i], List.of(
          "--spring.profiles.active=demo",
          "--spring.datasource.url=" + nodeUrl,
          "--spring.datasource.username=" + user,
          "--spring.datasource.password=" + password,
          "--camunda.bpm.generic-properties.properties.hostname=" + name,
          "--decision.demo-catalogue=false",
          "--decision.notification.watch-cycle=" + WATCH_CYCLE,
          "--decision.tasklist.filter-refresh-cron=-",
          // The nodes are driven through /api and /engine-rest; the webapps (UI only, no jobs) would
          // only add to every start on this 2-core machine.
          "--camunda.bpm.webapp.enabled=false",
          "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN"),
          new File("target/cluster-it/" + name + ".log")));
    }
    new File("target/cluster-it").mkdirs();
    for (ClusterNode node : nodes) {
      new File("target/cluster-it/" + node.name + ".log").delete();
      // One after the other: the first creates the schema and deploys, the second finds both done.
      figures.put("start " + node.name + " (s)", seconds(node.start(http)));
    }
    bStarted = Instant.now();
    publishLoadCatalogues();
  }

  /**
   * Every decision starts from an item of its unit's published catalogue (Decree 713 Art. 3). The
   * catalogues are test data, written straight into the cluster's database as a migration from an
   * earlier system would: compiling and approving thousands of items through the catalogue processes
   * would measure those, not the cluster.
   */
  private static void publishLoadCatalogues() throws Exception {
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    int perUnit = DecisionLoad.ITEMS_PER_UNIT;
    try (Connection c = DriverManager.getConnection(clusterUrl, user, password)) {
      c.setAutoCommit(false);
      for (String unit : DecisionLoad.UNITS) {
        long catalogueId;
        try (var insert = c.prepareStatement("insert into md_catalogue (unit_code, catalogue_year, status, "
            + "approval_body, published_at, created_by, created_at, updated_at) values (?, ?, 'PUBLISHED', "
            + "'集群测试', now(), 'cluster-it', now(), now())", new String[] {"id"})) {
          insert.setString(1, unit);
          insert.setInt(2, year);
          insert.executeUpdate();
          try (var keys = insert.getGeneratedKeys()) {
            keys.next();
            catalogueId = keys.getLong(1);
          }
        }
        try (var item = c.prepareStatement("insert into md_catalogue_item (catalogue_id, item_no, seq, title, "
            + "organising_unit, legal_basis, planned_procedures, planned_completion, status, origin, created_by, "
            + "created_at, updated_at) values (?, ?, ?, ?, '集群测试承办科室', '《重大行政决策程序暂行条例》', '', ?, "
            + "'PLANNED', 'COMPILED', 'cluster-it', now(), now())")) {
          for (int seq = 1; seq <= perUnit; seq++) {
            item.setLong(1, catalogueId);
            item.setString(2, DecisionLoad.itemNo(unit, year, seq));
            item.setInt(3, seq);
            item.setString(4, "集群测试目录事项-" + seq);
            item.setObject(5, java.time.LocalDate.of(year, 12, 31));
            item.addBatch();
          }
          item.executeBatch();
        }
      }
      c.commit();
    }
  }

  @AfterAll
  static void stopNodesAndPrintFigures() {
    for (ClusterNode node : nodes) {
      node.destroy();
    }
    // Also when the test failed: what was measured up to the failure helps to find out why.
    figures.forEach((k, v) -> System.out.println("[cluster] " + k + ": " + v));
  }

  @Test
  void everyDecisionEndsExactlyOnceThroughKillRollingRestartAndDatabaseRestart() throws Exception {
    ClusterNode a = nodes.get(0);
    ClusterNode b = nodes.get(1);
    DecisionLoad load = new DecisionLoad(nodes, http, DECISIONS, 4, 24);
    long begin = System.nanoTime();
    loadDeadline = begin + LOAD_DEADLINE.toNanos();
    load.start();
    int decisions;
    try {
      // Decisions keep starting (24 in progress at any time, four users at work) until every disturbance is over, so each
      // one happens under load; then at least DECISIONS have been started and all must end.
      // Both nodes up: the window in which the fair share of jobs is measured.
      awaitEnded(load, Math.max(DECISIONS * 15 / 100, 20), "with both nodes up");
      bothUpWindow = new Instant[] {bStarted, Instant.now()};
      loginSessionBelongsToOneNode(a, b);

      for (ClusterNode node : nodes) {
        int endedBefore = load.ended();
        Duration stop = node.stopGracefully();
        figures.put("graceful stop " + node.name + " (s)", seconds(stop));
        assertThat(node.exitValue()).as(node.name + " exit code after SIGTERM (graceful shutdown)").isIn(0, 143);
        figures.put("restart " + node.name + " (s)", seconds(node.start(http)));
        figures.put("decisions ended during the rolling restart of " + node.name, load.ended() - endedBefore);
      }

      if (RESTART_DB) {
        int endedBefore = load.ended();
        restartDatabaseUnderLoad(a, b);
        awaitEnded(load, endedBefore + 20, "after the database restart");
        figures.put("decisions ended after the database restart, before the kill", load.ended() - endedBefore);
      }

      // Last, so that no restart has to wait for it: node-b dies and stays dead; node-a finishes alone.
      awaitEnded(load, Math.min(load.ended() + 20, DECISIONS), "before the kill");
      int endedBeforeKill = load.ended();
      Set<String> orphans = kill(b);
      figures.put("jobs locked by the killed node, run again by another", orphans.size());
      awaitEnded(load, endedBeforeKill + 20, "after the kill");
      load.stopStarting();
      awaitFinished(load);
      decisions = load.admitted();
      figures.put("load: decisions", decisions);
      figures.put("load: wall time (s)", seconds(Duration.ofNanos(System.nanoTime() - begin)));
      figures.put("load: HTTP requests", load.requests.get());
      figures.put("load: requests tried again on another node or later", load.retriedRequests.get());
      figures.put("load: 503 answers (database away)", load.unavailableAnswers.get());
      figures.put("load: longest request (ms)", load.longestRequestMillis.get());
      figures.put("load: answers by status", new java.util.TreeMap<>(load.statusCounts));
    } finally {
      load.stop();
    }
    assertThat(decisions).as("decisions driven").isGreaterThanOrEqualTo(DECISIONS);

    // A job the killed node had locked is taken over once its lock expires; one of a process outside the load
    // (deadline-watch's reminder run) may wait for the survivor's next acquisition after the load has ended, when
    // its job executor polls less often. Give the survivor that time before it stops.
    awaitOrphanJobsRun(Duration.ofMillis(LOCK_TIME_MILLIS).plusSeconds(90));
    // Stop the survivor so that nothing moves while the database is examined.
    a.stopGracefully();
    try (Connection c = DriverManager.getConnection(clusterUrl, user, password)) {
      checkEverythingEndedOnce(c, load, decisions);
      checkJobs(c);
      footprint(c, decisions);
    }
  }

  /**
   * What docs/operations.md says about the load balancer: a form login's session lives in the memory
   * of the node that made it, so browsers need sticky sessions; HTTP Basic (programs) needs none.
   */
  private void loginSessionBelongsToOneNode(ClusterNode a, ClusterNode b) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(a.uri("/login")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(csrf.find()).as("login page carries a CSRF field").isTrue();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(a.uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=baima.clerk&password=demo&_csrf="
            + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("form login on " + a.name).isEqualTo(302);
    int onA = browser.send(HttpRequest.newBuilder(a.uri("/api/units")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    int onB = browser.send(HttpRequest.newBuilder(b.uri("/api/units")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    figures.put("session cookie of a login on node-a: GET /api/units on node-a / node-b", onA + " / " + onB);
    assertThat(onA).as("the session works on the node that made it").isEqualTo(200);
    assertThat(onB).as("the same cookie on the other node is not signed in (hence sticky sessions)").isEqualTo(401);
  }

  private void awaitOrphanJobsRun(Duration atMost) throws Exception {
    if (orphanJobs.isEmpty()) {
      return;
    }
    String ids = orphanJobs.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(","));
    try (Connection c = DriverManager.getConnection(clusterUrl, user, password)) {
      long until = System.nanoTime() + atMost.toNanos();
      while (System.nanoTime() < until && count(c, "select count(distinct job_id_) from act_hi_job_log where job_state_ = 2"
          + " and job_id_ in (" + ids + ")") < orphanJobs.size()) {
        Thread.sleep(1000);
      }
    }
  }

  /** SIGKILL, then the jobs it had locked: those whose lock owner no longer takes new locks. */
  private Set<String> kill(ClusterNode node) throws Exception {
    // Kill while both nodes hold locks (two lock owners), so that the kill really leaves work behind;
    // jobs are short, so wait at most 20 s for such a moment.
    try (Connection c = DriverManager.getConnection(clusterUrl, user, password)) {
      long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < until
          && count(c, "select count(distinct lock_owner_) from act_ru_job where lock_exp_time_ > now()") < 2) {
        Thread.sleep(20);
      }
    }
    Instant kill = Instant.now();
    node.kill();
    Set<String> ownersAfterKill = new HashSet<>();
    Map<String, String> lockedAtKill = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(clusterUrl, user, password)) {
      try (ResultSet rs = c.createStatement().executeQuery(
          "select id_, lock_owner_ from act_ru_job where lock_owner_ is not null")) {
        while (rs.next()) {
          lockedAtKill.put(rs.getString(1), rs.getString(2));
        }
      }
      // The survivor keeps acquiring: every lock taken after the kill is its own.
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (ownersAfterKill.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(500);
        try (PreparedStatement ps = c.prepareStatement(
            "select distinct lock_owner_ from act_ru_job where lock_exp_time_ > ?")) {
          ps.setTimestamp(1, Timestamp.from(kill.plusMillis(LOCK_TIME_MILLIS + 1000)));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ownersAfterKill.add(rs.getString(1));
            }
          }
        }
      }
    }
    assertThat(ownersAfterKill).as("the surviving node acquires jobs after the kill").isNotEmpty();
    Set<String> orphans = new HashSet<>();
    lockedAtKill.forEach((job, owner) -> {
      if (!ownersAfterKill.contains(owner)) {
        orphans.add(job);
      }
    });
    orphanJobs.addAll(orphans);
    return orphans;
  }

  private static final Set<String> orphanJobs = new HashSet<>();

  /**
   * Stops PostgreSQL (fast shutdown: every connection is cut, as in a crash or fail-over), asks both
   * nodes while it is away, starts it again (always, in finally) and measures how soon both answer.
   */
  private void restartDatabaseUnderLoad(ClusterNode a, ClusterNode b) throws Exception {
    Instant stopped = null;
    try {
      pgctl("stop");
      stopped = Instant.now();
      // All probes at once, so that the outage lasts one connection timeout, not six.
      List<java.util.concurrent.CompletableFuture<String>> probes = new ArrayList<>();
      for (ClusterNode node : List.of(a, b)) {
        for (String path : List.of("/api/units", "/engine-rest/task?maxResults=1", "/actuator/health")) {
          probes.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> probeWhileDown(node, path)));
        }
      }
      for (var probe : probes) {
        String failure = probe.join();
        assertThat(failure).as("answer while PostgreSQL is down").isNull();
      }
    } finally {
      pgctl("start");
    }
    Instant started = Instant.now();
    figures.put("outage: PostgreSQL down (s)", seconds(Duration.between(stopped, started)));
    for (ClusterNode node : List.of(a, b)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (true) {
        HttpResponse<String> response = http.send(request(node, "/api/units", "baima.clerk"),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          break;
        }
        assertThat(System.nanoTime()).as(node.name + " recovers within 60 s after PostgreSQL is back").isLessThan(deadline);
        Thread.sleep(200);
      }
      figures.put("outage: " + node.name + " answers again after PostgreSQL started (s)",
          seconds(Duration.between(started, Instant.now())));
    }
  }

  /** One request while the database is down; null when it was a timely 503 with the Chinese message. */
  private static String probeWhileDown(ClusterNode node, String path) {
    try {
      long begin = System.nanoTime();
      HttpResponse<String> response = http.send(request(node, path, path.startsWith("/api") ? "baima.clerk" : "admin"),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      long millis = (System.nanoTime() - begin) / 1_000_000;
      figures.put("outage: " + node.name + " GET " + path, response.statusCode() + " in " + millis + " ms");
      if (response.statusCode() != 503) {
        return node.name + " GET " + path + " answered " + response.statusCode() + ": " + response.body();
      }
      if (millis >= OUTAGE_ANSWER_LIMIT_MILLIS) {
        return node.name + " GET " + path + " took " + millis + " ms (limit " + OUTAGE_ANSWER_LIMIT_MILLIS + ")";
      }
      if (!path.startsWith("/actuator") && !response.body().contains("数据库暂时无法访问")) {
        return node.name + " GET " + path + " 503 without the Chinese message: " + response.body();
      }
      return null;
    } catch (IOException | InterruptedException e) {
      return node.name + " GET " + path + " got no answer: " + e;
    }
  }

  private static void pgctl(String action) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, PG_CLUSTER, action)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("pg_ctlcluster " + action + " failed: " + out);
    }
  }

  private static HttpRequest request(ClusterNode node, String path, String login) {
    return HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").GET().build();
  }

  private void checkEverythingEndedOnce(Connection c, DecisionLoad load, int decisions) throws SQLException {
    assertThat(count(c, "select count(*) from md_decision")).as("decisions registered (no start made twice)")
        .isEqualTo(decisions);
    assertThat(count(c, "select count(*) from act_hi_procinst where proc_def_key_ = 'major-decision' and end_time_ is not null"))
        .as("major-decision instances ended").isEqualTo(decisions);
    assertThat(count(c, "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
        + " where d.key_ <> 'deadline-watch'")).as("executions left").isZero();
    assertThat(count(c, "select count(*) from md_decision where status <> 'ARCHIVED' or outcome <> 'NOT_INITIATED'"))
        .as("decisions not archived as not initiated").isZero();
    assertThat(count(c, "select count(*) from md_archive_record where status = 'ARCHIVED'")).as("archive records")
        .isEqualTo(decisions);
    assertThat(count(c, "select count(*) from (select decision_id, event from md_stage_record"
        + " group by decision_id, stage, event, activity_id, process_instance_id having count(*) > 1) d"))
        .as("trail entries written twice (same decision, stage, event, activity, instance)").isZero();
    assertThat(count(c, "select count(*) from md_stage_record where event = 'ARCHIVED'")).as("ARCHIVED trail entries")
        .isEqualTo(decisions);
    assertThat(count(c, "select count(*) from (select chain_unit from md_archive_record group by chain_unit"
        + " having count(*) <> max(chain_seq) or count(distinct chain_seq) <> count(*)) gaps"))
        .as("units whose archive hash chain has a gap or a repeated link").isZero();
    long escalations = count(c, "select count(*) from md_notification where kind = 'ESCALATION'");
    assertThat(escalations).as("one escalation per overdue task").isEqualTo(load.overdueDecisions());
    assertThat(count(c, "select count(*) from (select task_id from md_notification group by task_id, kind"
        + " having count(*) > 1) d")).as("notifications sent twice").isZero();
    figures.put("escalations (inbox messages)", escalations + " (" + count(c, "select count(*) from md_inbox_message") + ")");
    Set<String> completed = new HashSet<>();
    try (ResultSet rs = c.createStatement().executeQuery(
        "select id_ from act_hi_taskinst where end_time_ is not null and delete_reason_ = 'completed'")) {
      while (rs.next()) {
        completed.add(rs.getString(1));
      }
    }
    assertThat(completed).as("every completion answered 204 is in the history (no committed step lost)")
        .containsAll(load.acknowledgedCompletions);
    figures.put("task completions acknowledged", load.acknowledgedCompletions.size());
  }

  private void checkJobs(Connection c) throws SQLException {
    assertThat(count(c, "select count(*) from act_ru_incident")).as("open incidents").isZero();
    assertThat(count(c, "select count(*) from act_hi_incident")).as("incidents ever raised").isZero();
    assertThat(count(c, "select count(*) from act_ru_job where process_def_key_ <> 'deadline-watch'"))
        .as("jobs left of decisions").isZero();
    Map<String, Long> byNode = new LinkedHashMap<>();
    try (ResultSet rs = c.createStatement().executeQuery(
        "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_ order by hostname_")) {
      while (rs.next()) {
        byNode.put(rs.getString(1), rs.getLong(2));
      }
    }
    long all = byNode.values().stream().mapToLong(Long::longValue).sum();
    figures.put("jobs run successfully per node", byNode);
    figures.put("job failures logged (retried)", count(c, "select count(*) from act_hi_job_log where job_state_ = 1"));
    assertThat(byNode.keySet()).as("job log host names").containsExactlyInAnyOrder("node-a", "node-b");
    // Fair share: while both nodes were up from the start (until the kill), neither ran much less than half.
    Map<String, Long> bothUp = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("select hostname_, count(*) from act_hi_job_log where job_state_ = 2"
        + " and timestamp_ between ? and ? group by hostname_ order by hostname_")) {
      ps.setTimestamp(1, Timestamp.from(bothUpWindow[0]));
      ps.setTimestamp(2, Timestamp.from(bothUpWindow[1]));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          bothUp.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    long allBothUp = bothUp.values().stream().mapToLong(Long::longValue).sum();
    figures.put("jobs run successfully per node while both were up (before the kill)", bothUp);
    assertThat(bothUp.keySet()).as("nodes that ran jobs while both were up").containsExactlyInAnyOrder("node-a", "node-b");
    for (Map.Entry<String, Long> node : bothUp.entrySet()) {
      assertThat(node.getValue() * 100 / allBothUp).as("share of jobs run by " + node.getKey() + " while both were up, in %")
          .isGreaterThanOrEqualTo(30);
    }
    assertThat(all).isPositive();
    for (String job : orphanJobs) {
      assertThat(count(c, "select count(*) from act_hi_job_log where job_id_ = '" + job + "' and job_state_ = 2"))
          .as("job " + job + " locked by the killed node was run to success by another").isEqualTo(1);
    }
    // How long the asynchronous steps take: what the lock time is chosen from (docs/operations.md).
    try (ResultSet rs = c.createStatement().executeQuery(
        "select act_id_, count(*), percentile_cont(0.5) within group (order by duration_),"
            + " percentile_cont(0.95) within group (order by duration_),"
            + " percentile_cont(0.99) within group (order by duration_), max(duration_)"
            + " from act_hi_actinst where act_type_ = 'serviceTask' group by act_id_ order by act_id_")) {
      while (rs.next()) {
        figures.put("job duration " + rs.getString(1) + " (ms) n/p50/p95/p99/max",
            rs.getLong(2) + "/" + Math.round(rs.getDouble(3)) + "/" + Math.round(rs.getDouble(4)) + "/"
                + Math.round(rs.getDouble(5)) + "/" + rs.getLong(6));
      }
    }
  }

  /** Rows and bytes the run left, per decision: the basis of the sizing in docs/operations.md. */
  private void footprint(Connection c, int decisions) throws SQLException {
    figures.put("database size (MB)", count(c, "select pg_database_size(current_database())") / 1_048_576);
    for (String table : List.of("act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail",
        "act_hi_identitylink", "act_hi_procinst", "act_hi_job_log")) {
      String key = table.equals("act_hi_job_log") ? "process_def_key_" : "proc_def_key_";
      long rows = count(c, "select count(*) from " + table + " where " + key + " <> 'deadline-watch'");
      figures.put("rows per decision " + table, String.format("%.1f", rows / (double) decisions));
    }
    for (String table : List.of("md_stage_record", "md_decision", "md_archive_record")) {
      figures.put("rows per decision " + table, String.format("%.1f", count(c, "select count(*) from " + table) / (double) decisions));
    }
    figures.put("kB per decision in act_hi_*, act_ge_bytearray and md_* (tables and indexes; deadline-watch runs included)",
        count(c, "select sum(pg_total_relation_size(c.oid)) from pg_class c where c.relkind = 'r'"
            + " and (c.relname like 'act_hi_%' or c.relname like 'md_%' or c.relname = 'act_ge_bytearray')") / 1024 / decisions);
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** From node-b's first start to the kill: the time both nodes were up. */
  private static Instant bStarted;
  private static Instant[] bothUpWindow;

  /** One deadline for the whole load, kill and restarts included. */
  private static long loadDeadline;

  private static void awaitEnded(DecisionLoad load, int target, String when) throws InterruptedException {
    long deadline = loadDeadline;
    while (load.ended() < target) {
      if (load.failure() != null) {
        throw new AssertionError("The load failed " + when, load.failure());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Only " + load.ended() + " of " + target + " decisions ended " + when + " within "
            + LOAD_DEADLINE + "; see target/cluster-it/*.log");
      }
      Thread.sleep(200);
    }
  }

  private static void awaitFinished(DecisionLoad load) throws InterruptedException {
    while (!load.finished()) {
      if (load.failure() != null) {
        throw new AssertionError("The load failed", load.failure());
      }
      if (System.nanoTime() > loadDeadline) {
        throw new AssertionError("Only " + load.ended() + " of " + load.admitted() + " decisions ended within "
            + LOAD_DEADLINE + "; see target/cluster-it/*.log");
      }
      Thread.sleep(200);
    }
  }

  private static int[] ports() throws IOException {
    String given = System.getProperty("it.cluster.ports");
    if (given != null && !given.isBlank()) {
      String[] parts = given.split(",");
      return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
    }
    int first = ClusterNode.freePort();
    int second = ClusterNode.freePort();
    while (second == first) {
      second = ClusterNode.freePort();
    }
    return new int[] {first, second};
  }

  private static String seconds(Duration d) {
    return String.format("%.1f", d.toMillis() / 1000.0);
  }
}
