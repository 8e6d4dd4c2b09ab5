package cn.gov.pujiang.decision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.TestUsers;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the process tests: the whole application on in-memory H2 with a mock servlet environment (no port opened), all
 * processes, DMN tables and forms deployed as in production, the job executor off so that tests
 * drive jobs and timers explicitly. One Spring context is shared by every test class.
 *
 * <p>Authorization checks are on in the application. The acting user is signed in with their real
 * groups. A test of one process model on its own drives the engine the way the engine itself does
 * (stage processes started directly instead of by a call activity, jobs executed, instances
 * modified), so such tests run with the engine's authorization checks switched off; a test that
 * walks a decision through its stages as the people who do the work overrides
 * {@link #enforcesAuthorizations()} to keep them on (MajorDecisionLifecycleTest, the PostgreSQL
 * IT). What each role may and may not do is tested in the security package.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
public abstract class ProcessTestSupport {

  protected static final String TOWN = "baima";
  protected static final String COUNTY = "county";
  protected static final String ACTING_USER = "baima.clerk";

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected HistoryService historyService;
  @Autowired protected ManagementService managementService;
  @Autowired protected IdentityService identityService;
  @Autowired protected DecisionRegister decisionRegister;

  /**
   * Every test starts at this engine time unless it sets its own: never the wall clock, because
   * working days exist only for years whose holiday notice is loaded (docs/time-limits.md), and a
   * suite that passes today must pass next month.
   */
  protected static final LocalDateTime TEST_START = LocalDateTime.of(2026, 3, 2, 9, 0);
  @Autowired protected Catalogues catalogues;
  @Autowired protected CatalogueItems catalogueItems;
  @Autowired protected CatalogueAdjustments catalogueAdjustments;
  @Autowired protected CatalogueRepository catalogueRepository;
  /** Uploads the documents a task requires before a test completes it, as users do on the dossier page. */
  protected Documents documents;
  /** Submits forms and runs due jobs as Tasklist and the job executor would (see LifecycleDriver). */
  protected LifecycleDriver driver;
  /** Walks a decision through its stages as its officials do (see Stages). */
  protected Stages stages;

  @BeforeEach
  void initProcessAssertions() {
    init(processEngine);
    setClock(TEST_START);
    engineConfiguration().setAuthorizationEnabled(enforcesAuthorizations());
    LifecycleDriver.useCatalogue(testCatalogue());
    TestUsers.signIn(identityService, ACTING_USER);
  }

  @Autowired private ApplicationContext applicationContext;

  @BeforeEach
  void createDocuments() {
    Documents.use(applicationContext);
    documents = new Documents(processEngine);
    driver = new LifecycleDriver(processEngine);
    stages = new Stages(processEngine, driver);
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    engineConfiguration().setAuthorizationEnabled(true);
  }

  /** Whether the engine checks the acting users' authorizations in this test class (see class comment). */
  protected boolean enforcesAuthorizations() {
    return false;
  }

  private ProcessEngineConfigurationImpl engineConfiguration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  /** Published catalogue items for tests that start decisions (see {@link TestCatalogue}). */
  protected TestCatalogue testCatalogue() {
    return new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, processEngine);
  }

  /** Registers a decision of the given unit, as the major-decision process does at its start. */
  protected Decision registerDecision(String unitCode, String title) {
    return decisionRegister.register(title, unitCode, "DEPARTMENT", ACTING_USER, null);
  }

  /**
   * Starts a stage process on its own, as the major-decision process would call it: business key =
   * decision number, with the common variables and the given ones.
   */
  protected ProcessInstance startStage(String processKey, String unitCode, Map<String, Object> variables) {
    Decision decision = registerDecision(unitCode, "测试决策事项：" + processKey);
    Map<String, Object> all = new HashMap<>(commonVariables(decision));
    all.putAll(variables);
    return runtimeService.startProcessInstanceByKey(processKey, decision.getDecisionNo(), all);
  }

  protected Map<String, Object> commonVariables(Decision decision) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CommonVariables.DECISION_NO, decision.getDecisionNo());
    vars.put(CommonVariables.DECISION_TITLE, decision.getTitle());
    vars.put(CommonVariables.DECISION_UNIT, decision.getUnitCode());
    return vars;
  }

  /** Sets the engine clock (Asia/Shanghai local time); timers and due dates follow it. */
  protected void setClock(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
  }
}
