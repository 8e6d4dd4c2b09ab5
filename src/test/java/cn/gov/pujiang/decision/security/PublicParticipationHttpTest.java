package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.participation.Consultation;
import cn.gov.pujiang.decision.participation.Consultations;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Elements;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public participation pages and API over real HTTP, anonymous: what they show, what they refuse,
 * and that nothing else is reachable through them (ADR 0021, docs/public-participation.md).
 */
class PublicParticipationHttpTest extends HttpTestSupport {

  private static final Pattern QUESTION = Pattern.compile("(\\d+) 加 (\\d+) 等于几？");

  @Autowired DecisionRegister register;
  @Autowired Consultations consultations;
  @Autowired ObjectMapper json;

  record Opened(String decisionNo, Consultation consultation, DossierDocument draft, DossierDocument internal) {}

  @Test
  void thePublicPagesAndTheirApiNeedNoLogin() {
    assertThat(get(null, "/public/index.html").statusCode()).isEqualTo(200);
    assertThat(get(null, "/public/consultation.html").statusCode()).isEqualTo(200);
    assertThat(get(null, "/public/receipt.html").statusCode()).isEqualTo(200);
    assertThat(get(null, "/api/public/consultations").statusCode()).isEqualTo(200);
  }

  @Test
  void showsThePublishedDocumentsAndNothingInternal() throws Exception {
    Opened o = open();
    String token = o.consultation().getPublicToken();

    HttpResponse<String> page = get(null, "/api/public/consultations/" + token);

    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    JsonNode body = json.readTree(page.body());
    assertThat(body.path("title").asText()).isEqualTo("公众参与HTTP测试事项");
    assertThat(body.path("unit").asText()).isEqualTo("白马镇");
    assertThat(body.path("documents")).hasSize(1);
    assertThat(page.body()).doesNotContain(o.decisionNo(), "baima.clerk", String.valueOf(o.internal().getId()) + "\"",
        "processInstance");
    assertThat(get(null, body.path("documents").get(0).path("downloadUrl").asText()).body()).startsWith("%PDF-");
    assertThat(get(null, "/api/public/consultations/" + token + "/documents/" + o.internal().getId()).statusCode())
        .isEqualTo(404);
    assertThat(get(null, "/api/decisions/" + o.decisionNo() + "/documents/" + o.draft().getId() + "/content").statusCode())
        .isEqualTo(401);
    assertThat(get(null, "/api/decisions/" + o.decisionNo() + "/participation").statusCode()).isEqualTo(401);
  }

  @Test
  void theDecisionNumberOrAGuessedTokenFindsNothing() {
    Opened o = open();
    String token = o.consultation().getPublicToken();
    String neighbour = token.substring(0, 21) + (token.charAt(21) == 'A' ? 'B' : 'A');

    assertThat(get(null, "/api/public/consultations/" + o.decisionNo()).statusCode()).isEqualTo(404);
    assertThat(get(null, "/api/public/consultations/" + neighbour).statusCode()).isEqualTo(404);
    assertThat(get(null, "/api/public/consultations/" + o.consultation().getId()).statusCode()).isEqualTo(404);
    assertThat(get(null, "/api/public/receipts/GY-AAAA-AAAA-AAAA-AAAA").statusCode()).isEqualTo(404);
  }

  @Test
  void aCitizenSubmitsFromThePageAndLooksUpTheReceiptWithoutPersonalData() throws Exception {
    Opened o = open();
    String token = o.consultation().getPublicToken();

    HttpResponse<String> created = submit(token, "建议在市场东侧增设非机动车停车区", "李四", "13900000000", "same-origin", null);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String receipt = json.readTree(created.body()).path("receiptNo").asText();
    HttpResponse<String> lookup = get(null, "/api/public/receipts/" + receipt);
    assertThat(lookup.statusCode()).isEqualTo(200);
    assertThat(lookup.body()).contains("已收到").doesNotContain("李四", "13900000000", "停车区", o.decisionNo());
    assertThat(get("baima.clerk", "/api/decisions/" + o.decisionNo() + "/participation").body())
        .contains("李四", "13900000000", "停车区");
  }

  @Test
  void refusesACrossSitePostAndNeverEchoesTheSubmission() throws Exception {
    Opened o = open();
    String token = o.consultation().getPublicToken();
    String marker = "回显检查" + UUID.randomUUID();

    HttpResponse<String> crossSite = submit(token, marker, marker, null, "cross-site", null);
    HttpResponse<String> foreignOrigin = submit(token, marker, null, null, null, "https://evil.example");
    HttpResponse<String> wrongAnswer = submitRaw(token, marker, "999", challenge(token).token);

    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(foreignOrigin.statusCode()).isEqualTo(403);
    assertThat(wrongAnswer.statusCode()).isEqualTo(400);
    for (HttpResponse<String> r : List.of(crossSite, foreignOrigin, wrongAnswer)) {
      assertThat(r.body()).doesNotContain(marker).containsPattern("[\\u4e00-\\u9fa5]");
    }
    assertThat(consultations.ledger(o.decisionNo())).isEmpty();
  }

  @Test
  void engineRestCannotCompleteTheCollectionWhileAnOpinionIsUnanswered() throws Exception {
    Opened o = open();
    assertThat(submit(o.consultation().getPublicToken(), "建议保留早市摊位", null, null, "same-origin", null).statusCode())
        .isEqualTo(201);
    String collect = TestUsers.asEngine(identityService, () -> {
      var noticeTask = taskService.createTaskQuery().processInstanceBusinessKey(o.decisionNo())
          .taskDefinitionKey(Elements.TASK_PUBLISH_COMMENT_NOTICE).singleResult();
      String notice = noticeTask.getId();
      taskService.complete(notice, Map.of(Vars.NOTICE_CHANNEL, "白马镇人民政府网站",
          Vars.NOTICE_PUBLISHED_ON, java.time.LocalDate.now(cn.gov.pujiang.decision.engine.EngineClock.ZONE).toString()));
      var timer = engine.getManagementService().createJobQuery().processInstanceId(noticeTask.getProcessInstanceId()).timers()
          .singleResult();
      engine.getManagementService().executeJob(timer.getId());
      new Documents(engine).upload(o.decisionNo(), DocumentKind.PUBLIC_COMMENT_SUMMARY);
      return taskService.createTaskQuery().processInstanceBusinessKey(o.decisionNo())
          .taskDefinitionKey(Elements.TASK_COLLECT_PUBLIC_COMMENTS).singleResult().getId();
    });

    HttpResponse<String> refused = postJson("baima.clerk", "/engine-rest/task/" + collect + "/submit-form",
        "{\"variables\":{\"commentsReceivedCount\":{\"value\":1,\"type\":\"Long\"}}}");

    // The refusal holds through this door, as a statutory refusal: 400 with the Chinese message alone (ADR 0018).
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("意见台账中还有1条意见未处理").doesNotContain("Cannot submit task form");
    assertThat(taskService.createTaskQuery().taskId(collect).count()).isEqualTo(1);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** A 白马镇 decision in its participation stage at 发布征求意见公告, with the consultation opened. */
  private Opened open() {
    return TestUsers.asEngine(identityService, () -> {
      Decision decision = register.register("公众参与HTTP测试事项", "baima", "DEPARTMENT", "baima.clerk", null);
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put(CommonVariables.DECISION_NO, decision.getDecisionNo());
      variables.put(CommonVariables.DECISION_TITLE, decision.getTitle());
      variables.put(CommonVariables.DECISION_UNIT, "baima");
      variables.put("nonPublic", false);
      variables.put(Vars.HEARING_PLANNED, false);
      variables.put(Vars.GROUP_CONSULTATION_REQUIRED, false);
      ProcessInstance pi = engine.getRuntimeService()
          .startProcessInstanceByKey(PublicParticipationProcess.KEY, decision.getDecisionNo(), variables);
      String choose = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
      taskService.complete(choose, Map.of(Vars.OPEN_COMMENT_CHOSEN, true, Vars.COMMENT_PERIOD_DAYS, 30L));
      assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
          .isEqualTo(Elements.TASK_PUBLISH_COMMENT_NOTICE);
      Documents documents = new Documents(engine);
      DossierDocument draft = documents.upload(decision.getDecisionNo(), DocumentKind.DRAFT);
      DossierDocument internal = documents.upload(decision.getDecisionNo(), DocumentKind.OTHER);
      Consultation c = consultations.open(decision.getDecisionNo(), List.of(draft.getId()), "来信：白马镇人民政府", "baima.clerk");
      return new Opened(decision.getDecisionNo(), c, draft, internal);
    });
  }

  record Challenge(String question, String token, String answer) {}

  private Challenge challenge(String consultation) {
    try {
      JsonNode c = json.readTree(get(null, "/api/public/consultations/" + consultation + "/challenge").body());
      Matcher m = QUESTION.matcher(c.path("question").asText());
      assertThat(m.matches()).isTrue();
      return new Challenge(c.path("question").asText(), c.path("token").asText(),
          String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> submit(String token, String text, String name, String contact, String fetchSite,
      String origin) {
    Challenge c = challenge(token);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("text", text);
    if (name != null) {
      fields.put("name", name);
    }
    if (contact != null) {
      fields.put("contact", contact);
    }
    fields.put("challengeToken", c.token());
    fields.put("challengeAnswer", c.answer());
    return post(token, fields, fetchSite, origin);
  }

  private HttpResponse<String> submitRaw(String token, String text, String answer, String challengeToken) {
    return post(token, Map.of("text", text, "challengeToken", challengeToken, "challengeAnswer", answer), "same-origin",
        null);
  }

  private HttpResponse<String> post(String token, Map<String, String> fields, String fetchSite, String origin) {
    String boundary = "----md" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
          + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/public/consultations/" + token + "/opinions")))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (fetchSite != null) {
      request.header("Sec-Fetch-Site", fetchSite);
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    return exchange(anonymousClient, request.build());
  }
}
