package cn.gov.pujiang.decision.audit.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import cn.gov.pujiang.decision.audit.DecisionFacts;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a dedicated PostgreSQL database with a provincial-size, internally consistent history:
 * decisions in md_decision with their procedure plans, trail, legality rounds, meetings and archive
 * records, and the engine history (ACT_HI_PROCINST, ACT_HI_ACTINST, ACT_HI_TASKINST) of their
 * process trees, linked as the engine links them (ROOT_PROC_INST_ID_, SUPER_PROCESS_INSTANCE_ID_,
 * business key = decision number). Rows go in with COPY; a fixed seed makes runs repeatable.
 *
 * <p>Around the history, at the volumes a county sees: each unit's published catalogue of every year
 * (90% of decisions carry out an item; 4% start outside it with an emergency reason; the rest predate
 * it), a few items per catalogue without a decision (planned, postponed by an approved or a rejected
 * adjustment, withdrawn); dossier documents (metadata and SHA-256; the bytes are not generated, no
 * auditor query reads them) as each stage produces them, about 10% in a second version; reminders
 * and escalations (md_notification, md_inbox_message) for the tasks with a time limit that were
 * still open two days before it or past it. These use a random generator of their own, so the
 * history is the same as without them.
 *
 * <p>Last, the auditor read model (md_audit_*) is computed by the application's own
 * {@link DecisionFacts#refresh}, the code that keeps it up to date in a running system.
 *
 * <p>The paths follow the real models: start, study, initiation decision (5% not initiated),
 * drafting, procedures (participation, argumentation, risk assessment as the rules would demand,
 * some exempted with a reason, a few neither done nor exempted), legality review (20% returned once
 * and resubmitted), collective discussion (1% without a passed review, to be found by auditors),
 * publication, execution and archiving; decisions of the last months are still running.
 */
final class HistoryGenerator {

  static final String[] UNITS = {"county", "puyang", "xianhua", "punan", "huangzhai", "baima", "zhengzhai", "yantou",
      "zhengjiawu", "tanxi", "hangping", "yuzhai", "dafan", "zhongyu", "qianwu", "huaqiao"};
  static final String[] SUBJECTS = {"农贸市场改造提升方案", "垃圾分类收费办法", "美丽乡村建设规划", "集镇停车管理办法",
      "农村饮用水提升工程", "老旧小区改造计划", "学校布局调整方案", "水库移民后期扶持办法", "产业园区招商政策",
      "公共交通线路调整方案", "殡葬改革实施办法", "河道综合治理规划", "养老服务设施布局规划", "土地征收补偿标准",
      "文化礼堂建设方案", "消防安全专项整治方案"};
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final long DAY = 86_400_000L;
  private static final long HOUR = 3_600_000L;
  /** ADR 0002: every model keeps its history ten years (historyTimeToLive 3653 days). */
  static final long HISTORY_TIME_TO_LIVE = 3653 * DAY;
  /** Placeholder for REMOVAL_TIME_, known only when the root instance ends (or never, while it runs). */
  private static final String REMOVAL = "%RM%";

  private final DataSource dataSource;
  private final DecisionFacts facts;
  private final Random random = new Random(20261127L);
  /** For catalogue, documents and notifications, so that the history stays as it was without them. */
  private final Random extras = new Random(20261128L);
  private final Map<String, String> definitionIds = new HashMap<>();

  private final StringBuilder decisions = new StringBuilder();
  private final StringBuilder procedures = new StringBuilder();
  private final StringBuilder trail = new StringBuilder();
  private final StringBuilder opinions = new StringBuilder();
  private final StringBuilder meetings = new StringBuilder();
  private final StringBuilder archives = new StringBuilder();
  private final StringBuilder procinsts = new StringBuilder();
  private final StringBuilder actinsts = new StringBuilder();
  private final StringBuilder tasks = new StringBuilder();
  private final StringBuilder catalogues = new StringBuilder();
  private final StringBuilder items = new StringBuilder();
  private final StringBuilder adjustments = new StringBuilder();
  private final StringBuilder documents = new StringBuilder();
  private final StringBuilder notifications = new StringBuilder();
  private final StringBuilder inbox = new StringBuilder();
  private final Map<String, long[]> catalogueIds = new HashMap<>();
  private long itemCounter;
  private long adjustmentCounter;
  private long documentCounter;
  private long notificationCounter;
  private long inboxCounter;
  private String currentNo;
  private Tree lastTree;
  private final long[] extraCounts = new long[4];
  private final List<Proc> pendingProcesses = new ArrayList<>();
  private long idCounter;
  private final long[] counts = new long[4];

  HistoryGenerator(DataSource dataSource, DecisionFacts facts) {
    this.dataSource = dataSource;
    this.facts = facts;
  }

  /** Replaces the database's decisions and engine history with {@code total} generated decisions. */
  void generate(int total, int firstYear, int lastYear, Instant now) throws SQLException, IOException {
    try (Connection c = dataSource.getConnection()) {
      String db = c.getCatalog();
      if (!db.contains("bench")) {
        throw new IllegalStateException("Refusing to fill database " + db + ": the generator only writes to a database"
            + " whose name contains 'bench' (e.g. md_bench)");
      }
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("truncate md_audit_open_task, md_audit_stage, md_audit_decision, md_inbox_message, md_notification,"
            + " md_document_content, md_document, md_stage_record, md_procedure_requirement, md_legality_opinion,"
            + " md_meeting_record, md_archive_record, md_decision, md_catalogue_adjustment, md_catalogue_item,"
            + " md_catalogue, md_conformance_violation, md_conformance_run_rule, md_conformance_run"
            // Tables added since (publication channels, fair-competition reviews, consultations, ...) that
            // reference the decisions: emptied with them.
            + " cascade");
        s.execute("truncate ACT_HI_PROCINST, ACT_HI_ACTINST, ACT_HI_TASKINST, ACT_HI_OP_LOG");
        try (var rs = s.executeQuery("select KEY_, ID_ from ACT_RE_PROCDEF order by VERSION_")) {
          while (rs.next()) {
            definitionIds.put(rs.getString(1), rs.getString(2));
          }
        }
      }
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      long began = System.nanoTime();
      int years = lastYear - firstYear + 1;
      for (int year = firstYear; year <= lastYear; year++) {
        for (String unit : UNITS) {
          catalogue(unit, year);
        }
      }
      for (int i = 1; i <= total; i++) {
        int year = firstYear + (i - 1) % years;
        String unit = UNITS[i % 7 == 0 ? 0 : random.nextInt(UNITS.length)];
        long start = LocalDateTime.of(year, 1, 1, 9, 0).atZone(SHANGHAI).toInstant().toEpochMilli()
            + (long) (random.nextDouble() * 360) * DAY;
        int actinstsFrom = actinsts.length();
        int tasksFrom = tasks.length();
        decision(i, unit, year, start, now.toEpochMilli());
        settleRemovalTime(lastTree, actinstsFrom, tasksFrom);
        if (i == total) {
          catalogueItemsWithoutDecision();
        }
        if (i % 2000 == 0 || i == total) {
          flush(copy);
          System.out.printf("  %,d decisions, %,d process instances, %,d activity instances, %,d tasks (%.0f s)%n",
              i, counts[0], counts[1], counts[2], (System.nanoTime() - began) / 1e9);
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("select setval('md_decision_seq', (select max(id) from md_decision))");
        for (String table : List.of("md_catalogue", "md_catalogue_item", "md_catalogue_adjustment", "md_document",
            "md_notification", "md_inbox_message")) {
          s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
        }
      }
      c.commit();
      System.out.printf("  %,d catalogue items, %,d documents, %,d notifications, %,d inbox messages%n",
          extraCounts[0], extraCounts[1], extraCounts[2], extraCounts[3]);
      long start = System.nanoTime();
      List<Long> ids = new ArrayList<>();
      try (Statement s = c.createStatement(); var rs = s.executeQuery("select id from md_decision order by id")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      facts.refresh(ids);
      System.out.printf("  read model (DecisionFacts.refresh) of %,d decisions in %.0f s%n", ids.size(),
          (System.nanoTime() - start) / 1e9);
      try (Statement s = c.createStatement()) {
        c.setAutoCommit(true);
        // What autovacuum does in a running system: statistics, and a visibility map so that
        // index-only scans need not visit the freshly copied heap.
        s.execute("vacuum analyze");
      }
    }
  }

  private void decision(int n, String unit, int year, long start, long now) {
    String no = unit + "-" + year + "-" + String.format("%06d", n);
    String title = unitLabel(unit) + SUBJECTS[random.nextInt(SUBJECTS.length)] + "（" + n + "）";
    String root = "g" + n;
    Tree tree = new Tree(root, no, unit, now);
    lastTree = tree;
    long t = start;
    Proc main = tree.process("major-decision", null, t);
    t = main.activity("StartEvent_DecisionProposed", "提出决策建议", "startEvent", t, 0);
    t = main.activity("Task_RegisterDecision", "登记决策事项", "serviceTask", t, 60_000);
    t = tree.task(main, "Task_StudyProposal", "研究论证决策建议", unit + ".clerk", t, days(2, 10), null);
    t = tree.task(main, "Task_DecideInitiation", "决定是否启动决策程序", unit + ".head", t, days(1, 6), null);
    t = main.activity("Gateway_InitiationDecision", null, "exclusiveGateway", t, 0);
    String status;
    String outcome = null;
    boolean notInitiated = random.nextInt(100) < 5;
    String pi = root;
    currentNo = no;
    tree.title = title;
    Long itemId = null;
    String emergency = null;
    int basis = extras.nextInt(100);
    if (basis < 90) {
      itemId = catalogueItem(unit, year, title, "STARTED", start);
    } else if (basis < 94) {
      emergency = "突发事件应对，须立即作出决策（" + SUBJECTS[extras.nextInt(SUBJECTS.length)] + "）";
    }
    line(decisions, n, no, title, unit, "DEPARTMENT", "%STATUS%", "%OUTCOME%", pi, unit + ".clerk", ts(start), "%UPDATED%", 0,
        itemId, emergency);
    trailEntry(n, "INITIATION", "DECISION_REGISTERED", "登记决策事项：" + title, unit + ".clerk", start);
    if (notInitiated) {
      trailEntry(n, "INITIATION", "INITIATION_REFUSED", "决策机关决定不启动决策程序", unit + ".head", t);
      outcome = "NOT_INITIATED";
      t = archive(tree, main, n, t);
      status = tree.open ? "ARCHIVING" : "ARCHIVED";
      finish(n, tree.open ? null : outcome, status, t);
      return;
    }
    trailEntry(n, "INITIATION", "INITIATION_APPROVED", "决定启动决策程序", unit + ".head", t);
    t = tree.task(main, "Task_DraftDecision", "拟定决策草案", unit + ".clerk", t, days(10, 40), null);
    trailEntry(n, "DRAFTING", "DRAFT_COMPLETED", "决策草案拟定完成", unit + ".clerk", t);
    t = main.activity("Task_DetermineProcedures", "确定应当履行的程序", "businessRuleTask", t, 500);
    t = tree.task(main, "Task_ConfirmProcedures", "确认履行的法定程序", unit + ".clerk", t, days(1, 4), null);
    t = main.activity("Task_RecordProcedurePlan", "记录程序履行计划", "serviceTask", t, 200);
    if (tree.open) {
      finish(n, null, "DRAFTING", t);
      return;
    }
    String[][] conditional = {
      {"PUBLIC_PARTICIPATION", "public-participation", "CallActivity_PublicParticipation", "公众参与", "PARTICIPATION_COMPLETED", "40"},
      {"EXPERT_ARGUMENTATION", "expert-argumentation", "CallActivity_ExpertArgumentation", "专家论证", "ARGUMENTATION_COMPLETED", "30"},
      {"RISK_ASSESSMENT", "risk-assessment", "CallActivity_RiskAssessment", "风险评估", "RISK_ASSESSMENT_COMPLETED", "50"}};
    for (String[] p : conditional) {
      boolean required = random.nextInt(100) < Integer.parseInt(p[5]);
      boolean planned = required && random.nextInt(100) < 90;
      int roll = random.nextInt(100);
      String reason = required && !planned && roll < 92 ? "已有同类事项" + p[3] + "结论，情况无变化，经决策机关同意不再开展" : null;
      line(procedures, n, p[0], required, planned, required ? "required-procedures 规则" : null, reason, unit + ".clerk", ts(t));
      if (reason != null) {
        trailEntry(n, "PROCEDURES", "PROCEDURE_EXEMPTED", "不开展" + p[3] + "，特别说明：" + reason, unit + ".clerk", t);
      }
      if (planned) {
        Proc stage = tree.process(p[1], main, t);
        long s = stage.activity("StartEvent_" + p[3], null, "startEvent", t, 0);
        s = tree.task(stage, "Task_Organise", "组织" + p[3], unit + ".clerk", s, days(2, 10), null);
        s = tree.task(stage, "Task_Record", "记录" + p[3] + "结果", unit + ".clerk", s, days(5, 35), null);
        if (!tree.open && random.nextInt(100) < 98) {
          trailEntry(n, p[0], p[4], p[3] + "完成", unit + ".clerk", s);
        }
        s = stage.end(s);
        t = main.activity(p[2], p[3], "callActivity", t, s - t);
      }
    }
    if (tree.open) {
      finish(n, null, "PROCEDURES", t);
      return;
    }
    boolean returned = random.nextInt(100) < 20;
    boolean skipReview = random.nextInt(1000) < 10;
    if (!skipReview) {
      int round = 1;
      while (true) {
        t = tree.task(main, "Task_SubmitForLegalityReview", "送请合法性审查", unit + ".clerk", t, days(1, 3), null);
        long submitted = t;
        trailEntry(n, "LEGALITY_REVIEW", "REVIEW_SUBMITTED", "第" + round + "轮送请合法性审查", unit + ".clerk", t);
        Proc review = tree.process("legality-review", main, t);
        long s = review.activity("StartEvent_ReviewRequested", "收到送审", "startEvent", t, 0);
        String reviewer = "county".equals(unit) ? "sfj.reviewer" : unit + ".reviewer";
        s = tree.task(review, "Task_CheckCompleteness", "送审材料完整性审查", reviewer, s, days(0, 2), null);
        if (returned && round == 1) {
          line(opinions, n, round, ts(submitted), unit + ".clerk", "RETURNED_INCOMPLETE", "送审材料不全，请补充风险评估报告",
              null, null, null, null, reviewer, ts(s));
          trailEntry(n, "LEGALITY_REVIEW", "SUBMISSION_RETURNED", "送审材料不全，退回补充", reviewer, s);
          s = review.end(s);
          t = main.activity("CallActivity_LegalityReview", "合法性审查", "callActivity", t, s - t);
          t = tree.task(main, "Task_ReviseDraft", "修改补充决策草案", unit + ".clerk", t, days(3, 15), null);
          round++;
          continue;
        }
        s = tree.task(review, "Task_ProvideLegalAdviserOpinion", "法律顾问、公职律师出具意见", unit + ".lawyer", s,
            days(1, 4), null);
        long due = workingDaysAfter(submitted, 7);
        s = tree.task(review, "Task_IssueLegalityOpinion", "出具合法性审查意见书", reviewer, s, days(1, 9), due);
        if (tree.open) {
          line(opinions, n, round, ts(submitted), unit + ".clerk", null, null, null, null, null, null, null, null);
          break;
        }
        line(opinions, n, round, ts(submitted), unit + ".clerk", "LAWFUL", "经审查，决策主体适格、程序完备、内容合法",
            null, false, "决策权限、程序合法", null, reviewer, ts(s));
        trailEntry(n, "LEGALITY_REVIEW", "LEGALITY_OPINION_ISSUED", "出具合法性审查意见书：合法", reviewer, s);
        s = review.end(s);
        t = main.activity("CallActivity_LegalityReview", "合法性审查", "callActivity", t, s - t);
        break;
      }
      if (tree.open) {
        finish(n, null, "LEGALITY_REVIEW", t);
        return;
      }
    }
    Proc meeting = tree.process("collective-discussion", main, t);
    long s = meeting.activity("StartEvent_DiscussionRequested", null, "startEvent", t, 0);
    s = tree.task(meeting, "Task_SubmitMeetingMaterials", "报送集体讨论材料", unit + ".clerk", s, days(1, 3), null);
    s = tree.task(meeting, "Task_ScheduleMeeting", "安排会议", unit + ".secretary", s, days(1, 3), null);
    s = tree.task(meeting, "Task_RecordMeeting", "记录讨论和决定情况", unit + ".secretary", s, days(7, 20), null);
    if (tree.open) {
      finish(n, null, "COLLECTIVE_DISCUSSION", t);
      return;
    }
    boolean adopted = random.nextInt(100) < 92;
    line(meetings, n, "county".equals(unit) ? "EXECUTIVE" : "TOWN_EXECUTIVE", java.time.Instant.ofEpochMilli(s)
            .atZone(SHANGHAI).toLocalDate(), "行政首长及班子成员7人", "成员逐一发表意见", 6, 1, 0, true,
        adopted ? "同意通过" : "不予通过", adopted ? "ADOPTED" : "REJECTED", null, "会议纪要", unit + ".secretary", ts(s));
    trailEntry(n, "COLLECTIVE_DISCUSSION", "MEETING_RECORDED", adopted ? "会议决定通过" : "会议决定不予通过",
        unit + ".secretary", s);
    s = meeting.end(s);
    t = main.activity("CallActivity_CollectiveDiscussion", "集体讨论决定", "callActivity", t, s - t);
    if (!adopted) {
      t = archive(tree, main, n, t);
      finish(n, tree.open ? null : "REJECTED", tree.open ? "ARCHIVING" : "ARCHIVED", t);
      return;
    }
    Proc publication = tree.process("decision-publication", main, t);
    s = publication.activity("StartEvent_PublicationRequested", null, "startEvent", t, 0);
    long due = workingDaysAfter(s, 20);
    s = tree.task(publication, "Task_PublishDecision", "公布决策", unit + ".secretary", s, days(3, 30), due);
    if (tree.open) {
      finish(n, null, "PUBLICATION", t);
      return;
    }
    trailEntry(n, "PUBLICATION", "PUBLISHED", "决策已公布", unit + ".secretary", s);
    s = publication.end(s);
    t = main.activity("CallActivity_Publication", "决策公布", "callActivity", t, s - t);
    Proc execution = tree.process("decision-execution", main, t);
    s = execution.activity("StartEvent_ExecutionStarted", null, "startEvent", t, 0);
    s = tree.task(execution, "Task_DesignateExecutionUnit", "明确决策执行单位", unit + ".head", s, days(1, 5), null);
    s = tree.task(execution, "Task_ReportExecution", "报告决策执行情况", unit + ".clerk", s, days(60, 120), null);
    s = tree.task(execution, "Task_DecideOnEvaluation", "决定是否开展决策后评估", unit + ".head", s, days(1, 10), null);
    if (tree.open) {
      finish(n, null, "EXECUTION", t);
      return;
    }
    trailEntry(n, "EXECUTION", "EXECUTION_REPORTED", "执行完毕并报告", unit + ".clerk", s);
    s = execution.end(s);
    t = main.activity("CallActivity_Execution", "决策执行与决策后评估", "callActivity", t, s - t);
    t = archive(tree, main, n, t);
    finish(n, tree.open ? null : "ADOPTED", tree.open ? "ARCHIVING" : "ARCHIVED", t);
  }

  private long archive(Tree tree, Proc main, int n, long t) {
    Proc archiving = tree.process("decision-archiving", main, t);
    long s = archiving.activity("StartEvent_ArchivingRequested", null, "startEvent", t, 0);
    s = archiving.activity("Task_CompileArchiveList", "生成归档清单", "serviceTask", s, 2_000);
    s = tree.task(archiving, "Task_ConfirmArchive", "核对并确认归档", tree.unit + ".secretary", s, days(1, 10), null);
    if (tree.open) {
      return t;
    }
    s = archiving.activity("Task_CloseDecision", "办结归档", "serviceTask", s, 2_000);
    trailEntry(n, "ARCHIVING", "ARCHIVED", "决策已归档", tree.unit + ".secretary", s);
    line(archives, n, "%OUTCOME%", "ARCHIVED", 0, ts(s), "WS·" + n, "PERMANENT", tree.unit + ".secretary", ts(s));
    s = archiving.end(s);
    t = main.activity("CallActivity_Archiving", "归档", "callActivity", t, s - t);
    main.end(t);
    // The engine's removal-time strategy "end": the whole tree's history expires with its root.
    tree.removalTime = t + HISTORY_TIME_TO_LIVE;
    return t;
  }

  /** Fills in the decision's status and outcome, known only at the end of its path. */
  private void finish(int n, String outcome, String status, long t) {
    String key = "\n";
    int lineStart = decisions.lastIndexOf(key, decisions.length() - 2) + 1;
    String row = decisions.substring(lineStart)
        .replace("%STATUS%", status).replace("%OUTCOME%", outcome == null ? "\\N" : outcome).replace("%UPDATED%", ts(t));
    decisions.replace(lineStart, decisions.length(), row);
    if (archives.indexOf("%OUTCOME%") >= 0) {
      int a = archives.indexOf("%OUTCOME%");
      archives.replace(a, a + "%OUTCOME%".length(), outcome == null ? "ADOPTED" : outcome);
    }
  }

  /** Writes the tree's removal time (or none while it runs) into its activity and task rows. */
  private void settleRemovalTime(Tree tree, int actinstsFrom, int tasksFrom) {
    String value = tree.removalTime == null ? "\\N" : local(tree.removalTime);
    replaceFrom(actinsts, actinstsFrom, value);
    replaceFrom(tasks, tasksFrom, value);
  }

  private static void replaceFrom(StringBuilder rows, int from, String value) {
    for (int i = rows.indexOf(REMOVAL, from); i >= 0; i = rows.indexOf(REMOVAL, i + value.length())) {
      rows.replace(i, i + REMOVAL.length(), value);
    }
  }

  private void trailEntry(int n, String stage, String event, String summary, String actor, long at) {
    line(trail, n, stage, event, summary, actor, ts(at));
    switch (event) {
      case "DRAFT_COMPLETED" -> documents(actor, at, "DRAFT", "DRAFTING_EXPLANATION");
      case "PARTICIPATION_COMPLETED" -> documents(actor, at, "PUBLIC_COMMENT_SUMMARY", "ADOPTION_REPORT");
      case "ARGUMENTATION_COMPLETED" -> documents(actor, at, "EXPERT_OPINION");
      case "RISK_ASSESSMENT_COMPLETED" -> documents(actor, at, "RISK_ASSESSMENT_REPORT");
      case "LEGALITY_OPINION_ISSUED" -> documents(actor, at, "LEGALITY_OPINION");
      case "MEETING_RECORDED" -> documents(actor, at, "MEETING_MINUTES");
      case "PUBLISHED" -> documents(actor, at, "PUBLISHED_DECISION");
      case "EXECUTION_REPORTED" -> documents(actor, at, "OTHER");
      default -> { }
    }
  }

  /** The unit's published catalogue of the year; {id, next seq}. */
  private void catalogue(String unit, int year) {
    long id = catalogueIds.size() + 1;
    catalogueIds.put(unit + year, new long[] {id, 0});
    long compiled = LocalDateTime.of(year - 1, 12, 10, 9, 0).atZone(SHANGHAI).toInstant().toEpochMilli();
    long published = compiled + 40 * DAY;
    line(catalogues, id, unit, year, "PUBLISHED", null, "county".equals(unit) ? "县政府常务会议" : "乡镇（街道）党政联席会议",
        "同意", ts(published - 5 * DAY), "已征得同级党委同意", ts(published), unit + ".clerk", ts(compiled), ts(published), 0);
  }

  private long catalogueItem(String unit, int year, String title, String status, long at) {
    long[] catalogue = catalogueIds.get(unit + year);
    long seq = ++catalogue[1];
    long id = ++itemCounter;
    LocalDateTime created = LocalDateTime.of(year - 1, 12, 10, 9, 0);
    line(items, id, catalogue[0], String.format("%s-%d-C%03d", unit, year, seq), seq, title, "经济发展办公室",
        "《重大行政决策程序暂行条例》第三条", "公众参与；合法性审查；集体讨论决定", java.time.LocalDate.of(year, 12, 31)
            .minusDays(extras.nextInt(200)), status, "COMPILED", unit + ".clerk",
        ts(created.atZone(SHANGHAI).toInstant().toEpochMilli()), ts(Math.max(at, 0)), 0);
    extraCounts[0]++;
    return id;
  }

  /** Per catalogue: an item still planned, one postponed, one whose postponement was refused, one withdrawn. */
  private void catalogueItemsWithoutDecision() {
    for (Map.Entry<String, long[]> e : catalogueIds.entrySet()) {
      String unit = e.getKey().substring(0, e.getKey().length() - 4);
      int year = Integer.parseInt(e.getKey().substring(e.getKey().length() - 4));
      long at = LocalDateTime.of(year, 6, 1, 9, 0).atZone(SHANGHAI).toInstant().toEpochMilli();
      catalogueItem(unit, year, "目录事项（尚未启动）" + year, "PLANNED", at);
      long postponed = catalogueItem(unit, year, "目录事项（延期办理）" + year, "PLANNED", at);
      adjustment(e.getValue()[0], "POSTPONE", postponed, "APPROVED", at, java.time.LocalDate.of(year + 1, 6, 30));
      long refused = catalogueItem(unit, year, "目录事项（延期未获批准）" + year, "PLANNED", at);
      adjustment(e.getValue()[0], "POSTPONE", refused, "REJECTED", at, java.time.LocalDate.of(year + 1, 6, 30));
      long withdrawn = catalogueItem(unit, year, "目录事项（已撤销）" + year, "WITHDRAWN", at);
      adjustment(e.getValue()[0], "WITHDRAW", withdrawn, "APPROVED", at, null);
    }
  }

  private void adjustment(long catalogue, String kind, long item, String status, long at, java.time.LocalDate newCompletion) {
    line(adjustments, ++adjustmentCounter, catalogue, kind, item, "情况变化，申请调整", newCompletion, status, "clerk",
        ts(at), "head", ts(at + 3 * DAY), "APPROVED".equals(status) ? "同意" : "理由不充分", 0);
  }

  /** The dossier documents a stage produces; one in ten is uploaded again as version 2. */
  private void documents(String actor, long at, String... kinds) {
    for (String kind : kinds) {
      int versions = extras.nextInt(10) == 0 ? 2 : 1;
      for (int v = 1; v <= versions; v++) {
        long id = ++documentCounter;
        line(documents, id, currentNo, kind, v, kind.toLowerCase(java.util.Locale.ROOT) + "-v" + v + ".pdf",
            "application/pdf", 50_000 + extras.nextInt(2_000_000), sha256(id), actor, ts(at - (versions - v) * HOUR - HOUR));
        extraCounts[1]++;
      }
    }
  }

  private String sha256(long id) {
    return String.format("%016x%016x%016x%016x", extras.nextLong(), extras.nextLong(), extras.nextLong(), id);
  }

  /**
   * A reminder two days before the time limit when the task was still open then, an escalation at
   * the limit when it was still open, each to the assignee (the escalation also to the unit head),
   * as DeadlineWatch writes them; only those due by now.
   */
  private void notices(Tree tree, Proc p, String taskId, String taskKey, String name, String assignee, long start,
      Long end, long due) {
    long remindAt = due - 2 * DAY;
    if (remindAt >= start && remindAt <= tree.now && (end == null || end > remindAt)) {
      notice(tree, p, taskId, taskKey, name, "REMINDER", due, remindAt, List.of(assignee));
    }
    if (due <= tree.now && (end == null || end > due)) {
      notice(tree, p, taskId, taskKey, name, "ESCALATION", due, due, List.of(assignee, tree.unit + ".head"));
    }
  }

  private void notice(Tree tree, Proc p, String taskId, String taskKey, String name, String kind, long due, long at,
      List<String> recipients) {
    long id = ++notificationCounter;
    line(notifications, id, taskId, kind, name, taskKey, p.id, tree.businessKey, tree.title, tree.unit, ts(due), ts(at));
    extraCounts[2]++;
    for (String recipient : recipients) {
      String title = ("REMINDER".equals(kind) ? "期限提醒：" : "逾期督办：") + name;
      line(inbox, ++inboxCounter, id, recipient, title, title + "（" + tree.title + "）", ts(at),
          extras.nextInt(3) == 0 ? null : ts(at + 2 * HOUR), "DISABLED", null, null, null);
      extraCounts[3]++;
    }
  }

  private long days(int min, int max) {
    return (long) ((min + random.nextDouble() * (max - min)) * DAY) + random.nextInt(8) * HOUR;
  }

  private static long workingDaysAfter(long start, int days) {
    var d = Instant.ofEpochMilli(start).atZone(SHANGHAI).toLocalDate();
    int added = 0;
    while (added < days) {
      d = d.plusDays(1);
      if (d.getDayOfWeek().getValue() < 6) {
        added++;
      }
    }
    return d.atTime(17, 30).atZone(SHANGHAI).toInstant().toEpochMilli();
  }

  private static String unitLabel(String unit) {
    return switch (unit) {
      case "county" -> "县";
      case "puyang" -> "浦阳街道";
      case "baima" -> "白马镇";
      case "huaqiao" -> "花桥乡";
      default -> "";
    };
  }

  private String ts(long millis) {
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), SHANGHAI).toString();
  }

  /** Engine timestamps are local times of the JVM that wrote them. */
  private static String local(long millis) {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault()).format(LOCAL);
  }

  private static void line(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object v = values[i];
      if (v == null) {
        out.append("\\N");
      } else {
        String s = v.toString();
        out.append("\\N".equals(s) ? s : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
      }
    }
    out.append('\n');
  }

  private void flush(CopyManager copy) throws SQLException, IOException {
    pendingProcesses.forEach(Proc::write);
    pendingProcesses.clear();
    copy(copy, "md_catalogue (id, unit_code, catalogue_year, status, process_instance_id, approval_body, approval_note,"
        + " approved_at, party_consent_note, published_at, created_by, created_at, updated_at, version)", catalogues);
    copy(copy, "md_catalogue_item (id, catalogue_id, item_no, seq, title, organising_unit, legal_basis, planned_procedures,"
        + " planned_completion, status, origin, created_by, created_at, updated_at, version)", items);
    copy(copy, "md_catalogue_adjustment (id, catalogue_id, kind, item_id, reason, new_completion, status, requested_by,"
        + " requested_at, decided_by, decided_at, decision_opinion, version)", adjustments);
    copy(copy, "md_decision (id, decision_no, title, unit_code, proposer_type, status, outcome, process_instance_id,"
        + " created_by, created_at, updated_at, version, catalogue_item_id, emergency_reason)", decisions);
    copy(copy, "md_document (id, decision_no, kind, version, file_name, content_type, size_bytes, sha256, uploaded_by,"
        + " uploaded_at)", documents);
    copy(copy, "md_notification (id, task_id, kind, task_name, task_definition_key, process_instance_id, decision_no,"
        + " decision_title, decision_unit, due_date, created_at)", notifications);
    copy(copy, "md_inbox_message (id, notification_id, recipient, title, body, created_at, read_at, email_status,"
        + " email_address, email_sent_at, email_error)", inbox);
    copy(copy, "md_procedure_requirement (decision_id, procedure_code, required, planned, legal_basis, exemption_reason,"
        + " decided_by, decided_at)", procedures);
    copy(copy, "md_stage_record (decision_id, stage, event, summary, actor, recorded_at)", trail);
    copy(copy, "md_legality_opinion (decision_id, round_no, submitted_at, submitted_by, outcome, opinion, legal_risks,"
        + " recheck_required, adviser_opinion, guidance_opinion, reviewer, issued_at)", opinions);
    copy(copy, "md_meeting_record (decision_id, meeting_type, meeting_date, attendees, member_opinions, members_in_favour,"
        + " members_against, members_abstaining, head_spoke_last, head_decision, outcome, deviation_reason, minutes,"
        + " recorded_by, recorded_at)", meetings);
    copy(copy, "md_archive_record (decision_id, outcome, status, entry_count, compiled_at, archive_no, retention,"
        + " archived_by, archived_at)", archives);
    copy(copy, "ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_,"
        + " DURATION_, SUPER_PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_, STATE_, REMOVAL_TIME_)", procinsts);
    copy(copy, "ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_,"
        + " ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_,"
        + " SEQUENCE_COUNTER_, REMOVAL_TIME_)", actinsts);
    copy(copy, "ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
        + " EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_,"
        + " DUE_DATE_, TASK_STATE_, REMOVAL_TIME_)", tasks);
  }

  private static void copy(CopyManager copy, String target, StringBuilder rows) throws SQLException, IOException {
    if (rows.length() == 0) {
      return;
    }
    try (Reader reader = new StringReader(rows.toString())) {
      copy.copyIn("copy " + target + " from stdin", reader);
    }
    rows.setLength(0);
  }

  /** One decision's process tree; once a task is still open at "now", the decision stops there. */
  private final class Tree {
    final String root;
    final String businessKey;
    final String unit;
    final long now;
    String title;
    boolean open;
    Long removalTime;
    final List<Proc> processes = new ArrayList<>();

    Tree(String root, String businessKey, String unit, long now) {
      this.root = root;
      this.businessKey = businessKey;
      this.unit = unit;
      this.now = now;
    }

    Proc process(String key, Proc parent, long start) {
      String id = parent == null ? root : root + "-" + processes.size();
      Proc p = new Proc(this, id, key, parent == null ? null : parent.id, start);
      processes.add(p);
      counts[0]++;
      return p;
    }

    /** A user task; returns its end, or marks the tree open when it would end after now. */
    long task(Proc p, String taskKey, String name, String assignee, long start, long duration, Long due) {
      if (open) {
        return start;
      }
      String id = p.id + "-t" + (++idCounter);
      long end = start + duration;
      boolean done = end <= now;
      if (!done) {
        open = true;
      }
      String actId = taskKey + ":" + id;
      line(tasks, id, taskKey, p.key, definitionIds.getOrDefault(p.key, p.key + ":1"), root, p.id, p.id, actId, name,
          assignee, local(start), done ? local(end) : null, done ? end - start : null, done ? "completed" : null, 50,
          due == null ? null : local(due), done ? "Completed" : "Created", REMOVAL);
      counts[2]++;
      p.activityRow(actId, taskKey, id, name, "userTask", assignee, start, done ? end : null);
      if (due != null) {
        notices(this, p, id, taskKey, name, assignee, start, done ? end : null, due);
      }
      return done ? end : start;
    }
  }

  private final class Proc {
    final Tree tree;
    final String id;
    final String key;
    final long start;
    final String superId;
    Long endAt;
    int sequence;

    Proc(Tree tree, String id, String key, String superId, long start) {
      this.tree = tree;
      this.id = id;
      this.key = key;
      this.superId = superId;
      this.start = start;
      pendingProcesses.add(this);
    }

    /** The ACT_HI_PROCINST row: completed when end() was reached, ACTIVE otherwise. */
    void write() {
      line(procinsts, id, id, tree.businessKey, key, definitionIds.getOrDefault(key, key + ":1"), local(start),
          endAt == null ? null : local(endAt), endAt == null ? null : endAt - start, superId, tree.root,
          endAt == null ? "ACTIVE" : "COMPLETED", tree.removalTime == null ? null : local(tree.removalTime));
    }

    long activity(String actId, String name, String type, long start, long duration) {
      if (tree.open) {
        return start;
      }
      long end = start + duration;
      activityRow(actId + ":" + id + "-" + sequence, actId, null, name, type, null, start, end <= tree.now ? end : null);
      return end;
    }

    void activityRow(String instanceId, String actId, String taskId, String name, String type, String assignee,
        long start, Long end) {
      line(actinsts, instanceId, key, definitionIds.getOrDefault(key, key + ":1"), tree.root, id, id, actId, taskId, name,
          type, assignee, local(start), end == null ? null : local(end), end == null ? null : end - start,
          end == null ? 0 : 4, ++sequence, REMOVAL);
      counts[1]++;
    }

    long end(long at) {
      if (tree.open) {
        return at;
      }
      activity("EndEvent", null, "noneEndEvent", at, 0);
      endAt = at;
      return at;
    }
  }
}
