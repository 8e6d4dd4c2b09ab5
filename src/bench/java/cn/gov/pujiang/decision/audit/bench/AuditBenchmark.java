package cn.gov.pujiang.decision.audit.bench;

import cn.gov.pujiang.decision.MajorDecisionApplication;
import cn.gov.pujiang.decision.audit.AuditCriteria;
import cn.gov.pujiang.decision.audit.AuditExports;
import cn.gov.pujiang.decision.audit.AuditStatistics;
import cn.gov.pujiang.decision.audit.AuditTimeline;
import cn.gov.pujiang.decision.audit.ComplianceFlag;
import cn.gov.pujiang.decision.audit.ConformanceRuns;
import cn.gov.pujiang.decision.audit.DecisionFacts;
import cn.gov.pujiang.decision.audit.DecisionSearch;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scale data and benchmark for the auditor queries (the auditor workspace, docs/audit.md). Not a test:
 *
 * <pre>
 * mvn -Paudit-bench test-compile exec:java -Dexec.args="generate=20000 bench conformance"
 *     [-Dbench.db.url=jdbc:postgresql://127.0.0.1:5432/md_bench]
 * </pre>
 *
 * Starts the application on a random port without job executor on its own PostgreSQL database
 * (created if missing; Flyway and the engine create the schema), optionally fills it with
 * {@link HistoryGenerator}, then runs every auditor query and the same question through Camunda's
 * plain HistoryService queries, and prints p50/p95 per query and the ratio. {@code conformance}
 * runs every conformance rule over each year and then over all decisions at once, twice
 * each (the second run compares with the first), and prints each run's time and its slowest rules.
 */
public final class AuditBenchmark {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final int LAST_YEAR = 2026;
  /** Six years for the original 25,000 decisions; beyond that, one year per ~15,000 (a province's year). */
  private static final int MIN_YEARS = 6;
  private static final int DECISIONS_A_YEAR = 15_000;
  private static final int RUNS = 40;
  /** Issue 21 §3 targets, in ms. */
  private static final double AUDITOR_P95_TARGET = 200;
  private static final double TIMELINE_TARGET = 100;
  private static final double EXPORT_TARGET = 5_000;
  private static final double CLEANUP_LOCK_TARGET = 1_000;

  private AuditBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/md_bench");
    // System properties outrank application.yaml (default properties would not).
    Map<String, String> props = new HashMap<>();
    props.put("spring.datasource.url", url);
    props.put("spring.datasource.username", System.getProperty("bench.db.username", "postgres"));
    props.put("spring.datasource.password", System.getProperty("bench.db.password", ""));
    props.put("camunda.bpm.job-execution.enabled", "false");
    props.put("decision.demo-users", "false");
    props.put("logging.level.root", "WARN");
    // The engine REST starter needs a servlet context; a random port keeps it out of everyone's way.
    props.put("server.port", "0");
    props.forEach(System::setProperty);
    try (ConfigurableApplicationContext ctx =
        new SpringApplicationBuilder(MajorDecisionApplication.class)
            .web(WebApplicationType.SERVLET)
            .profiles("bench")
            .initializers(new PostgresDatabaseCreator())
            .run()) {
      for (String arg : args) {
        if (arg.startsWith("generate")) {
          int total = arg.contains("=") ? Integer.parseInt(arg.substring(arg.indexOf('=') + 1)) : 20_000;
          long start = System.nanoTime();
          int firstYear = LAST_YEAR - Math.max(MIN_YEARS, (total + DECISIONS_A_YEAR - 1) / DECISIONS_A_YEAR) + 1;
          System.out.printf("Generating %,d decisions %d-%d in %s%n", total, firstYear, LAST_YEAR, url);
          uptime();
          new HistoryGenerator(ctx.getBean(DataSource.class), ctx.getBean(DecisionFacts.class))
              .generate(total, firstYear, LAST_YEAR, LocalDate.of(LAST_YEAR, 11, 1).atStartOfDay(ZONE).toInstant());
          System.out.printf("Generated in %.0f s%n", (System.nanoTime() - start) / 1e9);
        } else if (arg.equals("bench")) {
          new AuditBenchmark.Run(ctx).run();
        } else if (arg.equals("size")) {
          size(new JdbcTemplate(ctx.getBean(DataSource.class)));
        } else if (arg.startsWith("cleanup")) {
          cleanup(ctx, arg.contains("=") ? Integer.parseInt(arg.substring(arg.indexOf('=') + 1)) : 120);
        } else if (arg.equals("conformance")) {
          conformance(ctx);
        } else {
          throw new IllegalArgumentException("Unknown argument " + arg + " (use generate[=N], bench, size, cleanup[=seconds], conformance)");
        }
      }
    }
  }

  /** The machine's load, printed with every run: other builds share its two cores. */
  static void uptime() {
    try {
      Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
      System.out.println("uptime: " + new String(p.getInputStream().readAllBytes()).trim());
    } catch (java.io.IOException e) {
      System.out.println("uptime: n/a (" + e.getMessage() + ")");
    }
  }

  /** The database's size, per 10,000 decisions, and its largest tables with their indexes. */
  static void size(JdbcTemplate jdbc) {
    long decisions = jdbc.queryForObject("select count(*) from md_decision", Long.class);
    long database = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
    System.out.printf("%nDatabase size: %,d MB for %,d decisions = %,.0f MB per 10,000 decisions%n",
        database >> 20, decisions, decisions == 0 ? 0 : database / 1048576.0 * 10_000 / decisions);
    System.out.printf("%-34s %12s %12s %12s %14s%n", "table (largest 15)", "rows (est.)", "table MB", "indexes MB",
        "MB/10k dec.");
    jdbc.query("select c.relname, c.reltuples::bigint, pg_table_size(c.oid), pg_indexes_size(c.oid),"
        + " pg_total_relation_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        + " where c.relkind = 'r' and n.nspname = current_schema() order by pg_total_relation_size(c.oid) desc"
        + " fetch first 15 rows only", rs -> {
          System.out.printf("%-34s %,12d %,12d %,12d %,14.0f%n", rs.getString(1), rs.getLong(2), rs.getLong(3) >> 20,
              rs.getLong(4) >> 20, decisions == 0 ? 0 : rs.getLong(5) / 1048576.0 * 10_000 / decisions);
        });
  }

  /**
   * Camunda's history cleanup (ADR 0002: ten years, removal-time strategy "end") of the instances that
   * have expired by January 1st eleven years after the first year, with the engine clock moved there: the cleanup job is executed batch
   * after batch (one transaction each, so no row lock outlives a batch) until nothing has expired or
   * {@code seconds} have passed. Prints each batch's time and the rows deleted per second.
   * Destructive: the oldest year's engine history is gone afterwards (the application's own record stays).
   */
  static void cleanup(ConfigurableApplicationContext ctx, int seconds) {
    HistoryService history = ctx.getBean(HistoryService.class);
    org.camunda.bpm.engine.ManagementService management = ctx.getBean(org.camunda.bpm.engine.ManagementService.class);
    JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
    // Eleven years after the first generated year: its decisions (ten years' retention) have expired.
    int firstYear = jdbc.queryForObject("select coalesce(min(extract(year from created_at at time zone 'Asia/Shanghai')),"
        + " 2017)::int from md_decision", Integer.class);
    Date expiry = Date.from(LocalDate.of(firstYear + 11, 1, 1).atStartOfDay(ZONE).toInstant());
    String expired = "select (select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ <= ?)"
        + " + (select count(*) from ACT_HI_ACTINST where REMOVAL_TIME_ <= ?)"
        + " + (select count(*) from ACT_HI_TASKINST where REMOVAL_TIME_ <= ?)";
    long before = jdbc.queryForObject(expired, Long.class, expiry, expiry, expiry);
    System.out.printf("%nHistory cleanup (Camunda, removal time before %d-01-01, batch size %d)%n", firstYear + 11,
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) ctx.getBean(
            org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration()).getHistoryCleanupBatchSize());
    uptime();
    System.out.printf("expired rows (process, activity, task instances): %,d%n", before);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(expiry);
    try {
      history.cleanUpHistoryAsync(true);
      List<Double> batches = new java.util.ArrayList<>();
      // A production server's autovacuum removes the dead rows each batch leaves and, as important,
      // re-analyzes the tables: with the statistics of before the cleanup the planner expects many
      // expired rows and reads the whole table for a batch's "limit 500" once few are left (measured:
      // 0.3 s a table at 2.4 million tasks, a batch over 1 s). Without autovacuum (a CI server may switch
      // it off) do what it would do, between groups of batches, and leave that time out of the rows per second.
      boolean autovacuum = "on".equals(jdbc.queryForObject("show autovacuum", String.class));
      // -Dbench.cleanup.vacuum=false shows what the dead rows alone do to the batches.
      boolean vacuumBetween = !autovacuum && !"false".equals(System.getProperty("bench.cleanup.vacuum"));
      long vacuumNanos = 0;
      int vacuums = 0;
      long start = System.nanoTime();
      long left = before;
      while (left > 0 && (System.nanoTime() - start - vacuumNanos) / 1e9 < seconds) {
        for (int i = 0; i < 20; i++) {
          for (org.camunda.bpm.engine.runtime.Job job : history.findHistoryCleanupJobs()) {
            long t = System.nanoTime();
            management.executeJob(job.getId());
            batches.add((System.nanoTime() - t) / 1e6);
          }
        }
        if (vacuumBetween) {
          long t = System.nanoTime();
          jdbc.execute("vacuum analyze ACT_HI_PROCINST, ACT_HI_ACTINST, ACT_HI_TASKINST");
          vacuumNanos += System.nanoTime() - t;
          vacuums++;
        }
        left = jdbc.queryForObject(expired, Long.class, expiry, expiry, expiry);
      }
      double elapsed = (System.nanoTime() - start - vacuumNanos) / 1e9;
      System.out.printf("server autovacuum %s%s%n", autovacuum ? "on" : "off",
          !vacuumBetween ? "" : String.format(": vacuumed and analyzed the three tables %d times between groups of 20 batches"
              + " (%.1f s, not counted below)", vacuums, vacuumNanos / 1e9));
      double[] sorted = batches.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf("%,d batches (transactions) in %.1f s: p50 %.0f ms, p95 %.0f ms, longest %.0f ms"
              + " (target < %.0f ms: %s)%n",
          sorted.length, elapsed, Run.percentile(sorted, 50), Run.percentile(sorted, 95),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1], CLEANUP_LOCK_TARGET,
          sorted.length > 0 && sorted[sorted.length - 1] < CLEANUP_LOCK_TARGET ? "met" : "NOT MET");
      System.out.printf("deleted %,d of %,d expired rows of the three tables: %,.0f rows per second%s%n",
          before - left, before, (before - left) / elapsed, left > 0 ? " (stopped at the time limit)" : "");
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  /** The conformance run over each year, then over every decision, each twice (new/fixed against the first). */
  private static void conformance(ConfigurableApplicationContext ctx) {
    ConformanceRuns runs = ctx.getBean(ConformanceRuns.class);
    System.out.printf("%nConformance run (all rules)%n%-22s %10s %10s %10s %10s  %s%n", "scope", "decisions",
        "findings", "new", "ms", "slowest rules (ms)");
    List<ConformanceRuns.Scope> scopes = new java.util.ArrayList<>();
    Integer firstYear = new JdbcTemplate(ctx.getBean(DataSource.class)).queryForObject(
        "select coalesce(min(extract(year from created_at at time zone 'Asia/Shanghai')), " + LAST_YEAR
            + ")::int from md_decision", Integer.class);
    for (int year = firstYear; year <= LAST_YEAR; year++) {
      scopes.add(new ConformanceRuns.Scope(year, null, null));
    }
    scopes.add(new ConformanceRuns.Scope(null, null, null));
    for (ConformanceRuns.Scope scope : scopes) {
      for (int repeat = 0; repeat < 2; repeat++) {
        ConformanceRuns.Run run = runs.run(scope, "bench", ConformanceRuns.TRIGGER_AUDITOR);
        String slowest = run.rules().stream()
            .sorted(java.util.Comparator.comparingLong(ConformanceRuns.RuleResult::millis).reversed()).limit(3)
            .map(r -> r.ruleId() + " " + r.millis() + (r.error() == null ? "" : " FAILED"))
            .collect(java.util.stream.Collectors.joining(", "));
        System.out.printf("%-22s %,10d %,10d %,10d %,10d  %s%n",
            scope.year() == null ? "all years" : scope.year() + " county-wide", run.decisions(), run.violations(),
            run.newViolations(), run.millis(), slowest);
      }
    }
  }

  private static final class Run {
    final DecisionSearch search;
    final AuditTimeline timelines;
    final AuditStatistics statistics;
    final HistoryService history;
    final JdbcTemplate jdbc;
    final List<String> units;
    final List<String> sampleDecisions;
    final List<String> sampleItems;
    final AuditExports exports;
    final int firstYear;
    final int lastYear;
    /** Engine and from-history comparisons; off with -Dbench.compare=false, they take long at 150,000 decisions. */
    final boolean compare = Boolean.parseBoolean(System.getProperty("bench.compare", "true"));
    final List<String> missed = new java.util.ArrayList<>();

    Run(ConfigurableApplicationContext ctx) {
      search = ctx.getBean(DecisionSearch.class);
      timelines = ctx.getBean(AuditTimeline.class);
      statistics = ctx.getBean(AuditStatistics.class);
      history = ctx.getBean(HistoryService.class);
      jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
      units = jdbc.queryForList("select code from md_unit order by sort_order", String.class);
      exports = ctx.getBean(AuditExports.class);
      firstYear = jdbc.queryForObject("select coalesce(min(extract(year from created_at at time zone 'Asia/Shanghai')), "
          + LAST_YEAR + ")::int from md_decision", Integer.class);
      lastYear = jdbc.queryForObject("select coalesce(max(extract(year from created_at at time zone 'Asia/Shanghai')), "
          + LAST_YEAR + ")::int from md_decision", Integer.class);
      sampleDecisions = jdbc.queryForList(
          "select decision_no from md_decision order by id % 997, id fetch first " + RUNS + " rows only", String.class);
      sampleItems = jdbc.queryForList("select i.item_no from md_catalogue_item i join md_decision d on d.catalogue_item_id = i.id"
          + " order by d.id % 991, d.id fetch first " + RUNS + " rows only", String.class);
    }

    void run() {
      uptime();
      System.out.printf("%nData: %,d decisions, %,d process instances, %,d activity instances, %,d tasks,"
              + " %,d trail entries%n",
          count("md_decision"), count("ACT_HI_PROCINST"), count("ACT_HI_ACTINST"), count("ACT_HI_TASKINST"),
          count("md_stage_record"));
      System.out.printf("      %,d catalogue items, %,d documents, %,d notifications, %,d inbox messages;"
              + " read model: %,d decision rows, %,d stage rows, %,d open tasks with a time limit%n",
          count("md_catalogue_item"), count("md_document"), count("md_notification"), count("md_inbox_message"),
          count("md_audit_decision"), count("md_audit_stage"), count("md_audit_open_task"));
      for (int year = firstYear; year <= lastYear; year++) {
        boolean same = statistics.statistics(year, null).equals(statistics.statisticsFromHistory(year, null));
        System.out.printf("Read model agrees with the history for %d (all units, every figure): %s%n", year,
            same ? "yes" : "NO");
      }
      System.out.printf("%-34s %10s %10s %12s %12s %8s%n", "query (auditor vs plain HistoryService)", "p50 ms",
          "p95 ms", "engine p50", "engine p95", "ratio");

      compare("search: unit+year, page 1",
          i -> search.search(criteria(i, null), 0, 20, "createdAt", "desc"),
          i -> {
            String key = units.get(i % units.size()) + "-" + year(i) + "-%";
            history.createHistoricProcessInstanceQuery().processDefinitionKey("major-decision")
                .processInstanceBusinessKeyLike(key).orderByProcessInstanceStartTime().desc().listPage(0, 20);
            history.createHistoricProcessInstanceQuery().processDefinitionKey("major-decision")
                .processInstanceBusinessKeyLike(key).count();
          });
      compare("search: words in title, year",
          i -> search.search(new AuditCriteria(null, year(i), null, null, null, null, null, "市场 方案", null, null),
              0, 20, "createdAt", "desc"),
          null);
      compare("drill-down: overdue, unit+year",
          i -> search.search(criteria(i, ComplianceFlag.OVERDUE), 0, 20, "createdAt", "desc"),
          i -> {
            String key = units.get(i % units.size()) + "-" + year(i) + "-%";
            Set<String> overdue = new HashSet<>();
            for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyLike(key)
                .taskDueBefore(new Date()).list()) {
              if (t.getEndTime() == null || t.getEndTime().after(t.getDueDate())) {
                overdue.add(t.getRootProcessInstanceId());
              }
            }
            overdue.stream().sorted().limit(20).toList();
          });
      compare("search: catalogue item",
          i -> search.search(new AuditCriteria(null, null, null, null, null, null, null, null, null, null,
              sampleItems.get(i % sampleItems.size()), null, null), 0, 20, "createdAt", "desc"),
          null);
      compare("search: catalogue year+unit, done",
          i -> search.search(new AuditCriteria(units.get(i % units.size()), null, null, AuditCriteria.State.CONCLUDED,
              null, null, null, null, null, null, null, null, year(i)), 0, 20, "createdAt", "desc"),
          null);
      compare("drill-down: skipped review, year",
          i -> search.search(new AuditCriteria(null, year(i), null, null, null, null, null, null,
              ComplianceFlag.SKIPPED_REVIEW, null), 0, 20, "createdAt", "desc"),
          null);
      compare("drill-down: overdue in stage, year",
          i -> search.search(new AuditCriteria(null, year(i), null, null, null, null, null, null, null,
              i % 2 == 0 ? "legality-review" : "decision-publication"), 0, 20, "createdAt", "desc"),
          i -> {
            Set<String> overdue = new HashSet<>();
            for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
                .processDefinitionKey(i % 2 == 0 ? "legality-review" : "decision-publication")
                .startedAfter(yearStart(year(i))).startedBefore(yearStart(year(i) + 1)).taskDueBefore(new Date()).list()) {
              if (t.getEndTime() == null || t.getEndTime().after(t.getDueDate())) {
                overdue.add(t.getRootProcessInstanceId());
              }
            }
            overdue.stream().sorted().limit(20).toList();
          });
      compare("timeline of one decision",
          i -> timelines.timeline(sampleDecisions.get(i % sampleDecisions.size())),
          i -> {
            String no = sampleDecisions.get(i % sampleDecisions.size());
            for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).list()) {
              history.createHistoricActivityInstanceQuery().processInstanceId(p.getId()).list();
            }
            history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no).list();
          });
      compare("statistics: one unit, one year",
          i -> statistics.statistics(year(i), units.get(i % units.size())),
          i -> engineStatistics(units.get(i % units.size()) + "-" + year(i) + "-%", null, null));
      compare("statistics: all units, one year",
          i -> statistics.statistics(year(i), null),
          i -> engineStatistics(null, yearStart(year(i)), yearStart(year(i) + 1)));
      exportOfAYear();
      if (compare) {
        System.out.println("Without the read model (the same figures from the history, V7's SQL), for comparison:");
        compare("statistics: one unit, from history",
            i -> statistics.statisticsFromHistory(year(i), units.get(i % units.size())), null);
        compare("statistics: all units, from history",
            i -> statistics.statisticsFromHistory(year(i), null), null);
      }
      uptime();
      System.out.println(missed.isEmpty() ? "Targets: all met" : "Targets NOT met: " + String.join("; ", missed));
    }

    /**
     * What the auditor's export button does for one unit's year (AuditController: search.all, then the
     * table as .xlsx or CSV), for the county (the unit with the most decisions) in each year.
     */
    void exportOfAYear() {
      System.out.printf("%-34s %8s %10s %10s %10s%n", "export of a year of one unit", "rows", "query ms", "xlsx ms",
          "csv ms");
      double longest = 0;
      // The first export of a JVM loads and compiles Apache POI (seconds on a loaded machine); every
      // later one, in a running server, does not. Timed separately, like the other queries' warm-up.
      long cold = System.nanoTime();
      exports.xlsx(List.of(exports.decisions(search.all(
          new AuditCriteria(units.get(1), lastYear, null, null, null, null, null, null, null, null)))));
      System.out.printf("(first export in this JVM, warm-up: %.0f ms)%n", (System.nanoTime() - cold) / 1e6);
      for (int year = firstYear; year <= lastYear; year++) {
        AuditCriteria criteria = new AuditCriteria(units.get(0), year, null, null, null, null, null, null, null, null);
        long t0 = System.nanoTime();
        var rows = search.all(criteria);
        long t1 = System.nanoTime();
        byte[] xlsx = exports.xlsx(List.of(exports.decisions(rows)));
        long t2 = System.nanoTime();
        byte[] csv = exports.csv(List.of(exports.decisions(search.all(criteria))));
        long t3 = System.nanoTime();
        double xlsxTotal = (t2 - t0) / 1e6;
        double csvTotal = (t3 - t2) / 1e6;
        longest = Math.max(longest, Math.max(xlsxTotal, csvTotal));
        System.out.printf("%-34s %,8d %10.0f %10.0f %10.0f   (%,d KB xlsx, %,d KB csv)%n", units.get(0) + " " + year,
            rows.size(), (t1 - t0) / 1e6, xlsxTotal, csvTotal, xlsx.length >> 10, csv.length >> 10);
      }
      System.out.printf("export of a year of one unit (query + file): longest %.0f ms (target < %.0f ms: %s)%n",
          longest, EXPORT_TARGET, longest < EXPORT_TARGET ? "met" : "NOT MET");
      if (longest >= EXPORT_TARGET) {
        missed.add("export " + Math.round(longest) + " ms");
      }
    }

    /** The task-based figures (on-time, overdue, mean durations per stage and unit) from the engine API. */
    void engineStatistics(String businessKeyLike, Date from, Date to) {
      var processes = history.createHistoricProcessInstanceQuery();
      var tasks = history.createHistoricTaskInstanceQuery();
      if (businessKeyLike != null) {
        processes.processInstanceBusinessKeyLike(businessKeyLike);
        tasks.processInstanceBusinessKeyLike(businessKeyLike);
      } else {
        processes.startedAfter(from).startedBefore(to);
        tasks.startedAfter(from).startedBefore(to);
      }
      Map<String, String> unitOfRoot = new HashMap<>();
      Map<String, long[]> stages = new HashMap<>();
      for (HistoricProcessInstance p : processes.list()) {
        if (p.getBusinessKey() != null) {
          unitOfRoot.put(p.getRootProcessInstanceId(), p.getBusinessKey().substring(0, p.getBusinessKey().indexOf('-')));
        }
        if (p.getDurationInMillis() != null) {
          long[] s = stages.computeIfAbsent(p.getProcessDefinitionKey(), k -> new long[5]);
          s[0]++;
          s[1] += p.getDurationInMillis();
        }
      }
      Map<String, Long> overdueByUnit = new HashMap<>();
      Date now = new Date();
      for (HistoricTaskInstance t : tasks.list()) {
        long[] s = stages.computeIfAbsent(t.getProcessDefinitionKey(), k -> new long[5]);
        s[2]++;
        if (t.getDueDate() != null && t.getEndTime() != null) {
          s[3]++;
          if (!t.getEndTime().after(t.getDueDate())) {
            s[4]++;
          }
        }
        if (t.getDueDate() != null && (t.getEndTime() == null ? t.getDueDate().before(now) : t.getEndTime().after(t.getDueDate()))) {
          overdueByUnit.merge(unitOfRoot.getOrDefault(t.getRootProcessInstanceId(), "?"), 1L, Long::sum);
        }
      }
    }

    AuditCriteria criteria(int i, ComplianceFlag flag) {
      return new AuditCriteria(units.get(i % units.size()), year(i), null, null, null, null, null, null, flag, null);
    }

    int year(int i) {
      return firstYear + i % (lastYear - firstYear + 1);
    }

    static Date yearStart(int year) {
      return Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant());
    }

    long count(String table) {
      Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
      return n == null ? 0 : n;
    }

    void compare(String name, IntConsumer auditor, IntConsumer engine) {
      double[] ours = measure(auditor);
      double target = name.startsWith("timeline") ? TIMELINE_TARGET : AUDITOR_P95_TARGET;
      if (ours[1] >= target && !name.contains("from history")) {
        missed.add(name + " p95 " + Math.round(ours[1]) + " ms >= " + Math.round(target));
      }
      if (engine == null || !compare) {
        System.out.printf("%-34s %10.1f %10.1f %12s %12s %8s%n", name, ours[0], ours[1], "n/a", "n/a", "-");
        return;
      }
      double[] theirs = measure(engine);
      System.out.printf("%-34s %10.1f %10.1f %12.1f %12.1f %7.1fx%n", name, ours[0], ours[1], theirs[0], theirs[1],
          theirs[1] / ours[1]);
    }

    /** Three warm-up runs, then RUNS timed runs with varying parameters; returns {p50, p95} in ms. */
    static double[] measure(IntConsumer query) {
      for (int i = 0; i < 3; i++) {
        query.accept(i);
      }
      double[] times = new double[RUNS];
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        query.accept(i + 7);
        times[i] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(times);
      return new double[] {percentile(times, 50), percentile(times, 95)};
    }

    static double percentile(double[] sorted, int p) {
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
  }
}
