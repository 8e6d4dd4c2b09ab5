package cn.gov.pujiang.decision.perf;

import cn.gov.pujiang.decision.MajorDecisionApplication;
import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Throughput of whole decisions through the application against the bare engine (the throughput and cluster work
 * docs/performance.md). Not a test:
 *
 * <pre>
 * mvn -Pperf-bench test-compile exec:java -Dexec.args="decisions=100 users=4"
 *     [-Dbench.db.url=jdbc:postgresql://127.0.0.1:5432/md_perf_bench]
 * </pre>
 *
 * Starts the application (job executor off, as in the tests) on its own PostgreSQL database. Each
 * of {@code users} threads drives decisions through every stage the way its officials do:
 * start form with a published catalogue item, task forms through the FormService as the signed-in
 * user with the engine's authorization checks, dossier uploads through the dossier service, and the
 * asynchronous steps run by the driver right after each completion (so they count against the
 * application). In the same run a standalone engine without any application code runs
 * {@code perf/bare-decision.bpmn}, whose user tasks are the ones a decision passes, completed with
 * the same variables; then the same-shape bare model ({@link ShapeModel}: the decision's own processes without
 * the application), and that model twice more with checks on, isolating towns by per-instance grants or by the
 * tenant check (ADR 0032). Prints decisions/s, task completions/s and p50/p95 per completion for each.
 */
public final class ThroughputBenchmark {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** Inside the loaded working-day calendar (2025-2026), like the tests' start time. */
  private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, Integer> options = new HashMap<>(Map.of("decisions", 100, "users", 4, "warmup", 4));
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      if (kv.length != 2 || !options.containsKey(kv[0])) {
        throw new IllegalArgumentException("Unknown argument " + arg + " (use decisions=N users=T warmup=W)");
      }
      options.put(kv[0], Integer.parseInt(kv[1]));
    }
    String url = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/md_perf_bench");
    String username = System.getProperty("bench.db.username", "postgres");
    String password = System.getProperty("bench.db.password", "");
    Map<String, String> props = new HashMap<>();
    props.put("spring.datasource.url", url);
    props.put("spring.datasource.username", username);
    props.put("spring.datasource.password", password);
    props.put("camunda.bpm.job-execution.enabled", "false");
    // Users of every role and unit, password "demo"; no demo catalogue (the benchmark prepares its own items).
    props.put("decision.demo-users", "true");
    props.put("decision.tasklist.filter-refresh-cron", "-");
    props.put("logging.level.root", "WARN");
    props.put("server.port", "0");
    props.forEach(System::setProperty);
    ClockUtil.offset(START.atZone(ZONE).toInstant().toEpochMilli() - System.currentTimeMillis());
    try (ConfigurableApplicationContext ctx =
        new SpringApplicationBuilder(MajorDecisionApplication.class)
            .web(WebApplicationType.SERVLET)
            .profiles("perf")
            .initializers(new PostgresDatabaseCreator(), context -> context.addBeanFactoryPostProcessor(factory ->
                // Each decision's own days (ThreadClock): the one bean the benchmark swaps, every check stays.
                ((org.springframework.beans.factory.support.BeanDefinitionRegistry) factory)
                    .getBeanDefinition("engineClock").setBeanClassName(ThreadClock.class.getName())))
            .run()) {
      int poolSize = ctx.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
      try (BareEngine bare = new BareEngine(url, username, password, poolSize);
          BareEngine grants = new BareEngine(url, username, password, poolSize, BareEngine.Isolation.GRANTS);
          BareEngine tenants = new BareEngine(url, username, password, poolSize, BareEngine.Isolation.TENANTS)) {
        Run run = new ThroughputBenchmark.Run(ctx, bare, options.get("decisions"), options.get("users"),
            options.get("warmup"));
        run.grants = grants;
        run.tenants = tenants;
        run.run(url, poolSize);
      }
    }
  }

  /** One task form submitted: which task, with which values; the bare engine replays the same list. */
  record Step(String taskKey, Map<String, Object> variables) {}

  /** The application's driver, timing every task completion (form submit plus the jobs it makes due). */
  static final class TimedDriver extends LifecycleDriver {
    private final ConcurrentLinkedQueue<Long> completions;
    private final List<Step> script;

    TimedDriver(ProcessEngine engine, ConcurrentLinkedQueue<Long> completions, List<Step> script) {
      super(engine);
      this.completions = completions;
      this.script = script;
    }

    @Override
    public void submit(String decisionNo, String taskKey, Object... keyValues) {
      long start = System.nanoTime();
      super.submit(decisionNo, taskKey, keyValues);
      completions.add(System.nanoTime() - start);
      if (script != null) {
        script.add(new Step(taskKey, vars(keyValues)));
      }
    }
  }

  /**
   * The stages as the tests walk them, except that waiting days do not move the clock, which all
   * threads share: the decision's jobs due within those days (the comment period's timer, reminders)
   * are executed as the job executor would execute them when the days have passed.
   */
  static final class BenchStages extends Stages {
    private final LifecycleDriver driver;
    private final ManagementService managementService;
    private final IdentityService identityService;

    BenchStages(ProcessEngine engine, LifecycleDriver driver) {
      super(engine, driver);
      this.driver = driver;
      this.managementService = engine.getManagementService();
      this.identityService = engine.getIdentityService();
    }

    @Override
    protected void daysPass(String no, int days) {
      Stages.setAheadMillis(Stages.aheadMillis() + days * 86_400_000L);
      long until = ClockUtil.getCurrentTime().getTime() + Stages.aheadMillis();
      TestUsers.runAsEngine(identityService, () -> {
        for (Job job : driver.jobs(no)) {
          if (job.getRetries() > 0 && (job.getDuedate() == null || job.getDuedate().getTime() <= until)) {
            managementService.executeJob(job.getId());
          }
        }
      });
    }
  }

  private static final class Run {
    final ConfigurableApplicationContext ctx;
    final ProcessEngine engine;
    final BareEngine bare;
    final JdbcTemplate jdbc;
    final int decisions;
    final int users;
    final int warmup;
    final List<String> units;
    final String runId = Long.toString(System.currentTimeMillis(), 36);
    final List<Step> script = new ArrayList<>();
    Map<String, Object> startForm;
    List<String> chainKeys;
    BareEngine grants;
    BareEngine tenants;
    List<String> candidateGroups;

    Run(ConfigurableApplicationContext ctx, BareEngine bare, int decisions, int users, int warmup) {
      this.ctx = ctx;
      this.engine = ctx.getBean(ProcessEngine.class);
      this.bare = bare;
      this.jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
      this.decisions = decisions;
      this.users = users;
      this.warmup = Math.max(1, warmup);
      this.units = jdbc.queryForList("select code from md_unit order by sort_order", String.class);
      Documents.use(ctx);
    }

    void run(String url, int poolSize) throws Exception {
      System.out.printf("%nThroughput benchmark: %d decisions, %d concurrent users, %d warm-up, database %s%n",
          decisions, users, warmup, url);
      System.out.printf("Machine: %d cores, max heap %d MiB, %s; load average %s; connection pool %d%n",
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
          jdbc.queryForObject("select version()", String.class).replaceAll(" on .*", ""), loadAverage(), poolSize);

      long prepStart = System.nanoTime();
      List<String> items = catalogueItems(warmup + decisions);
      System.out.printf("Prepared %d published catalogue items in %.1f s (not timed)%n", items.size(), seconds(prepStart));

      ConcurrentLinkedQueue<Long> discard = new ConcurrentLinkedQueue<>();
      String recorded = null;
      for (int i = 0; i < warmup; i++) {
        String root = appDecision(i, items.get(i), discard, i == 0 ? script : null);
        recorded = i == 0 ? root : recorded;
      }
      chainKeys = BareEngine.taskKeys();
      List<String> bareKeys = chainKeys.stream().map(BareEngine::applicationKey).toList();
      List<String> appKeys = script.stream().map(Step::taskKey).toList();
      if (!bareKeys.equals(appKeys)) {
        throw new IllegalStateException("perf/bare-decision.bpmn must have the user tasks a decision passes, in order:"
            + "\n  application: " + appKeys + "\n  bare model:  " + bareKeys);
      }
      for (int i = 0; i < warmup; i++) {
        bareDecision("bare-" + runId + "-w" + i, discard);
      }
      List<org.camunda.bpm.model.bpmn.BpmnModelInstance> shapeModels = ShapeModel.derive(visited(recorded));
      candidateGroups = shapeModels.stream()
          .flatMap(m -> m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).stream())
          .map(org.camunda.bpm.model.bpmn.instance.UserTask::getCamundaCandidateGroups)
          .filter(java.util.Objects::nonNull).flatMap(g -> Arrays.stream(g.split(","))).map(String::trim)
          .distinct().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
      candidateGroups.add("bench-users");
      bare.deployShape(shapeModels);
      grants.grantGlobal("bench-users");
      tenants.grantGlobal("bench-users");
      for (String unit : units) {
        for (String role : BareEngine.UNIT_ROLES) {
          tenants.grantReadAll(BareEngine.group(BareEngine.Isolation.TENANTS, unit, role));
        }
      }
      String shapeRoot = null;
      for (int i = 0; i < warmup; i++) {
        String root = shapeDecision(bare, i, "shape-" + runId + "-w" + i, discard);
        shapeRoot = i == 0 ? root : shapeRoot;
        shapeDecision(grants, i, "grants-" + runId + "-w" + i, discard);
        shapeDecision(tenants, i, "tenants-" + runId + "-w" + i, discard);
      }
      Shape appShape = shapeOf(recorded);
      Shape bareShape = shapeOf(shapeRoot);
      System.out.printf("Warm-up done: each decision completes %d user tasks%n", appKeys.size());
      System.out.printf("Shape of one decision: application %s; same-shape bare model %s%n", appShape, bareShape);
      if (!appShape.equals(bareShape)) {
        throw new IllegalStateException("the same-shape bare model did not take the application's path");
      }

      ConcurrentLinkedQueue<Long> bareTimes = new ConcurrentLinkedQueue<>();
      vacuum();
      StatementProfile bareSql = StatementProfile.start(jdbc);
      double bareSeconds = parallel(i -> bareDecision("bare-" + runId + "-" + i, bareTimes));
      bareSql.print("bare engine", decisions);
      long bareOpen = bare.openInstances("bare-" + runId + "-%");

      ConcurrentLinkedQueue<Long> shapeTimes = new ConcurrentLinkedQueue<>();
      vacuum();
      StatementProfile shapeSql = StatementProfile.start(jdbc);
      double shapeSeconds = parallel(i -> shapeDecision(bare, i, "shape-" + runId + "-" + i, shapeTimes));
      shapeSql.print("same-shape bare model", decisions);
      long shapeOpen = bare.openShapeInstances("shape-" + runId + "-%");

      // Town isolation by per-instance grants or by the tenant check (ADR 0032): the same-shape model with checks on.
      ConcurrentLinkedQueue<Long> grantsTimes = new ConcurrentLinkedQueue<>();
      vacuum();
      double grantsSeconds = parallel(i -> shapeDecision(grants, i, "grants-" + runId + "-" + i, grantsTimes));
      ConcurrentLinkedQueue<Long> tenantsTimes = new ConcurrentLinkedQueue<>();
      vacuum();
      double tenantsSeconds = parallel(i -> shapeDecision(tenants, i, "tenants-" + runId + "-" + i, tenantsTimes));
      long variantsOpen = bare.openShapeInstances("grants-" + runId + "-%")
          + bare.openShapeInstances("tenants-" + runId + "-%");

      ConcurrentLinkedQueue<Long> appTimes = new ConcurrentLinkedQueue<>();
      vacuum();
      StatementProfile appSql = StatementProfile.start(jdbc);
      double appSeconds = parallel(i -> appDecision(warmup + i, items.get(warmup + i), appTimes, null));
      appSql.print("application", decisions);
      Integer archived = jdbc.queryForObject(
          "select count(*) from md_decision d join md_catalogue_item i on i.id = d.catalogue_item_id"
              + " where d.status = 'ARCHIVED' and i.title like ?", Integer.class, "perf-" + runId + "-%");

      System.out.printf("%nAfter the run: %d of %d application decisions archived, %d bare and %d same-shape"
          + " instances still open; load average %s%n", archived, warmup + decisions, bareOpen, shapeOpen,
          loadAverage());
      System.out.printf("%-12s %10s %12s %14s %10s %10s %8s%n", "", "wall s", "decisions/s", "completions/s",
          "p50 ms", "p95 ms", "samples");
      double[] b = print("bare chain", bareSeconds, bareTimes);
      double[] sh = print("bare shape", shapeSeconds, shapeTimes);
      double[] a = print("application", appSeconds, appTimes);
      double[] g = print("shape+grants", grantsSeconds, grantsTimes);
      double[] t = print("shape+tenant", tenantsSeconds, tenantsTimes);
      System.out.printf("town isolation on the same-shape model, checks on: per-instance grants %.2f, tenant check"
          + " %.2f decisions/s (tenant / grants %.0f%%)%n", g[0], t[0], 100 * t[0] / g[0]);
      System.out.printf("application / bare chain (one process, the same user tasks): decisions/s %.0f%%%n",
          100 * a[0] / b[0]);
      System.out.printf("application / same-shape bare model: decisions/s %.0f%%, completions/s %.0f%%"
          + " (issue 21 target: at least 80%%)%n", 100 * a[0] / sh[0], 100 * a[1] / sh[1]);
      if (archived != warmup + decisions || bareOpen != 0 || shapeOpen != 0 || variantsOpen != 0) {
        throw new IllegalStateException("not every decision ran to its end; the figures above do not count");
      }
    }

    /**
     * Each timed phase starts on a vacuumed database, as it would on a server whose autovacuum keeps
     * up. Without it, the dead rows of earlier runs (and of the other phase) slow both engines' queries
     * on the runtime tables: on a server with autovacuum off, as this machine's test server is, an
     * empty ACT_RU_VARIABLE had grown to 50 MB of dead rows and its look-up by execution took 3 ms
     * instead of 0.1 ms. The dead rows a phase makes itself stay, and count against it.
     */
    void vacuum() {
      long start = System.nanoTime();
      String autovacuum = jdbc.queryForObject("show autovacuum", String.class);
      jdbc.execute("vacuum (analyze)");
      System.out.printf("Vacuumed the database in %.1f s before the phase (not timed; server autovacuum %s)%n",
          seconds(start), autovacuum);
    }

    /** Runs the decisions on {@code users} threads; returns the wall time in seconds. */
    double parallel(IntConsumer decision) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(users);
      try {
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < decisions; i++) {
          int index = i;
          futures.add(pool.submit(() -> decision.accept(index)));
        }
        for (Future<?> future : futures) {
          future.get();
        }
        return seconds(start);
      } finally {
        pool.shutdownNow();
      }
    }

    /** Process key to the activity ids the recorded decision entered (ShapeModel derives its path from them). */
    Map<String, java.util.Set<String>> visited(String root) {
      Map<String, java.util.Set<String>> visited = new java.util.TreeMap<>();
      jdbc.query("select d.key_, a.act_id_ from act_hi_actinst a join act_re_procdef d on d.id_ = a.proc_def_id_"
          + " where a.root_proc_inst_id_ = ?", rs -> {
            visited.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
          }, root);
      return visited;
    }

    /** What one decision made the engine do, from its history. */
    record Shape(long processInstances, long activityInstances, long userTasks, long jobsExecuted) {
      @Override
      public String toString() {
        return processInstances + " process instances, " + activityInstances + " activity instances, " + userTasks
            + " user tasks, " + jobsExecuted + " jobs executed";
      }
    }

    Shape shapeOf(String root) {
      return new Shape(
          count("select count(*) from act_hi_procinst where root_proc_inst_id_ = ?", root),
          count("select count(*) from act_hi_actinst where root_proc_inst_id_ = ?", root),
          count("select count(*) from act_hi_taskinst where root_proc_inst_id_ = ?", root),
          count("select count(*) from act_hi_job_log where root_proc_inst_id_ = ? and job_state_ = 2", root));
    }

    long count(String sql, String root) {
      return jdbc.queryForObject(sql, Long.class, root);
    }

    /** The same-shape bare decision: the recorded start form and task forms, due jobs run after each completion. */
    String shapeDecision(BareEngine engine, int index, String businessKey, ConcurrentLinkedQueue<Long> times) {
      String unit = unitOf(index);
      Map<String, Object> form = new HashMap<>(startForm);
      form.put("decisionUnit", unit);
      engine.signIn(unit, candidateGroups);
      try {
        String root = engine.startShape(businessKey, form);
        if (engine.isolation() != BareEngine.Isolation.NONE && index == 0 && businessKey.contains("-w")) {
          // The isolation holds: a clerk of another unit does not see the decision, its own clerk does.
          engine.signIn(unitOf(index + 1), candidateGroups);
          long seenByOther = engine.readDecision(businessKey);
          engine.signIn(unit, candidateGroups);
          if (seenByOther != 0 || engine.readDecision(businessKey) == 0) {
            throw new IllegalStateException(engine.isolation() + " does not isolate the units");
          }
        }
        for (Step step : script) {
          long start = System.nanoTime();
          engine.completeShape(businessKey, root, step.taskKey(), step.variables());
          if (engine.isolation() != BareEngine.Isolation.NONE) {
            engine.readDecision(businessKey);
          }
          times.add(System.nanoTime() - start);
        }
        return root;
      } finally {
        engine.signOut();
      }
    }

    /** One decision from the start form to the archive, as its officials do it (see Stages); returns its main instance. */
    String appDecision(int index, String itemNo, ConcurrentLinkedQueue<Long> times, List<Step> record) {
      String unit = unitOf(index);
      Stages.setAheadMillis(0);
      TimedDriver driver = new TimedDriver(engine, times, record);
      BenchStages stages = new BenchStages(engine, driver);
      try {
        stages.as(unit + ".clerk");
        Map<String, Object> form = Stages.startForm(unit);
        form.put("catalogueItemNo", itemNo);
        if (record != null) {
          startForm = new HashMap<>(form);
        }
        ProcessInstance pi = driver.startDecision(form);
        String no = driver.businessKeyOf(pi);
        stages.openCommentToArchive(no);
        return pi.getId();
      } finally {
        Stages.setAheadMillis(0);
        engine.getIdentityService().clearAuthentication();
      }
    }

    void bareDecision(String businessKey, ConcurrentLinkedQueue<Long> times) {
      bare.start(businessKey, startForm);
      for (int i = 0; i < script.size(); i++) {
        Step step = script.get(i);
        long start = System.nanoTime();
        bare.complete(businessKey, chainKeys.get(i), step.variables());
        times.add(System.nanoTime() - start);
      }
    }

    /** Published catalogue items, one per decision, spread over the units (setup, not timed). */
    List<String> catalogueItems(int count) {
      TestCatalogue catalogue = new TestCatalogue(ctx.getBean(Catalogues.class), ctx.getBean(CatalogueItems.class),
          ctx.getBean(CatalogueAdjustments.class), ctx.getBean(CatalogueRepository.class),
          engine);
      List<String> items = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        items.add(catalogue.publishedItem(unitOf(i), "perf-" + runId + "-" + i).getItemNo());
      }
      return items;
    }

    String unitOf(int index) {
      return units.get(index % units.size());
    }

    /** Prints one line; returns {decisions/s, completions/s}. */
    double[] print(String name, double seconds, ConcurrentLinkedQueue<Long> nanos) {
      double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
      double perSecond = decisions / seconds;
      double completionsPerSecond = ms.length / seconds;
      System.out.printf("%-12s %10.1f %12.2f %14.1f %10.1f %10.1f %8d%n", name, seconds, perSecond,
          completionsPerSecond, percentile(ms, 50), percentile(ms, 95), ms.length);
      return new double[] {perSecond, completionsPerSecond};
    }

    static double percentile(double[] sorted, int p) {
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double seconds(long startNanos) {
      return (System.nanoTime() - startNanos) / 1e9;
    }

    static String loadAverage() {
      try {
        return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
      } catch (Exception e) {
        return "n/a";
      }
    }
  }
}
