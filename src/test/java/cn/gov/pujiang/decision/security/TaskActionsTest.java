package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.taskaction.TaskActions;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OA task actions, ADR 0022: 抄送, 催办, 转办 and 撤回 through /api, each operation × role (own town, another
 * town, another role of the town, the judicial bureau, the auditor, anonymous), and the engine's own
 * doors still refusing what the sanctioned operations do. Every refusal is a Chinese 4xx and leaves
 * nothing in the trail; every operation done leaves an entry with who, whom and why.
 */
class TaskActionsTest extends HttpTestSupport {

  @Autowired StageRecords trail;

  @BeforeEach
  void secondClerkOfBaima() {
    TestUsers.runAsEngine(identityService, () -> {
      if (identityService.createUserQuery().userId("baima.clerk2").count() == 0) {
        User user = identityService.newUser("baima.clerk2");
        user.setLastName("白马镇");
        user.setFirstName("承办人二");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership("baima.clerk2", "baima-clerk");
      }
    });
  }

  @Test
  void copyGoesToColleaguesOfTheUnitOrTheCountyOfficeAndOnlyFromTheHolder() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String task = decision[1];
    String no = decisionNo(decision[0]);
    String path = "/api/tasks/" + task + "/copy";
    String json = "{\"recipients\":[\"baima.head\",\"county.secretary\"],\"note\":\"请领导阅知研究情况\"}";

    assertRefused(ANONYMOUS, path, json, 401, "请先登录", no);
    // Before claiming, the clerk is not yet the holder.
    assertRefused("baima.clerk", path, json, 403, "只有该任务的办理人可以抄送", no);
    claim(task, "baima.clerk");
    assertRefused("baima.head", path, json, 403, "只有该任务的办理人可以抄送", no);
    assertRefused("huangzhai.clerk", path, json, 404, "未找到该决策事项", no);
    assertRefused("sfj.reviewer", path, json, 404, "未找到该决策事项", no);
    assertRefused("auditor", path, json, 403, "您没有执行此操作的权限", no);
    assertRefused("baima.clerk", path, "{\"recipients\":[\"huangzhai.clerk\"],\"note\":\"请阅\"}", 400,
        "只能抄送本单位的同事或县政府办公室人员", no);
    assertRefused("baima.clerk", path, "{\"recipients\":[\"baima.head\"],\"note\":\" \"}", 400, "请填写抄送说明", no);

    HttpResponse<String> copied = postJson("baima.clerk", path, json);

    assertThat(copied.statusCode()).as(copied.body()).isEqualTo(200);
    assertThat(get("baima.head", "/api/inbox?kind=COPY").body()).contains("抄送：研究论证决策建议", "请领导阅知研究情况");
    assertThat(get("county.secretary", "/api/inbox?kind=COPY").body()).contains("请领导阅知研究情况");
    assertThat(get("baima.lawyer", "/api/inbox?kind=COPY").body()).doesNotContain("请领导阅知研究情况");
    assertThat(events(no, TaskActions.COPIED)).singleElement().satisfies(r -> {
      assertThat(r.getActor()).isEqualTo("baima.clerk");
      assertThat(r.getSummary()).contains("baima.head", "county.secretary", "请领导阅知研究情况");
    });
    // The county office reads a town's decision it was copied on only through the copy (read-only inbox).
    assertThat(taskService.createTaskQuery().taskAssignee("county.secretary").count()).isZero();
    finish(decision[0]);
  }

  @Test
  void countyOfficeRecipientOfACopyReadsThatTownDecisionsDossierOnlyAndChangesNothing() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String no = decisionNo(decision[0]);
    String dossier = "/api/decisions/" + no + "/dossier";
    HttpResponse<String> uploaded = uploadPdf("baima.clerk", "/api/decisions/" + no + "/documents?kind=DRAFT");
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    String document = "/api/decisions/" + no + "/documents/" + firstNumber(uploaded.body(), "id");
    // Before the copy the county office does not learn a town's decision exists.
    assertThat(get("county.secretary", dossier).statusCode()).isEqualTo(404);

    claim(decision[1], "baima.clerk");
    assertThat(postJson("baima.clerk", "/api/tasks/" + decision[1] + "/copy",
        "{\"recipients\":[\"county.secretary\"],\"note\":\"请县府办阅知\"}").statusCode()).isEqualTo(200);

    HttpResponse<String> read = get("county.secretary", dossier);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"decisionNo\":\"" + no + "\"", "\"readViaCopy\":true", "\"canUpload\":false",
        "\"openTasks\":[]", "draft.pdf");
    assertThat(get("county.secretary", "/api/decisions/" + no + "/documents").statusCode()).isEqualTo(200);
    assertThat(get("county.secretary", document + "/content").body()).startsWith("%PDF-");
    // The copy opens this decision only: neither another town's nor another decision of the same town.
    HttpResponse<String> otherTown = get("county.secretary",
        "/api/decisions/" + fixture().placeholders().get("huangzhaiNo") + "/dossier");
    assertThat(otherTown.statusCode()).isEqualTo(404);
    assertThat(otherTown.body()).contains("未找到该决策事项");
    assertThat(get("county.secretary", "/api/decisions/" + fixture().placeholders().get("submittedNo") + "/dossier")
        .statusCode()).isEqualTo(404);
    // Read-only: no upload (nothing stored); the copy grants nothing beyond the dossier, so a task
    // action on the decision stays unknown to the recipient.
    int documents = countOf(get("baima.clerk", "/api/decisions/" + no + "/documents").body(), "\"downloadUrl\"");
    HttpResponse<String> upload = uploadPdf("county.secretary", "/api/decisions/" + no + "/documents?kind=DRAFT");
    assertThat(upload.statusCode()).isEqualTo(403);
    assertThat(upload.body()).contains("只能向本单位的决策或本人待办任务所属的决策上传材料").doesNotContain("Exception");
    assertThat(countOf(get("baima.clerk", "/api/decisions/" + no + "/documents").body(), "\"downloadUrl\""))
        .isEqualTo(documents);
    assertRefused("county.secretary", "/api/tasks/" + decision[1] + "/hand-over",
        "{\"toUser\":\"county.secretary\",\"reason\":\"代办\"}", 404, "未找到该决策事项", no);
    // The owner's own copy may be marked read; the unit still sees its dossier as before.
    String inboxJson = get("county.secretary", "/api/inbox?kind=COPY").body();
    assertThat(inboxJson).contains("/app/dossier.html?no=" + no);
    HttpResponse<String> marked = postJson("county.secretary", "/api/inbox/" + firstNumber(inboxJson, "id") + "/read", "");
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
    assertThat(get("baima.clerk", dossier).body()).contains("\"readViaCopy\":false", "\"canUpload\":true");
    finish(decision[0]);
  }

  private static String firstNumber(String json, String key) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }

  private static int countOf(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void urgeComesFromLeadershipCountyOfficeOrTheStartingClerkOnceADay() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String task = decision[1];
    String no = decisionNo(decision[0]);
    String path = "/api/tasks/" + task + "/urge";
    String json = "{\"message\":\"请于本周内完成研究论证\"}";

    assertRefused(ANONYMOUS, path, json, 401, "请先登录", no);
    assertRefused("huangzhai.head", path, json, 404, "未找到该决策事项", no);
    assertRefused("huangzhai.secretary", path, json, 404, "未找到该决策事项", no);
    assertRefused("auditor", path, json, 403, "您没有执行此操作的权限", no);
    assertRefused("baima.lawyer", path, json, 403, "只有本单位领导", no);
    assertRefused("baima.head", path, "{\"message\":\"\"}", 400, "请填写催办内容", no);

    HttpResponse<String> urged = postJson("baima.head", path, json);
    assertThat(urged.statusCode()).as(urged.body()).isEqualTo(200);
    assertThat(get("baima.clerk", "/api/inbox?kind=URGE").body()).contains("催办：研究论证决策建议", "请于本周内完成研究论证");
    assertRefused("baima.head", path, json, 409, "今天已经催办过", no);
    // The county office may urge a town's task, but also only once a day per task.
    assertRefused("county.secretary", path, json, 409, "今天已经催办过", no);
    assertThat(events(no, TaskActions.URGED)).hasSize(1);

    String[] other = decisionWaitingAtFirstTask("baima");
    HttpResponse<String> byCounty = postJson("county.secretary", "/api/tasks/" + other[1] + "/urge", json);
    assertThat(byCounty.statusCode()).as(byCounty.body()).isEqualTo(200);
    assertThat(events(decisionNo(other[0]), TaskActions.URGED)).singleElement()
        .satisfies(r -> assertThat(r.getActor()).isEqualTo("county.secretary"));

    // The clerk who started the decision urges its leadership task.
    TestUsers.signIn(identityService, "baima.clerk");
    try {
      new LifecycleDriver(engine).submit(no, "Task_StudyProposal", "studyConclusion", "问题属实，改造必要且可行");
    } finally {
      identityService.clearAuthentication();
    }
    String leadershipTask = openTask(decision[0]).getId();
    HttpResponse<String> byClerk = postJson("baima.clerk", "/api/tasks/" + leadershipTask + "/urge", json);
    assertThat(byClerk.statusCode()).as(byClerk.body()).isEqualTo(200);
    assertThat(get("baima.head", "/api/inbox?kind=URGE").body()).contains("催办：决定是否启动决策程序");
    finish(decision[0]);
    finish(other[0]);
  }

  @Test
  void handOverOnlyToAnotherMemberOfTheCandidateGroupWithAReason() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String task = decision[1];
    String no = decisionNo(decision[0]);
    String path = "/api/tasks/" + task + "/hand-over";
    String json = "{\"toUser\":\"baima.clerk2\",\"reason\":\"本人出差，请同事接办\"}";
    claim(task, "baima.clerk");

    assertRefused(ANONYMOUS, path, json, 401, "请先登录", no);
    assertRefused("baima.head", path, json, 403, "只有该任务的办理人可以转办", no);
    assertRefused("huangzhai.clerk", path, json, 404, "未找到该决策事项", no);
    assertRefused("auditor", path, json, 403, "您没有执行此操作的权限", no);
    assertRefused("baima.clerk", path, "{\"toUser\":\"baima.head\",\"reason\":\"请领导办理\"}", 400,
        "只能转办给本任务候选组中的同事", no);
    assertRefused("baima.clerk", path, "{\"toUser\":\"huangzhai.clerk\",\"reason\":\"请代办\"}", 400,
        "只能转办给本任务候选组中的同事", no);
    assertRefused("baima.clerk", path, "{\"toUser\":\"baima.clerk2\",\"reason\":\"\"}", 400, "请填写转办理由", no);
    // Every other door still refuses handing the task outside its group (ADR 0017).
    HttpResponse<String> engineDoor = postJson("baima.clerk", "/engine-rest/task/" + task + "/assignee",
        "{\"userId\":\"baima.head\"}");
    assertThat(engineDoor.statusCode()).isEqualTo(403);
    assertThat(engineDoor.body()).contains("候选组");

    HttpResponse<String> handed = postJson("baima.clerk", path, json);

    assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("baima.clerk2");
    assertThat(get("baima.clerk2", "/api/inbox?kind=HANDOVER").body()).contains("本人出差，请同事接办");
    assertThat(events(no, TaskActions.HANDED_OVER)).singleElement().satisfies(r -> {
      assertThat(r.getActor()).isEqualTo("baima.clerk");
      assertThat(r.getSummary()).contains("baima.clerk2", "本人出差，请同事接办");
    });
    finish(decision[0]);
  }

  @Test
  void takenBackTaskIsRedoneAndTheTrailHoldsEveryStep() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String studied = decision[1];
    String no = decisionNo(decision[0]);
    claim(studied, "baima.clerk");
    postJson("baima.clerk", "/api/tasks/" + studied + "/copy",
        "{\"recipients\":[\"baima.head\"],\"note\":\"研究论证情况供阅\"}");
    submitStudy(no, "初步研究结论");
    String path = "/api/tasks/" + studied + "/take-back";
    String json = "{\"reason\":\"研究结论遗漏消防验收情况，撤回补充\"}";

    assertRefused(ANONYMOUS, path, json, 401, "请先登录", no);
    assertRefused("baima.head", path, json, 403, "只有办结该任务的本人可以撤回", no);
    assertRefused("huangzhai.clerk", path, json, 404, "未找到该决策事项", no);
    assertRefused("auditor", path, json, 403, "您没有执行此操作的权限", no);
    assertRefused("baima.clerk", path, "{\"reason\":\"\"}", 400, "请填写撤回理由", no);
    // The engine's own modification stays closed to the clerk: only the sanctioned path moves the token.
    HttpResponse<String> engineDoor = postJson("baima.clerk", "/engine-rest/process-instance/" + decision[0]
        + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_StudyProposal\"}]}");
    assertThat(engineDoor.statusCode()).isEqualTo(403);

    HttpResponse<String> takenBack = postJson("baima.clerk", path, json);

    assertThat(takenBack.statusCode()).as(takenBack.body()).isEqualTo(200);
    Task redone = openTask(decision[0]);
    assertThat(redone.getTaskDefinitionKey()).isEqualTo("Task_StudyProposal");
    assertThat(redone.getAssignee()).isEqualTo("baima.clerk");
    assertThat(redone.getId()).isNotEqualTo(studied);

    submitStudy(no, "补充消防验收情况后的研究结论");
    assertThat(openTask(decision[0]).getTaskDefinitionKey()).isEqualTo("Task_DecideInitiation");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(decision[0])
        .activityType("userTask").orderByHistoricActivityInstanceStartTime().asc().orderByActivityId().asc().list())
        .extracting(HistoricActivityInstance::getActivityId)
        .containsExactly("Task_StudyProposal", "Task_DecideInitiation", "Task_StudyProposal", "Task_DecideInitiation");
    assertThat(trail.trail(no)).extracting(StageRecord::getEvent)
        .containsSubsequence(TaskActions.COPIED, TaskActions.TAKEN_BACK);
    assertThat(events(no, TaskActions.TAKEN_BACK)).singleElement().satisfies(r -> {
      assertThat(r.getActor()).isEqualTo("baima.clerk");
      assertThat(r.getSummary()).contains("研究论证决策建议", "决定是否启动决策程序", "研究结论遗漏消防验收情况");
    });
    assertThat(get("auditor", "/api/audit/decisions/" + no + "/timeline").body())
        .contains("撤回已办结的“研究论证决策建议”", "TAKE_BACK", "任务办理");
    finish(decision[0]);
  }

  @Test
  void noTakeBackOnceTheNextTaskIsClaimedOrAfterAGate() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String studied = decision[1];
    String no = decisionNo(decision[0]);
    claim(studied, "baima.clerk");
    submitStudy(no, "研究结论");
    claim(openTask(decision[0]).getId(), "baima.head");

    assertRefused("baima.clerk", "/api/tasks/" + studied + "/take-back", "{\"reason\":\"补充\"}", 409, "已有人签收", no);

    // 决定是否启动 is a gate (the leadership's decision): not marked takeBackAllowed in the model.
    String decided = openTask(decision[0]).getId();
    TestUsers.signIn(identityService, "baima.head");
    try {
      new LifecycleDriver(engine).submit(no, "Task_DecideInitiation", "initiationDecision", "START",
          "initiationOpinion", "同意启动决策程序", "undertakingUnitName", "经济发展办公室");
    } finally {
      identityService.clearAuthentication();
    }
    assertRefused("baima.head", "/api/tasks/" + decided + "/take-back", "{\"reason\":\"重新考虑\"}", 409, "不能撤回", no);
    finish(decision[0]);
  }

  @Test
  void auditorCountsUrgesHandOversAndTakeBacksPerUnitAndTheWaitAfterAnUrge() {
    String year = String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
    String path = "/api/audit/task-actions?unit=baima&year=" + year;
    long[] before = figures(get("auditor", path).body());
    String[] decision = decisionWaitingAtFirstTask("baima");
    String no = decisionNo(decision[0]);
    claim(decision[1], "baima.clerk");
    assertThat(postJson("baima.head", "/api/tasks/" + decision[1] + "/urge", "{\"message\":\"请尽快办理\"}").statusCode())
        .isEqualTo(200);
    assertThat(postJson("baima.clerk", "/api/tasks/" + decision[1] + "/hand-over",
        "{\"toUser\":\"baima.clerk2\",\"reason\":\"出差\"}").statusCode()).isEqualTo(200);
    TestUsers.signIn(identityService, "baima.clerk2");
    try {
      new LifecycleDriver(engine).submit(no, "Task_StudyProposal", "studyConclusion", "研究结论");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(postJson("baima.clerk2", "/api/tasks/" + decision[1] + "/take-back", "{\"reason\":\"补充\"}").statusCode())
        .isEqualTo(200);

    HttpResponse<String> after = get("auditor", path);

    assertThat(after.statusCode()).isEqualTo(200);
    long[] now = figures(after.body());
    assertThat(now[0]).as("urges").isEqualTo(before[0] + 1);
    assertThat(now[1]).as("hand-overs").isEqualTo(before[1] + 1);
    assertThat(now[2]).as("take-backs").isEqualTo(before[2] + 1);
    assertThat(after.body()).contains("\"meanWaitAfterUrgeMillis\":");
    assertThat(get("auditor", "/api/audit/task-actions/export?format=csv&unit=baima&year=" + year).body())
        .contains("催办次数", "转办次数", "撤回次数", "催办后平均等待");
    finish(decision[0]);
  }

  /** {urges, handOvers, takeBacks} of the single unit row. */
  private static long[] figures(String json) {
    long[] out = new long[3];
    String[] keys = {"urges", "handOvers", "takeBacks"};
    for (int i = 0; i < 3; i++) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + keys[i] + "\":(\\d+)").matcher(json);
      assertThat(m.find()).as(json).isTrue();
      out[i] = Long.parseLong(m.group(1));
    }
    return out;
  }

  static final String ANONYMOUS = null;

  private void assertRefused(String user, String path, String json, int status, String message, String no) {
    int before = trail.trail(no).size();
    HttpResponse<String> response = postJson(user, path, json);
    assertThat(response.statusCode()).as(user + " " + path + ": " + response.body()).isEqualTo(status);
    assertThat(response.body()).contains(message).doesNotContain("Exception");
    assertThat(trail.trail(no)).as("nothing recorded for a refusal").hasSize(before);
  }

  private void claim(String taskId, String user) {
    HttpResponse<String> claim = postJson(user, "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
  }

  private void submitStudy(String no, String conclusion) {
    TestUsers.signIn(identityService, "baima.clerk");
    try {
      new LifecycleDriver(engine).submit(no, "Task_StudyProposal", "studyConclusion", conclusion);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task openTask(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private String decisionNo(String processInstanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getBusinessKey();
  }

  private List<StageRecord> events(String no, String event) {
    return trail.events(no, event);
  }

  private void finish(String processInstanceId) {
    engine.getRuntimeService().deleteProcessInstance(processInstanceId, "test finished");
  }
}
