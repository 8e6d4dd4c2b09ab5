package cn.gov.pujiang.decision.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.support.TestUsers;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one elevated start: a process nobody may start through the engine is started by the application, as
 * the application, for the signed-in user, and the user's own calls are checked again afterwards.
 */
class StartAsApplicationTest extends ProcessTestSupport {

  private static final String PROBE = "startAsApplicationProbe";

  @Autowired StartAsApplication startAsApplication;

  private String deploymentId;

  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }

  @BeforeEach
  void deployAProcessNobodyMayStart() {
    deploymentId = TestUsers.asEngine(identityService, () -> processEngine.getRepositoryService().createDeployment()
        .addModelInstance(PROBE + ".bpmn",
            Bpmn.createExecutableProcess(PROBE).startEvent().userTask("probeTask").endEvent().done())
        .deploy().getId());
  }

  @AfterEach
  void removeIt() {
    TestUsers.runAsEngine(identityService,
        () -> processEngine.getRepositoryService().deleteDeployment(deploymentId, true));
  }

  @Test
  void theUserCannotStartItButTheApplicationStartsItForThem() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROBE))
        .isInstanceOf(AuthorizationException.class);

    ProcessInstance started = startAsApplication.start(PROBE, "probe-1", Map.of("probeVar", "值"));

    HistoricProcessInstance history = TestUsers.asEngine(identityService, () -> historyService
        .createHistoricProcessInstanceQuery().processInstanceId(started.getId()).singleResult());
    assertThat(history.getProcessDefinitionKey()).isEqualTo(PROBE);
    assertThat(history.getBusinessKey()).isEqualTo("probe-1");
    // The signed-in user stays the one who started it (the trail names a person, not "the system").
    assertThat(history.getStartUserId()).isEqualTo(ACTING_USER);
    assertThat(TestUsers.asEngine(identityService, () -> runtimeService.getVariable(started.getId(), "probeVar")))
        .isEqualTo("值");
  }

  @Test
  void theChecksAreBackOnForTheUsersNextCall() {
    startAsApplication.start(PROBE, "probe-2", Map.of());

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROBE))
        .isInstanceOf(AuthorizationException.class);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROBE).count())
        .as("the user reads no instance of a process they were granted nothing on").isZero();
  }
}
