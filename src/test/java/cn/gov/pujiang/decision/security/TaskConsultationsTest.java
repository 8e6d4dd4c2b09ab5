package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.taskaction.ConsultationProcess;
import cn.gov.pujiang.decision.taskaction.TaskConsultations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The OA task actionsADR 0028: 征求意见 / 加签 through /api, each operation × role (the holder, another
 * role of the town, another town, the judicial bureau, the auditor, anonymous), and the asked task held
 * at every door — /api's colleagues, /engine-rest complete and submit-form, Tasklist's own engine API —
 * until each colleague has answered or the holder withdraws. Every refusal is a Chinese 4xx and leaves
 * nothing in the trail.
 */
class TaskConsultationsTest extends HttpTestSupport {

  @Autowired StageRecords trail;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theLegalReviewerAsksTheLegalAdviserAndCannotFinishUntilTheAnswerIsIn() throws Exception {
    String year = String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
    String statistics = "/api/audit/task-actions?unit=baima&year=" + year;
    long[] before = figures(get("auditor", statistics).body());
    String no = decisionSubmittedForReview("baima");
    String task = new LifecycleDriver(engine).task(no, "Task_CheckCompleteness").getId();
    String path = "/api/tasks/" + task + "/consult";
    String json = "{\"consultees\":[\"baima.lawyer\"],\"question\":\"送审材料中的依据是否齐全，请提出意见\"}";

    assertRefused(ANONYMOUS, path, json, 401, "请先登录", no);
    assertRefused("baima.reviewer", path, json, 403, "只有该任务的办理人可以征求意见", no);
    claim(task, "baima.reviewer");
    assertRefused("baima.clerk", path, json, 403, "只有该任务的办理人可以征求意见", no);
    assertRefused("huangzhai.reviewer", path, json, 404, "未找到该决策事项", no);
    assertRefused("huangzhai.clerk", path, json, 404, "未找到该决策事项", no);
    assertRefused("auditor", path, json, 403, "您没有执行此操作的权限", no);
    assertRefused("baima.reviewer", path, "{\"consultees\":[\"huangzhai.lawyer\"],\"question\":\"请提意见\"}", 400,
        "只能征求本单位同事", no);
    assertRefused("baima.reviewer", path, "{\"consultees\":[\"sfj.reviewer\"],\"question\":\"请提意见\"}", 400,
        "只能征求本单位同事", no);
    assertRefused("baima.reviewer", path, "{\"consultees\":[\"baima.reviewer\"],\"question\":\"请提意见\"}", 400,
        "不能征求本人的意见", no);
    assertRefused("baima.reviewer", path, "{\"consultees\":[\"baima.lawyer\"],\"question\":\" \"}", 400,
        "请填写征求意见的事项", no);
    assertRefused("baima.reviewer", path, "{\"consultees\":[],\"question\":\"请提意见\"}", 400, "请选择征求意见的同事", no);

    HttpResponse<String> asked = postJson("baima.reviewer", path, json);

    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
    assertRefused("baima.reviewer", path, json, 409, "已经在征求", no);
    Task answer = taskService.createTaskQuery().processDefinitionKey(ConsultationProcess.KEY)
        .processInstanceBusinessKey(no).singleResult();
    assertThat(answer.getTaskDefinitionKey()).isEqualTo(ConsultationProcess.Elements.TASK_GIVE_OPINION);
    assertThat(answer.getAssignee()).isEqualTo("baima.lawyer");
    assertThat(get("baima.lawyer", "/api/inbox?kind=CONSULT").body()).contains("征求意见：送审材料完整性审查",
        "送审材料中的依据是否齐全");
    // The asked task stays with its holder and is held at every door while the answer is outstanding.
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("baima.reviewer");
    String completeness = "{\"variables\":{\"submissionComplete\":{\"value\":\"COMPLETE\"},"
        + "\"countyGuidanceNeeded\":{\"value\":false}}}";
    assertHeld(postJson("baima.reviewer", "/engine-rest/task/" + task + "/submit-form", completeness));
    assertHeld(postJson("baima.reviewer", "/engine-rest/task/" + task + "/complete", completeness));
    assertHeld(throughTasklist("baima.reviewer", task, completeness));
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    // Nobody else may answer for the colleague, nor read the request from another town.
    assertThat(postJson("baima.clerk", "/engine-rest/task/" + answer.getId() + "/submit-form",
        opinion("代为答复")).statusCode()).isIn(403, 404);
    assertThat(get("huangzhai.clerk", "/api/tasks/" + task + "/consultations").statusCode()).isEqualTo(404);

    HttpResponse<String> answered = postJson("baima.lawyer", "/engine-rest/task/" + answer.getId() + "/submit-form",
        opinion("依据齐全，建议补充上位法条文对照表"));

    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
    HttpResponse<String> shown = get("baima.reviewer", "/api/tasks/" + task + "/consultations");
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("\"status\":\"ANSWERED\"", "依据齐全，建议补充上位法条文对照表", "baima.lawyer");
    assertThat(get("baima.reviewer", "/api/inbox?kind=CONSULT").body()).contains("意见已答复：送审材料完整性审查");
    HttpResponse<String> done = postJson("baima.reviewer", "/engine-rest/task/" + task + "/submit-form", completeness);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    // The statutory step stays: the legal adviser still gives the opinion of Art. 28 in its own task.
    assertThat(new LifecycleDriver(engine).openTaskKeys(no)).contains("Task_ProvideLegalAdviserOpinion");

    assertThat(trail.trail(no)).extracting(StageRecord::getEvent)
        .containsSubsequence(TaskConsultations.CONSULTED, TaskConsultations.ANSWERED);
    assertThat(trail.events(no, TaskConsultations.CONSULTED)).singleElement().satisfies(r -> {
      assertThat(r.getActor()).isEqualTo("baima.reviewer");
      assertThat(r.getSummary()).contains("baima.lawyer", "送审材料中的依据是否齐全");
    });
    assertThat(trail.events(no, TaskConsultations.ANSWERED)).singleElement().satisfies(r -> {
      assertThat(r.getActor()).isEqualTo("baima.lawyer");
      assertThat(r.getSummary()).contains("依据齐全，建议补充上位法条文对照表");
    });
    assertThat(get("auditor", "/api/audit/decisions/" + no + "/timeline").body())
        .contains("征求", "依据齐全，建议补充上位法条文对照表", "CONSULT", "任务办理");
    assertThat(dossierPdfText(no)).contains("征求", "依据齐全，建议补充上位法条文对照表");
    long[] after = figures(get("auditor", statistics).body());
    assertThat(after[0]).as("colleagues asked").isEqualTo(before[0] + 1);
    assertThat(after[1]).as("answers").isEqualTo(before[1] + 1);
    assertThat(get("auditor", "/api/audit/task-actions/export?format=csv&unit=baima&year=" + year).body())
        .contains("征求意见人次", "已答复人次");
  }

  @Test
  void theHolderWithdrawsTheRequestAndThenFinishesTheTask() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String task = decision[1];
    String no = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(decision[0])
        .singleResult().getBusinessKey();
    claim(task, "baima.clerk");
    assertThat(postJson("baima.clerk", "/api/tasks/" + task + "/consult",
        "{\"consultees\":[\"baima.head\",\"baima.lawyer\"],\"question\":\"研究结论是否妥当\"}").statusCode()).isEqualTo(200);
    assertThat(taskService.createTaskQuery().processDefinitionKey(ConsultationProcess.KEY)
        .processInstanceBusinessKey(no).count()).isEqualTo(2);
    String path = "/api/tasks/" + task + "/consult/withdraw";
    String json = "{\"reason\":\"领导已当面答复\"}";

    assertRefused(ANONYMOUS, path, json, 401, "请先登录", no);
    assertRefused("baima.head", path, json, 403, "只有该任务的办理人可以撤回征求意见", no);
    assertRefused("huangzhai.clerk", path, json, 404, "未找到该决策事项", no);
    assertRefused("auditor", path, json, 403, "您没有执行此操作的权限", no);
    assertRefused("baima.clerk", path, "{\"reason\":\"\"}", 400, "请填写撤回理由", no);
    HttpResponse<String> held = postJson("baima.clerk", "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{\"studyConclusion\":{\"value\":\"问题属实\"}}}");
    assertHeld(held);
    assertThat(held.body()).contains("baima.head", "baima.lawyer");

    HttpResponse<String> withdrawn = postJson("baima.clerk", path, json);

    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(taskService.createTaskQuery().processDefinitionKey(ConsultationProcess.KEY)
        .processInstanceBusinessKey(no).count()).isZero();
    assertThat(get("baima.clerk", "/api/tasks/" + task + "/consultations").body())
        .contains("\"status\":\"WITHDRAWN\"", "领导已当面答复");
    assertRefused("baima.clerk", path, json, 409, "没有待答复的征求意见", no);
    assertThat(trail.events(no, TaskConsultations.WITHDRAWN)).singleElement().satisfies(r -> {
      assertThat(r.getActor()).isEqualTo("baima.clerk");
      assertThat(r.getSummary()).contains("baima.head", "baima.lawyer", "领导已当面答复");
    });
    HttpResponse<String> done = postJson("baima.clerk", "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{\"studyConclusion\":{\"value\":\"问题属实，改造必要且可行\"}}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    engine.getRuntimeService().deleteProcessInstance(decision[0], "test finished");
  }

  @Test
  void requestsEndWithTheTaskWhenTheTaskIsCancelled() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String no = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(decision[0])
        .singleResult().getBusinessKey();
    claim(decision[1], "baima.clerk");
    assertThat(postJson("baima.clerk", "/api/tasks/" + decision[1] + "/consult",
        "{\"consultees\":[\"baima.head\"],\"question\":\"请提意见\"}").statusCode()).isEqualTo(200);

    engine.getRuntimeService().deleteProcessInstance(decision[0], "test finished");

    assertThat(taskService.createTaskQuery().processDefinitionKey(ConsultationProcess.KEY)
        .processInstanceBusinessKey(no).count()).isZero();
    assertThat(jdbc.queryForObject("select status from md_task_consultation where task_id = ?", String.class, decision[1]))
        .isEqualTo("WITHDRAWN");
  }

  static final String ANONYMOUS = null;

  private static String opinion(String text) {
    return "{\"variables\":{\"consultationOpinion\":{\"value\":\"" + text + "\"}}}";
  }

  private static void assertHeld(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
    assertThat(response.body()).contains("本任务征求的意见尚未全部答复", "撤回征求意见").doesNotContain("Exception");
  }

  /** Tasklist's own door: the webapp's engine API, with its CSRF token. */
  private HttpResponse<String> throughTasklist(String user, String task, String json) {
    HttpClient browser = browser();
    HttpResponse<String> fetch = exchange(browser, basic(user,
        HttpRequest.newBuilder(URI.create(url("/camunda/api/engine/engine/default/task/" + task)))
            .header("X-XSRF-TOKEN", "Fetch")).GET().build());
    String token = fetch.headers().firstValue("X-XSRF-TOKEN").orElse("");
    return exchange(browser, basic(user, HttpRequest.newBuilder(
            URI.create(url("/camunda/api/engine/engine/default/task/" + task + "/submit-form")))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token))
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** The auditor's printable dossier record of the decision, as text without white space. */
  private String dossierPdfText(String no) throws Exception {
    HttpResponse<byte[]> pdf = anonymousClient.send(basic("auditor", HttpRequest.newBuilder(
        URI.create(url("/api/audit/decisions/" + no + "/dossier.pdf")))).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
  }

  private HttpRequest.Builder basic(String user, HttpRequest.Builder request) {
    return request.timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  /** A decision of the unit driven to legality review, waiting at the reviewer's completeness check. */
  private String decisionSubmittedForReview(String unit) {
    LifecycleDriver driver = new LifecycleDriver(engine);
    Stages stages = new Stages(engine, driver);
    TestUsers.signIn(identityService, unit + ".clerk");
    try {
      String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(unit, Attributes.NON_PUBLIC)));
      stages.studyAndStart(no);
      stages.draft(no);
      stages.confirmProcedures(no);
      stages.submitForReview(no);
      driver.runDueJobs(no);
      return no;
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void assertRefused(String user, String path, String json, int status, String message, String no) {
    int before = trail.trail(no).size();
    long rows = jdbc.queryForObject("select count(*) from md_task_consultation", Long.class);
    HttpResponse<String> response = postJson(user, path, json);
    assertThat(response.statusCode()).as(user + " " + path + ": " + response.body()).isEqualTo(status);
    assertThat(response.body()).contains(message).doesNotContain("Exception");
    assertThat(trail.trail(no)).as("nothing recorded for a refusal").hasSize(before);
    assertThat(jdbc.queryForObject("select count(*) from md_task_consultation", Long.class)).isEqualTo(rows);
  }

  private void claim(String taskId, String user) {
    HttpResponse<String> claim = postJson(user, "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
  }

  /** {consultations, consultationsAnswered} of the single unit row. */
  private static long[] figures(String json) {
    long[] out = new long[2];
    String[] keys = {"consultations", "consultationsAnswered"};
    for (int i = 0; i < 2; i++) {
      Matcher m = Pattern.compile("\"" + keys[i] + "\":(\\d+)").matcher(json);
      assertThat(m.find()).as(json).isTrue();
      out[i] = Long.parseLong(m.group(1));
    }
    return out;
  }
}
