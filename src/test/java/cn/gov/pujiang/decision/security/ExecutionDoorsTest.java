package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Elements;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The legal review of the modelsat the doors (Decree 713 Arts. 35-37): through /engine-rest and /api, as the role
 * that would try it, only the decision body decides on a decision in execution, the evaluator may
 * not be the undertaking unit, and only the decision's own unit reports problems and records
 * opinions. Refusals are Chinese and nothing is stored.
 */
class ExecutionDoorsTest extends HttpTestSupport {

  private static final String UNDERTAKING_UNIT = "白马镇经济发展办公室";

  @Autowired DecisionRegister register;
  @Autowired StageRecords records;

  @Test
  void onlyTheDecisionBodyDecidesOverEngineRest() {
    ProcessInstance pi = executionWaitingAtTheDecisionBody();
    Task decide = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(decide.getTaskDefinitionKey()).isEqualTo(Elements.TASK_DECIDE_ON_EXECUTION);

    HttpResponse<String> byClerk = postJson("baima.clerk", "/engine-rest/task/" + decide.getId() + "/complete",
        decision("STOP", "白马镇党委政府联席会议第8次会议"));
    HttpResponse<String> withoutMeeting = postJson("baima.head", "/engine-rest/task/" + decide.getId() + "/complete",
        decision("STOP", " "));

    assertThat(byClerk.statusCode()).as(byClerk.body()).isEqualTo(403);
    assertThat(withoutMeeting.statusCode()).as(withoutMeeting.body()).isEqualTo(400);
    assertThat(withoutMeeting.body()).contains("只能由决策机关决定");
    assertThat(taskService.createTaskQuery().taskId(decide.getId()).count()).isOne();
    assertThat(records.events(pi.getBusinessKey(), Events.EXECUTION_DECIDED)).isEmpty();

    HttpResponse<String> byHead = postJson("baima.head", "/engine-rest/task/" + decide.getId() + "/complete",
        decision("STOP", "白马镇党委政府联席会议第8次会议"));
    assertThat(byHead.statusCode()).as(byHead.body()).isEqualTo(204);
    assertThat(records.events(pi.getBusinessKey(), Events.EXECUTION_DECIDED)).hasSize(1);
  }

  @Test
  void leadershipCannotMakeTheUndertakingUnitTheEvaluatorOverEngineRest() {
    ProcessInstance pi = startExecution("baima");
    asEngine(pi, Map.of(Vars.EXECUTION_UNIT, "执行单位"));
    asEngine(pi, Map.of(Vars.EXECUTION_STATUS, "PROBLEM", Vars.EXECUTION_REPORT, "问题"));
    asEngine(pi, Map.of(Vars.PROBLEM_HANDLING, "EVALUATE", Vars.PROBLEM_ASSESSMENT, "组织评估"));
    Task designate = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();

    HttpResponse<String> answer = postJson("baima.head", "/engine-rest/task/" + designate.getId() + "/complete",
        "{\"variables\":{\"evaluatorUnit\":{\"value\":\" 白马镇经济发展办公室 \",\"type\":\"String\"}}}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("是本决策的承办单位", "第三十六条第二款");
    assertThat(records.events(pi.getBusinessKey(), Events.EVALUATOR_DESIGNATED)).isEmpty();
  }

  @Test
  void theUnitReportsProblemsAndRecordsOpinionsOverApiOthersAreRefused() {
    ProcessInstance pi = startExecution("baima");
    asEngine(pi, Map.of(Vars.EXECUTION_UNIT, "执行单位"));
    String no = pi.getBusinessKey();
    String problem = "{\"report\":\"暴雨冲毁施工便道\"}";

    HttpResponse<String> otherTown = postJson("huangzhai.clerk", "/api/decisions/" + no + "/execution/problems", problem);
    HttpResponse<String> auditor = postJson("auditor", "/api/decisions/" + no + "/execution/problems", problem);
    HttpResponse<String> badOpinion = postJson("baima.clerk", "/api/decisions/" + no + "/execution/opinions",
        "{\"source\":\"NEIGHBOUR\",\"authorName\":\"张三\",\"opinion\":\"收费过高\"}");
    assertThat(otherTown.statusCode()).as(otherTown.body()).isEqualTo(404);
    assertThat(auditor.statusCode()).as(auditor.body()).isEqualTo(403);
    assertThat(badOpinion.statusCode()).as(badOpinion.body()).isEqualTo(400);
    assertThat(badOpinion.body()).contains("请选择意见提出人");
    assertThat(records.events(no, Events.PROBLEM_REPORTED)).isEmpty();
    assertThat(records.events(no, Events.OPINION_RECORDED)).isEmpty();

    HttpResponse<String> reported = postJson("baima.clerk", "/api/decisions/" + no + "/execution/problems", problem);
    HttpResponse<String> opinion = postJson("baima.clerk", "/api/decisions/" + no + "/execution/opinions",
        "{\"source\":\"CITIZEN\",\"authorName\":\"张三\",\"opinion\":\"收费过高\"}");
    HttpResponse<String> chain = get("auditor", "/api/decisions/" + no + "/execution/chain");

    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    assertThat(reported.body()).contains("\"forwardedToDecisionBody\":true");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(Elements.TASK_ASSESS_PROBLEM);
    assertThat(opinion.statusCode()).as(opinion.body()).isEqualTo(201);
    assertThat(chain.statusCode()).as(chain.body()).isEqualTo(200);
    assertThat(records.events(no, Events.PROBLEM_REPORTED)).hasSize(1);
    assertThat(records.events(no, Events.OPINION_RECORDED)).hasSize(1);
  }

  private ProcessInstance executionWaitingAtTheDecisionBody() {
    ProcessInstance pi = startExecution("baima");
    asEngine(pi, Map.of(Vars.EXECUTION_UNIT, "执行单位"));
    asEngine(pi, Map.of(Vars.EXECUTION_STATUS, "PROBLEM", Vars.EXECUTION_REPORT, "问题"));
    asEngine(pi, Map.of(Vars.PROBLEM_HANDLING, "DECIDE", Vars.PROBLEM_ASSESSMENT, "提请决策机关研究"));
    return pi;
  }

  /** The stage as major-decision calls it: business key = decision number, the unit's variables. */
  private ProcessInstance startExecution(String unit) {
    Decision decision = register.register("执行阶段测试-" + UUID.randomUUID().toString().substring(0, 8), unit,
        "DEPARTMENT", unit + ".clerk", null);
    Map<String, Object> vars = new HashMap<>();
    vars.put(CommonVariables.DECISION_NO, decision.getDecisionNo());
    vars.put(CommonVariables.DECISION_TITLE, decision.getTitle());
    vars.put(CommonVariables.DECISION_UNIT, unit);
    vars.put(Vars.UNDERTAKING_UNIT_NAME, UNDERTAKING_UNIT);
    return TestUsers.asEngine(identityService, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(DecisionExecutionProcess.KEY, decision.getDecisionNo(), vars));
  }

  /** A step of the setup, done as the engine: only the refusals are tried at the doors. */
  private void asEngine(ProcessInstance pi, Map<String, Object> vars) {
    TestUsers.runAsEngine(identityService, () -> {
      Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
      taskService.complete(task.getId(), vars);
    });
  }

  private static String decision(String decision, String meeting) {
    return "{\"variables\":{"
        + "\"executionDecision\":{\"value\":\"" + decision + "\",\"type\":\"String\"},"
        + "\"decisionBodyMeeting\":{\"value\":\"" + meeting + "\",\"type\":\"String\"},"
        + "\"decisionBodyMeetingDate\":{\"value\":\"2026-01-05\",\"type\":\"String\"},"
        + "\"executionDecisionContent\":{\"value\":\"决定停止执行\",\"type\":\"String\"}}}";
  }
}
