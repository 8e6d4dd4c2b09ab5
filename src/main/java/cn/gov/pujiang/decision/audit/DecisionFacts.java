package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.register.DecisionRecordsChanged;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The auditor read model (V8: md_audit_decision, md_audit_stage, md_audit_open_task; ADR 0013): per
 * decision, the compliance rules of {@link ComplianceSql} evaluated once and the sums behind the
 * per-stage task figures, so that a year's statistics are an aggregate over a few thousand rows
 * instead of a join over the engine history.
 *
 * <p>The facts are never updated by increments: every change recomputes the decision's rows from
 * the engine history and the application's records with the same SQL the backfill uses. A change
 * is noticed where it is written — the engine's history events of tasks and process instances
 * ({@link DecisionFactsPlugin}) and the application services that write legality rounds, meetings,
 * procedure plans and the trail ({@link DecisionRecordsChanged}) — and the recomputation runs just
 * before that transaction commits, after the engine and JPA have flushed, so it sees everything the
 * transaction wrote and commits or rolls back with it.
 */
@Service
public class DecisionFacts {

  private static final Logger log = LoggerFactory.getLogger(DecisionFacts.class);
  /** Decisions per statement when many are refreshed at once (backfill, generator). */
  private static final int CHUNK = 1000;

  private static final String TREE = "d.process_instance_id";

  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

  public DecisionFacts(DataSource dataSource, ObjectProvider<EntityManagerFactory> entityManagerFactory) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.entityManagerFactory = entityManagerFactory;
  }

  /** An application record of the decision changed in the current transaction. */
  @EventListener
  public void recordsChanged(DecisionRecordsChanged event) {
    if (event.decisionId() != null) {
      pending().decisions.add(event.decisionId());
    }
  }

  /** The engine wrote task or process history of the tree rooted at this process instance. */
  public void processTreeChanged(String rootProcessInstanceId) {
    if (rootProcessInstanceId != null) {
      pending().roots.add(rootProcessInstanceId);
    }
  }

  /**
   * Recomputes the facts of these decisions in the current transaction (or on its own when none is
   * active). The decisions' register rows are locked first, so two transactions changing the same
   * decision recompute one after the other and the later one sees what the earlier committed.
   */
  public void refresh(Collection<Long> decisionIds) {
    List<Long> ids = new ArrayList<>(new TreeSet<>(decisionIds));
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      MapSqlParameterSource params = new MapSqlParameterSource("ids", chunk)
          .addValue("refreshedAt", OffsetDateTime.now());
      // NO KEY UPDATE, not UPDATE: two refreshes of one decision still wait for each other, but not for
      // the KEY SHARE lock that every insert of a record referencing the decision takes. With FOR
      // UPDATE, two transactions that had both written such a record (the trail of a task completion)
      // each waited for the other's KEY SHARE here: a deadlock, which two users completing the same
      // task at once met as a 409 after PostgreSQL's deadlock timeout (ReadModelLockIT).
      jdbc.queryForList("select id from md_decision where id in (:ids) order by id " + rowLock(), params, Long.class);
      jdbc.update("delete from md_audit_open_task where decision_id in (:ids)", params);
      jdbc.update("delete from md_audit_stage where decision_id in (:ids)", params);
      jdbc.update("delete from md_audit_decision where decision_id in (:ids)", params);
      jdbc.update(insertDecision(), params);
      jdbc.update(INSERT_STAGES, params);
      jdbc.update(INSERT_OPEN_TASKS, params);
    }
  }

  /** PostgreSQL's weaker exclusive row lock where there is one (see refresh); H2 knows only FOR UPDATE. */
  private String rowLock() {
    String clause = rowLock;
    if (clause == null) {
      String product = jdbc.getJdbcTemplate().execute(
          (java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
      clause = "PostgreSQL".equalsIgnoreCase(product) ? "for no key update" : "for update";
      rowLock = clause;
    }
    return clause;
  }

  private volatile String rowLock;

  /**
   * Computes the facts of every decision that has none yet: the backfill after V8, and after a
   * migration that deleted the rows because a rule changed. Idempotent; nothing to do normally.
   *
   * @return how many decisions were filled in
   */
  public int refreshMissing() {
    List<Long> missing = jdbc.queryForList("select d.id from md_decision d where not exists"
        + " (select 1 from md_audit_decision f where f.decision_id = d.id)", new MapSqlParameterSource(), Long.class);
    refresh(missing);
    return missing.size();
  }

  /**
   * The statistics' two statutory rates come from the conformance rules: skipped_review is
   * "the rule ART25_REVIEW_BEFORE_MEETING finds the decision", procedures_missing is "the rule
   * ART14_19_22_PROCEDURES finds it", each rule's check read from md_conformance_rule with its scope
   * narrowed to the decisions refreshed. ComplianceSql keeps the same definitions written out, as the
   * fallback when a rule is missing or switched off and as the independent answer that
   * AuditReadModelTest and the benchmark compare the read model with.
   */
  static final String ART25_RULE = "ART25_REVIEW_BEFORE_MEETING";
  static final String PROCEDURES_RULE = "ART14_19_22_PROCEDURES";

  private String insertDecision() {
    return "insert into md_audit_decision (decision_id, unit_code, created_at, discussed, skipped_review,"
        + " procedures_missing, late_tasks, published_at, archived_at, opinions_recorded, refreshed_at)"
        + " select d.id, d.unit_code, d.created_at,"
        + " case when " + ComplianceSql.DISCUSSED + " then true else false end,"
        + " case when " + ruleOr(ART25_RULE, ComplianceSql.SKIPPED_REVIEW) + " then true else false end,"
        + " case when " + ruleOr(PROCEDURES_RULE, ComplianceSql.DISCUSSED + " and " + ComplianceSql.MISSING_PROCEDURE)
        + " then true else false end,"
        + " (select count(*) from ACT_HI_TASKINST t where t.ROOT_PROC_INST_ID_ = " + TREE
        + "   and t.DUE_DATE_ is not null and t.END_TIME_ > t.DUE_DATE_),"
        + " " + ComplianceSql.PUBLISHED_AT + ", " + ComplianceSql.ARCHIVED_AT + ","
        + " case when " + ComplianceSql.INDIVIDUAL_OPINIONS_RECORDED + " then true else false end,"
        + " :refreshedAt from md_decision d where d.id in (:ids)";
  }

  /** "The rule finds decision d", or the written-out condition when the rule is not in force. */
  private String ruleOr(String ruleId, String fallback) {
    return RuleFindings.condition(jdbc, ruleId, "d.id in (:ids)", fallback);
  }

  /**
   * Per stage process: completed stage instances and their summed duration (ACT_HI_PROCINST); tasks,
   * completed tasks and their summed duration, completed tasks with a due date, those done by it, and
   * tasks that ended after it (ACT_HI_TASKINST) — the same definitions as the figures computed from
   * the history in AuditStatistics.
   */
  private static final String INSERT_STAGES =
      "insert into md_audit_stage (decision_id, process_key, unit_code, created_at, stages_completed, stage_millis,"
          + " tasks, tasks_completed, task_millis, tasks_due_completed, tasks_on_time, late_tasks)"
          + " select x.decision_id, x.process_key, x.unit_code, x.created_at, sum(x.sc), sum(x.sm), sum(x.t), sum(x.tc),"
          + " sum(x.tm), sum(x.tdc), sum(x.tot), sum(x.late) from ("
          + " select d.id as decision_id, p.PROC_DEF_KEY_ as process_key, d.unit_code, d.created_at,"
          + "  case when p.END_TIME_ is not null then 1 else 0 end as sc,"
          + "  case when p.END_TIME_ is not null then coalesce(p.DURATION_, 0) else 0 end as sm,"
          + "  0 as t, 0 as tc, 0 as tm, 0 as tdc, 0 as tot, 0 as late"
          + "  from md_decision d join ACT_HI_PROCINST p on p.ROOT_PROC_INST_ID_ = " + TREE
          + "  where d.id in (:ids) and p.PROC_DEF_KEY_ is not null"
          + " union all"
          + " select d.id, t.PROC_DEF_KEY_, d.unit_code, d.created_at, 0, 0, 1,"
          + "  case when t.DELETE_REASON_ = 'completed' then 1 else 0 end,"
          + "  case when t.DELETE_REASON_ = 'completed' then coalesce(t.DURATION_, 0) else 0 end,"
          + "  case when t.DUE_DATE_ is not null and t.DELETE_REASON_ = 'completed' then 1 else 0 end,"
          + "  case when t.DUE_DATE_ is not null and t.DELETE_REASON_ = 'completed' and t.END_TIME_ <= t.DUE_DATE_"
          + "   then 1 else 0 end,"
          + "  case when t.DUE_DATE_ is not null and t.END_TIME_ > t.DUE_DATE_ then 1 else 0 end"
          + "  from md_decision d join ACT_HI_TASKINST t on t.ROOT_PROC_INST_ID_ = " + TREE
          + "  where d.id in (:ids) and t.PROC_DEF_KEY_ is not null"
          + ") x group by x.decision_id, x.process_key, x.unit_code, x.created_at";

  private static final String INSERT_OPEN_TASKS =
      "insert into md_audit_open_task (task_id, decision_id, process_key, due_date)"
          + " select t.ID_, d.id, t.PROC_DEF_KEY_, t.DUE_DATE_"
          + " from md_decision d join ACT_HI_TASKINST t on t.ROOT_PROC_INST_ID_ = " + TREE
          + " where d.id in (:ids) and t.PROC_DEF_KEY_ is not null and t.DUE_DATE_ is not null"
          + " and t.END_TIME_ is null and t.DELETE_REASON_ is null";

  /** The changes noticed in the current transaction, refreshed just before it commits. */
  private Pending pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      // The engine and the services always run in a Spring transaction (SpringTransactionInterceptor,
      // @Transactional); a change outside one would go unseen until the rows are rebuilt.
      log.warn("Decision facts changed outside a transaction; the auditor read model may lag", new IllegalStateException());
      return new Pending();
    }
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof Pending p) {
        return p;
      }
    }
    Pending p = new Pending();
    TransactionSynchronizationManager.registerSynchronization(p);
    return p;
  }

  /**
   * One per transaction (found among the transaction's synchronizations, so a REQUIRES_NEW
   * transaction inside has its own).
   */
  private final class Pending implements TransactionSynchronization {
    final Set<Long> decisions = new LinkedHashSet<>();
    final Set<String> roots = new LinkedHashSet<>();

    @Override
    public void beforeCommit(boolean readOnly) {
      // JPA writes wait for the commit unless flushed; the recomputation must see them.
      EntityManagerFactory emf = entityManagerFactory.getIfAvailable();
      EntityManager em = emf == null ? null : EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
      if (em != null) {
        em.flush();
      }
      Set<Long> ids = new LinkedHashSet<>(decisions);
      if (!roots.isEmpty()) {
        List<String> list = new ArrayList<>(roots);
        for (int from = 0; from < list.size(); from += CHUNK) {
          ids.addAll(jdbc.queryForList("select id from md_decision where process_instance_id in (:roots)",
              new MapSqlParameterSource("roots", list.subList(from, Math.min(list.size(), from + CHUNK))), Long.class));
        }
      }
      if (!ids.isEmpty()) {
        refresh(ids);
      }
    }
  }
}
