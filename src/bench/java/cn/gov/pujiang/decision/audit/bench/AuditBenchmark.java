package cn.gov.pujiang.decision.audit.bench;

import cn.gov.pujiang.decision.MajorDecisionApplication;
import cn.gov.pujiang.decision.audit.AuditCriteria;
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
  private static final int FIRST_YEAR = 2021;
  private static final int LAST_YEAR = 2026;
  private static final int RUNS = 40;

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
          System.out.printf("Generating %,d decisions %d-%d in %s%n", total, FIRST_YEAR, LAST_YEAR, url);
          new HistoryGenerator(ctx.getBean(DataSource.class), ctx.getBean(DecisionFacts.class))
              .generate(total, FIRST_YEAR, LAST_YEAR, LocalDate.of(LAST_YEAR, 11, 1).atStartOfDay(ZONE).toInstant());
          System.out.printf("Generated in %.0f s%n", (System.nanoTime() - start) / 1e9);
        } else if (arg.equals("bench")) {
          new AuditBenchmark.Run(ctx).run();
        } else if (arg.equals("conformance")) {
          conformance(ctx);
        } else {
          throw new IllegalArgumentException("Unknown argument " + arg + " (use generate[=N], bench, conformance)");
        }
      }
    }
  }

  /** The conformance run over each year, then over every decision, each twice (new/fixed against the first). */
  private static void conformance(ConfigurableApplicationContext ctx) {
    ConformanceRuns runs = ctx.getBean(ConformanceRuns.class);
    System.out.printf("%nConformance run (all rules)%n%-22s %10s %10s %10s %10s  %s%n", "scope", "decisions",
        "findings", "new", "ms", "slowest rules (ms)");
    List<ConformanceRuns.Scope> scopes = new java.util.ArrayList<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
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

    Run(ConfigurableApplicationContext ctx) {
      search = ctx.getBean(DecisionSearch.class);
      timelines = ctx.getBean(AuditTimeline.class);
      statistics = ctx.getBean(AuditStatistics.class);
      history = ctx.getBean(HistoryService.class);
      jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
      units = jdbc.queryForList("select code from md_unit order by sort_order", String.class);
      sampleDecisions = jdbc.queryForList(
          "select decision_no from md_decision order by id % 997, id fetch first " + RUNS + " rows only", String.class);
      sampleItems = jdbc.queryForList("select i.item_no from md_catalogue_item i join md_decision d on d.catalogue_item_id = i.id"
          + " order by d.id % 991, d.id fetch first " + RUNS + " rows only", String.class);
    }

    void run() {
      System.out.printf("%nData: %,d decisions, %,d process instances, %,d activity instances, %,d tasks,"
              + " %,d trail entries%n",
          count("md_decision"), count("ACT_HI_PROCINST"), count("ACT_HI_ACTINST"), count("ACT_HI_TASKINST"),
          count("md_stage_record"));
      System.out.printf("      %,d catalogue items, %,d documents, %,d notifications, %,d inbox messages;"
              + " read model: %,d decision rows, %,d stage rows, %,d open tasks with a time limit%n",
          count("md_catalogue_item"), count("md_document"), count("md_notification"), count("md_inbox_message"),
          count("md_audit_decision"), count("md_audit_stage"), count("md_audit_open_task"));
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
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
      System.out.println("Without the read model (the same figures from the history, V7's SQL), for comparison:");
      compare("statistics: one unit, from history",
          i -> statistics.statisticsFromHistory(year(i), units.get(i % units.size())), null);
      compare("statistics: all units, from history",
          i -> statistics.statisticsFromHistory(year(i), null), null);
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
      return FIRST_YEAR + i % (LAST_YEAR - FIRST_YEAR + 1);
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
      if (engine == null) {
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
