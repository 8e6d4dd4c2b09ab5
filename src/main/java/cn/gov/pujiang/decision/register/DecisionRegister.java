package cn.gov.pujiang.decision.register;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.refusal.TextRules;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.engine.EngineClock;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers decision matters and keeps their stage and outcome in step with the process. */
@Service
public class DecisionRegister {

  private final DecisionRepository decisions;
  private final UnitRepository units;
  private final EngineClock clock;
  private final EntityManager entityManager;
  private final ApplicationEventPublisher events;

  public DecisionRegister(
      DecisionRepository decisions,
      UnitRepository units,
      EngineClock clock,
      EntityManager entityManager,
      ApplicationEventPublisher events) {
    this.decisions = decisions;
    this.units = units;
    this.clock = clock;
    this.entityManager = entityManager;
    this.events = events;
  }

  /**
   * Tells the auditor read model that a record its compliance rules read (legality round, meeting,
   * procedure plan, trail) changed for this decision; called by the services that write them, inside
   * their transaction.
   */
  public void recordsChanged(Long decisionId) {
    events.publishEvent(new DecisionRecordsChanged(decisionId));
  }

  /**
   * Creates the decision and gives it its number, "{unit}-{year}-{serial}", e.g. baima-2026-000012.
   *
   * @throws Refusal when the unit code is unknown or the title is not one line of text
   */
  @Transactional
  public Decision register(
      String title, String unitCode, String proposerType, String createdBy, String processInstanceId) {
    return register(title, unitCode, proposerType, createdBy, processInstanceId, null, null);
  }

  /**
   * Creates the decision linked to the catalogue item it carries out, or with the recorded reason
   * why it starts outside the catalogue. Whether the start is allowed is the catalogue's rule
   * (catalogue/StartEligibility), checked by the caller.
   */
  @Transactional
  public Decision register(
      String title,
      String unitCode,
      String proposerType,
      String createdBy,
      String processInstanceId,
      Long catalogueItemId,
      String emergencyReason) {
    if (unitCode == null || !units.existsById(unitCode)) {
      throw Refusal.invalid("decisionUnit", "决策机关不存在：" + Quote.of(unitCode) + "，请从列表中选择");
    }
    TextRules.requireOneLine("decisionTitle", "决策事项名称", title);
    TextRules.requireMultiLine("emergencyReason", "紧急情况说明", emergencyReason);
    if (catalogueItemId == null && emergencyReason != null) {
      // A catalogue item starts once (catalogue/StartEligibility); a start outside the catalogue is
      // refused when the unit already runs one of the same name, so a repeated request (a double
      // click, a client retry) does not open a second procedure.
      decisions.findFirstByUnitCodeAndTitleAndCatalogueItemIdIsNullAndStatusNot(unitCode, title, DecisionStatus.ARCHIVED)
          .ifPresent(running -> {
            throw Refusal.conflict("DUPLICATE_START", "本单位已有同名的目录外决策正在办理（决策编号 "
                + running.getDecisionNo() + "），不能重复启动；如确需另行启动，请使用不同的决策事项名称");
          });
    }
    OffsetDateTime now = clock.now();
    long id = nextDecisionId();
    String decisionNo = String.format("%s-%d-%06d", unitCode, now.getYear(), id);
    Decision decision = new Decision(id, decisionNo, title, unitCode, proposerType, createdBy, now);
    decision.attachProcess(processInstanceId);
    decision.linkToCatalogue(catalogueItemId, emergencyReason);
    Decision saved = decisions.save(decision);
    recordsChanged(saved.getId());
    return saved;
  }

  private long nextDecisionId() {
    String sql =
        entityManager
            .getEntityManagerFactory()
            .unwrap(SessionFactoryImplementor.class)
            .getJdbcServices()
            .getDialect()
            .getSequenceSupport()
            .getSequenceNextValString("md_decision_seq");
    return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @Transactional(readOnly = true)
  public Decision get(String decisionNo) {
    return byNumber(decisionNo).orElseThrow(() -> new DecisionNotFoundException(decisionNo));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Decision> find(String decisionNo) {
    return byNumber(decisionNo);
  }

  /**
   * By the decision number, its natural id: a decision already loaded in this transaction comes from
   * the persistence context without a query. Listeners and services of one task completion ask for
   * the same decision a dozen times; as a query each time it was an eighth of the application's CPU
   * in the throughput benchmark (docs/performance.md).
   */
  private java.util.Optional<Decision> byNumber(String decisionNo) {
    return entityManager.unwrap(org.hibernate.Session.class).bySimpleNaturalId(Decision.class).loadOptional(decisionNo);
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Decision> findByCatalogueItem(Long itemId) {
    return decisions.findByCatalogueItemId(itemId);
  }

  /** Decisions of a unit, newest first; of one year when given (the year is part of the number). */
  @Transactional(readOnly = true)
  public java.util.List<Decision> list(String unitCode, Integer year) {
    return year == null
        ? decisions.findByUnitCodeOrderByCreatedAtDesc(unitCode)
        : decisions.findByDecisionNoStartingWithOrderByCreatedAtDesc(unitCode + "-" + year + "-");
  }

  @Transactional
  public void moveTo(String decisionNo, DecisionStatus status) {
    get(decisionNo).moveTo(status, clock.now());
  }

  @Transactional
  public void conclude(String decisionNo, DecisionOutcome outcome) {
    get(decisionNo).conclude(outcome, clock.now());
  }
}
