package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.dossier.RequiredDocuments;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationException;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, over HTTP against the running application: role × resource × action → status.
 * One row per case; placeholders {baimaTask}, {huangzhaiTask}, {baimaInstance}, {huangzhaiInstance}
 * are the two towns' decisions of {@link HttpTestSupport}. To cover a new endpoint, add rows to
 * {@link #matrix()}.
 */
class SecurityMatrixTest extends HttpTestSupport {

  static final String ANONYMOUS = null;

  @Autowired RequiredDocuments requiredDocuments;

  record Case(String user, String method, String path, String json, int expected) {
    @Override
    public String toString() {
      return (user == null ? "anonymous" : user) + " " + method + " " + path + " -> " + expected;
    }
  }

  static Case row(String user, String method, String path, int expected) {
    return new Case(user, method, path, null, expected);
  }

  static Case row(String user, String method, String path, String json, int expected) {
    return new Case(user, method, path, json, expected);
  }

  /** Marks a row whose body is a one-file multipart upload of a draft (as the dossier page sends it). */
  static final String UPLOAD = "<multipart upload>";

  static Case upload(String user, String decisionNo, int expected) {
    return new Case(user, "POST", "/api/decisions/" + decisionNo + "/documents?kind=DRAFT", UPLOAD, expected);
  }

  static final String ITEM_JSON = "{\"title\":\"下一年度拟列入事项（修改）\",\"organisingUnit\":\"经济发展办公室\","
      + "\"legalBasis\":\"《重大行政决策程序暂行条例》第三条\",\"plannedProcedures\":[\"PUBLIC_PARTICIPATION\"],"
      + "\"plannedCompletion\":\"{nextYear}-12-31\",\"version\":0}";

  static final String START_JSON = "{\"proposerType\":\"DEPARTMENT\",\"proposerName\":\"经济发展办公室\","
      + "\"proposalSummary\":\"市场设施老化，存在消防隐患，拟改造提升\",\"attributes\":{}}";

  static final String EMERGENCY_JSON = "{\"decisionTitle\":\"防汛应急处置方案\",\"decisionUnit\":\"baima\","
      + "\"emergencyReason\":\"台风即将登陆，须立即启动应急决策程序\",\"proposerType\":\"DEPARTMENT\","
      + "\"proposerName\":\"应急管理办公室\",\"proposalSummary\":\"台风应急\",\"attributes\":{}}";

  static final String CONSULT_JSON = "{\"consultees\":[\"baima.lawyer\"],\"question\":\"请提出意见\"}";
  static final String REASON_JSON = "{\"reason\":\"不再需要\"}";

  static Stream<Case> matrix() {
    return Stream.of(
        // Nothing answers without a login except the login page, static assets and the health check.
        row(ANONYMOUS, "GET", "/login", 200),
        row(ANONYMOUS, "GET", "/actuator/health", 200),
        row(ANONYMOUS, "GET", "/engine-rest/task", 401),
        row(ANONYMOUS, "GET", "/engine-rest/engine", 401),
        row(ANONYMOUS, "GET", "/engine-rest/history/process-instance", 401),
        row(ANONYMOUS, "GET", "/api/me", 401),
        row(ANONYMOUS, "GET", "/camunda/api/engine/engine/default/task", 401),
        row(ANONYMOUS, "GET", "/camunda/app/tasklist/", 302),
        row(ANONYMOUS, "GET", "/app/", 302),
        row(ANONYMOUS, "GET", "/v3/api-docs", 401),
        row(ANONYMOUS, "GET", "/actuator/info", 302),
        row("baima.clerk", "GET", "/actuator/env", 403),
        row("admin", "GET", "/actuator/health", 200),

        // 白马镇 clerk: own decision yes, 黄宅镇's no (404 when reading by id, 403 when acting).
        row("baima.clerk", "GET", "/api/me", 200),
        row("baima.clerk", "GET", "/engine-rest/task", 200),
        row("baima.clerk", "GET", "/engine-rest/task/{baimaTask}", 200),
        row("baima.clerk", "GET", "/engine-rest/task/{huangzhaiTask}", 404),
        row("baima.clerk", "GET", "/engine-rest/task/{huangzhaiTask}/variables", 403),
        row("baima.clerk", "POST", "/engine-rest/task/{huangzhaiTask}/complete", "{}", 403),
        row("baima.clerk", "POST", "/engine-rest/task/{huangzhaiTask}/claim", "{\"userId\":\"baima.clerk\"}", 403),
        row("baima.clerk", "GET", "/engine-rest/process-instance/{baimaInstance}", 200),
        row("baima.clerk", "GET", "/engine-rest/process-instance/{baimaInstance}/variables", 200),
        row("baima.clerk", "GET", "/engine-rest/process-instance/{huangzhaiInstance}", 404),
        row("baima.clerk", "GET", "/engine-rest/process-instance/{huangzhaiInstance}/variables", 403),
        row("baima.clerk", "PUT", "/engine-rest/process-instance/{baimaInstance}/variables/decisionUnit",
            "{\"value\":\"huangzhai\",\"type\":\"String\"}", 403),
        row("baima.clerk", "DELETE", "/engine-rest/process-instance/{baimaInstance}", 403),
        row("baima.clerk", "GET", "/engine-rest/history/process-instance/{baimaInstance}", 200),
        row("baima.clerk", "GET", "/engine-rest/history/process-instance/{huangzhaiInstance}", 404),
        row("baima.clerk", "GET", "/engine-rest/history/variable-instance?processInstanceId={huangzhaiInstance}", 200),
        row("baima.clerk", "POST", "/engine-rest/deployment/create", "{}", 403),
        row("baima.clerk", "POST", "/engine-rest/user/create",
            "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}", 403),
        row("baima.clerk", "PUT", "/engine-rest/group/baima-clerk/members/baima.head", "", 403),
        row("huangzhai.clerk", "GET", "/engine-rest/task/{baimaTask}", 404),
        row("huangzhai.clerk", "GET", "/engine-rest/task/{huangzhaiTask}", 200),
        // Another role of the same town sees the decision but not the clerk's task.
        row("baima.head", "GET", "/engine-rest/process-instance/{baimaInstance}/variables", 200),
        row("baima.head", "GET", "/engine-rest/task/{baimaTask}", 404),

        // The judicial bureau sees a decision only once it is submitted for legality review.
        row("sfj.reviewer", "GET", "/engine-rest/process-instance/{baimaInstance}/variables", 403),
        row("sfj.reviewer", "GET", "/engine-rest/history/process-instance/{baimaInstance}", 404),
        row("sfj.reviewer", "GET", "/engine-rest/task/{baimaTask}", 404),

        // Auditors read everything and change nothing.
        row("auditor", "GET", "/engine-rest/task/{baimaTask}", 200),
        row("auditor", "GET", "/engine-rest/task/{huangzhaiTask}", 200),
        row("auditor", "GET", "/engine-rest/process-instance/{huangzhaiInstance}/variables", 200),
        row("auditor", "GET", "/engine-rest/history/process-instance/{baimaInstance}", 200),
        row("auditor", "GET", "/engine-rest/history/task?processInstanceId={huangzhaiInstance}", 200),
        row("auditor", "POST", "/engine-rest/task/{baimaTask}/complete", "{}", 403),
        row("auditor", "POST", "/engine-rest/task/{baimaTask}/claim", "{\"userId\":\"auditor\"}", 403),
        row("auditor", "PUT", "/engine-rest/process-instance/{baimaInstance}/variables/x",
            "{\"value\":\"1\",\"type\":\"String\"}", 403),
        row("auditor", "DELETE", "/engine-rest/process-instance/{baimaInstance}", 403),
        row("auditor", "POST", "/engine-rest/deployment/create", "{}", 403),
        row("auditor", "POST", "/api/anything", "{}", 403),

        // Administrators: everything in the engine, but the first-run setup is closed for everyone.
        row("admin", "GET", "/engine-rest/task/{huangzhaiTask}", 200),
        row("admin", "GET", "/engine-rest/process-instance/{baimaInstance}/variables", 200),
        row("admin", "GET", "/engine-rest/user", 200),
        row("admin", "POST", "/camunda/api/admin/setup/default/user/create",
            "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-123!\"}}", 403),
        row(ANONYMOUS, "POST", "/camunda/api/admin/setup/default/user/create",
            "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-123!\"}}", 401),

        // The application's own API: catalogues, decisions, dossiers, inbox (CatalogueAccess, DossierAccess).
        row(ANONYMOUS, "GET", "/api/catalogues", 401),
        row(ANONYMOUS, "GET", "/api/decisions/{baimaNo}", 401),
        row(ANONYMOUS, "GET", "/api/decisions/{baimaNo}/documents", 401),
        row(ANONYMOUS, "GET", "/api/decisions/{baimaNo}/documents/{baimaDocument}/content", 401),
        // A POST without a login carries no CSRF token either; it is still told to log in (401), not 403.
        upload(ANONYMOUS, "{baimaNo}", 401),
        row(ANONYMOUS, "POST", "/api/catalogues", "{}", 401),
        row(ANONYMOUS, "GET", "/api/inbox", 401),

        // Catalogues: own town's read and changed, another town's not shown (404) and not changed (403).
        row("baima.clerk", "GET", "/api/catalogues", 200),
        row("baima.clerk", "GET", "/api/catalogues/{baimaCatalogue}", 200),
        row("baima.clerk", "GET", "/api/catalogues/{baimaCatalogue}/board", 200),
        row("baima.clerk", "GET", "/api/catalogues/{huangzhaiCatalogue}", 404),
        row("baima.clerk", "GET", "/api/catalogues/{huangzhaiCatalogue}/items", 404),
        row("baima.clerk", "GET", "/api/catalogues/{huangzhaiCatalogue}/board", 404),
        row("baima.clerk", "GET", "/api/catalogues/{huangzhaiCatalogue}/adjustments", 404),
        row("baima.clerk", "GET", "/api/catalogue-items/{baimaItem}", 200),
        row("baima.clerk", "GET", "/api/catalogue-items/{huangzhaiItem}", 404),
        row("baima.head", "GET", "/api/catalogue-items/{baimaItem}", 200),
        row("sfj.reviewer", "GET", "/api/catalogue-items/{baimaItem}", 404),
        row("auditor", "GET", "/api/catalogue-items/{huangzhaiItem}", 200),
        row("auditor", "GET", "/api/catalogues/{huangzhaiCatalogue}/board", 200),
        row("admin", "GET", "/api/catalogues/{huangzhaiCatalogue}", 200),
        row("huangzhai.clerk", "GET", "/api/catalogue-items/{huangzhaiItem}", 200),
        row("baima.clerk", "PUT", "/api/catalogue-items/{huangzhaiDraftItem}", ITEM_JSON, 403),
        row("auditor", "PUT", "/api/catalogue-items/{baimaDraftItem}", ITEM_JSON, 403),
        row("baima.clerk", "PUT", "/api/catalogue-items/{baimaDraftItem}", ITEM_JSON, 200),
        row("baima.clerk", "POST", "/api/catalogues/{huangzhaiCatalogue}/items", ITEM_JSON, 403),
        row("baima.clerk", "POST", "/api/catalogues/{huangzhaiCatalogue}/adjustments", "{}", 403),
        row("huangzhai.clerk", "POST", "/api/catalogues", "{\"unitCode\":\"baima\",\"year\":2099}", 403),
        row("baima.clerk", "POST", "/api/catalogues", "{\"unitCode\":\"baima\",\"year\":2099}", 201),
        row("huangzhai.clerk", "POST", "/api/catalogue-items/{baimaItem}/start", START_JSON, 403),
        row("sfj.reviewer", "POST", "/api/catalogue-items/{baimaItem}/start", START_JSON, 403),
        row("auditor", "POST", "/api/catalogue-items/{baimaItem}/start", START_JSON, 403),
        row("baima.head", "POST", "/api/catalogue-items/{baimaItem}/start", START_JSON, 403),
        row("baima.clerk", "POST", "/api/catalogue-items/{baimaItem}/start", START_JSON, 201),
        row("huangzhai.clerk", "POST", "/api/decisions", EMERGENCY_JSON, 403),

        // Decisions: the unit's roles read their own; the judicial bureau those submitted for review.
        row("baima.clerk", "GET", "/api/decisions/{baimaNo}", 200),
        row("baima.clerk", "GET", "/api/decisions/{huangzhaiNo}", 404),
        row("baima.clerk", "GET", "/api/decisions?unit=huangzhai", 200),
        row("huangzhai.clerk", "GET", "/api/decisions/{baimaNo}", 404),
        row("huangzhai.clerk", "GET", "/api/decisions/{submittedNo}", 404),
        row("baima.head", "GET", "/api/decisions/{baimaNo}", 200),
        row("baima.secretary", "GET", "/api/decisions/{baimaNo}", 200),
        row("baima.lawyer", "GET", "/api/decisions/{baimaNo}", 200),
        row("sfj.reviewer", "GET", "/api/decisions/{baimaNo}", 404),
        row("sfj.reviewer", "GET", "/api/decisions/{submittedNo}", 200),
        row("sfj.guide", "GET", "/api/decisions/{submittedNo}", 200),
        row("amr.reviewer", "GET", "/api/decisions/{submittedNo}", 404),
        row("auditor", "GET", "/api/decisions/{huangzhaiNo}", 200),
        row("admin", "GET", "/api/decisions/{huangzhaiNo}", 200),

        // Dossiers: listing, reading and downloading follow the decision; another town's document is 404.
        row("baima.clerk", "GET", "/api/decisions/{baimaNo}/dossier", 200),
        row("baima.clerk", "GET", "/api/decisions/{baimaNo}/documents", 200),
        row("baima.clerk", "GET", "/api/decisions/{huangzhaiNo}/dossier", 404),
        row("baima.clerk", "GET", "/api/decisions/{huangzhaiNo}/documents", 404),
        row("baima.clerk", "GET", "/api/decisions/{baimaNo}/documents/{baimaDocument}", 200),
        row("baima.clerk", "GET", "/api/decisions/{baimaNo}/documents/{baimaDocument}/content", 200),
        row("baima.clerk", "GET", "/api/decisions/{huangzhaiNo}/documents/{huangzhaiDocument}", 404),
        row("baima.clerk", "GET", "/api/decisions/{huangzhaiNo}/documents/{huangzhaiDocument}/content", 404),
        row("baima.clerk", "GET", "/api/decisions/{baimaNo}/documents/{huangzhaiDocument}/content", 404),
        row("huangzhai.clerk", "GET", "/api/decisions/{baimaNo}/documents/{baimaDocument}/content", 404),
        row("baima.lawyer", "GET", "/api/decisions/{baimaNo}/documents/{baimaDocument}/content", 200),
        row("sfj.reviewer", "GET", "/api/decisions/{submittedNo}/dossier", 200),
        row("sfj.reviewer", "GET", "/api/decisions/{submittedNo}/documents/{submittedDocument}/content", 200),
        row("sfj.reviewer", "GET", "/api/decisions/{baimaNo}/documents/{baimaDocument}/content", 404),
        row("auditor", "GET", "/api/decisions/{huangzhaiNo}/documents", 200),
        row("auditor", "GET", "/api/decisions/{huangzhaiNo}/documents/{huangzhaiDocument}/content", 200),
        upload("auditor", "{baimaNo}", 403),
        upload("huangzhai.clerk", "{baimaNo}", 403),
        upload("sfj.reviewer", "{submittedNo}", 403),
        upload("baima.clerk", "{baimaNo}", 201),
        upload("baima.reviewer", "{submittedNo}", 201),
        upload("admin", "{huangzhaiNo}", 201),
        // 抄送 (the OA task actions, ADR 0022): the county office, copied on the Baima decision's task, reads that
        // decision's dossier and nothing else, and adds nothing to it.
        row("county.secretary", "GET", "/api/decisions/{baimaNo}/dossier", 200),
        row("county.secretary", "GET", "/api/decisions/{baimaNo}/documents", 200),
        row("county.secretary", "GET", "/api/decisions/{baimaNo}/documents/{baimaDocument}/content", 200),
        row("county.secretary", "GET", "/api/decisions/{huangzhaiNo}/dossier", 404),
        row("county.secretary", "GET", "/api/decisions/{huangzhaiNo}/documents/{huangzhaiDocument}/content", 404),
        row("county.secretary", "GET", "/api/decisions/{submittedNo}/dossier", 404),
        row("county.secretary", "GET", "/api/decisions/{baimaNo}/documents/{huangzhaiDocument}/content", 404),
        upload("county.secretary", "{baimaNo}", 403),
        row("county.secretary", "POST", "/api/tasks/{baimaTask}/hand-over",
            "{\"toUser\":\"county.secretary\",\"reason\":\"抄送后代办\"}", 404),

        // Public participation (ADR 0021): the public pages and /api/public/** are the only anonymous
        // content; a decision number, a serial id or a made-up token finds nothing there, and the
        // clerk's ledger stays behind the login and the unit check.
        row(ANONYMOUS, "GET", "/public/index.html", 200),
        row(ANONYMOUS, "GET", "/api/public/consultations", 200),
        row(ANONYMOUS, "GET", "/api/public/consultations/answered", 200),
        row(ANONYMOUS, "GET", "/api/public/consultations/{baimaNo}", 404),
        row(ANONYMOUS, "GET", "/api/public/consultations/1", 404),
        row(ANONYMOUS, "GET", "/api/public/consultations/AAAAAAAAAAAAAAAAAAAAAA/challenge", 404),
        row(ANONYMOUS, "GET", "/api/public/consultations/AAAAAAAAAAAAAAAAAAAAAA/documents/{baimaDocument}", 404),
        row(ANONYMOUS, "GET", "/api/public/receipts/1", 404),
        // "/public/.." cannot borrow the anonymous paths: the firewall refuses a path that is not normalised.
        row(ANONYMOUS, "GET", "/api/public/../decisions/{baimaNo}/dossier", 400),
        row(ANONYMOUS, "GET", "/public/../api/me", 400),
        row(ANONYMOUS, "GET", "/api/decisions/{baimaNo}/participation", 401),
        row(ANONYMOUS, "GET", "/app/ledger.html", 302),
        row(ANONYMOUS, "GET", "/api/audit/participation", 401),
        row("baima.clerk", "GET", "/api/audit/participation", 403),
        row("auditor", "GET", "/api/audit/participation/export?format=csv", 200),
        // Conformance run: starting a run is the auditor's one POST (it writes only the run).
        row(ANONYMOUS, "POST", "/api/audit/conformance/runs?year=2026&unit=baima", "", 401),
        row("baima.clerk", "POST", "/api/audit/conformance/runs?year=2026&unit=baima", "", 403),
        row("baima.clerk", "GET", "/api/audit/conformance/rules", 403),
        row("auditor", "GET", "/api/audit/conformance/rules", 200),
        row("auditor", "POST", "/api/audit/conformance/runs?year=2026&unit=baima", "", 200),
        row("auditor", "GET", "/api/audit/conformance/runs", 200),
        row("baima.clerk", "GET", "/api/decisions/{baimaNo}/participation", 200),
        row("auditor", "GET", "/api/decisions/{baimaNo}/participation", 200),
        row("huangzhai.clerk", "GET", "/api/decisions/{baimaNo}/participation", 404),
        row("huangzhai.clerk", "POST", "/api/decisions/{baimaNo}/participation/opinions",
            "{\"source\":\"LETTER\",\"text\":\"跨镇录入\"}", 404),
        row("auditor", "POST", "/api/decisions/{baimaNo}/participation/opinions",
            "{\"source\":\"LETTER\",\"text\":\"审计人员录入\"}", 403),
        row("auditor", "PUT", "/api/decisions/{baimaNo}/participation/opinions/1/answer",
            "{\"classification\":\"ADOPTED\"}", 403),

        // Task actions (the OA task actions, ADR 0022 and 0028): the holder's unit only; another town and the judicial bureau
        // do not learn the task exists, the auditor only reads. Each operation in detail: TaskActionsTest and
        // TaskConsultationsTest (every refusal stores nothing).
        row(ANONYMOUS, "POST", "/api/tasks/{baimaTask}/consult", CONSULT_JSON, 401),
        row("huangzhai.clerk", "POST", "/api/tasks/{baimaTask}/consult", CONSULT_JSON, 404),
        row("sfj.reviewer", "POST", "/api/tasks/{baimaTask}/consult", CONSULT_JSON, 404),
        row("auditor", "POST", "/api/tasks/{baimaTask}/consult", CONSULT_JSON, 403),
        row("baima.head", "POST", "/api/tasks/{baimaTask}/consult", CONSULT_JSON, 403),
        row(ANONYMOUS, "POST", "/api/tasks/{baimaTask}/consult/withdraw", REASON_JSON, 401),
        row("huangzhai.clerk", "POST", "/api/tasks/{baimaTask}/consult/withdraw", REASON_JSON, 404),
        row("auditor", "POST", "/api/tasks/{baimaTask}/consult/withdraw", REASON_JSON, 403),
        row("baima.lawyer", "POST", "/api/tasks/{baimaTask}/consult/withdraw", REASON_JSON, 403),
        row(ANONYMOUS, "GET", "/api/tasks/{baimaTask}/consultations", 401),
        row("huangzhai.clerk", "GET", "/api/tasks/{baimaTask}/consultations", 404),
        row("baima.clerk", "GET", "/api/tasks/{baimaTask}/consultations", 200),
        row("huangzhai.clerk", "POST", "/api/tasks/{baimaTask}/copy",
            "{\"recipients\":[\"huangzhai.head\"],\"note\":\"请阅\"}", 404),
        row("huangzhai.head", "POST", "/api/tasks/{baimaTask}/urge", "{\"message\":\"请尽快办理\"}", 404),
        row("huangzhai.clerk", "POST", "/api/tasks/{baimaTask}/hand-over",
            "{\"toUser\":\"huangzhai.clerk\",\"reason\":\"跨镇转办\"}", 404),
        row("auditor", "POST", "/api/tasks/{baimaTask}/hand-over",
            "{\"toUser\":\"baima.head\",\"reason\":\"审计人员转办\"}", 403),

        // Inbox: a user's own messages only; another user's message by id is 404.
        row("baima.clerk", "GET", "/api/inbox", 200),
        row("huangzhai.clerk", "POST", "/api/inbox/{baimaClerkMessage}/read", "", 404),
        row("auditor", "POST", "/api/inbox/{baimaClerkMessage}/read", "", 403),
        row("baima.clerk", "POST", "/api/inbox/{baimaClerkMessage}/read", "", 200));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void answersEachRoleAsItsRightsAllow(Case c) {
    String path = fixture().fill(c.path());
    HttpResponse<String> response = c.json() == null
        ? send(c.user(), c.method(), path, null, null)
        : UPLOAD.equals(c.json())
        ? uploadPdf(c.user(), path)
        : send(c.user(), c.method(), path, "application/json", fixture().fill(c.json()).getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).as(c + "; body: " + response.body()).isEqualTo(c.expected());
  }

  @Test
  void taskListShowsOnlyTheTasksOfTheClerksOwnTown() {
    String baima = get("baima.clerk", "/engine-rest/task").body();
    String huangzhai = get("huangzhai.clerk", "/engine-rest/task").body();
    String auditor = get("auditor", "/engine-rest/task").body();

    assertThat(baima).contains(fixture().baimaTask()).doesNotContain(fixture().huangzhaiTask());
    assertThat(huangzhai).contains(fixture().huangzhaiTask()).doesNotContain(fixture().baimaTask());
    assertThat(auditor).contains(fixture().baimaTask(), fixture().huangzhaiTask());
  }

  @Test
  void requiredDocumentsAreKnownWhileAUserWithoutRightsOnDecisionTablesIsSignedIn() {
    TestUsers.signIn(identityService, "baima.clerk");
    try {
      assertThat(requiredDocuments.forTask("Task_ConsolidateOpinions"))
          .extracting(RequiredDocuments.Requirement::kind).containsExactly(DocumentKind.ADOPTION_REPORT);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void catalogueAndDecisionListsShowOnlyWhatTheUserMayRead() {
    String baimaNo = fixture().placeholders().get("baimaNo");
    String huangzhaiNo = fixture().placeholders().get("huangzhaiNo");
    String submittedNo = fixture().placeholders().get("submittedNo");

    assertThat(get("baima.clerk", "/api/catalogues").body())
        .contains("\"unitCode\":\"baima\"").doesNotContain("\"unitCode\":\"huangzhai\"");
    assertThat(get("auditor", "/api/catalogues").body())
        .contains("\"unitCode\":\"baima\"", "\"unitCode\":\"huangzhai\"");
    assertThat(get("baima.clerk", "/api/decisions?unit=huangzhai").body()).isEqualTo("[]");
    assertThat(get("baima.clerk", "/api/decisions?unit=baima").body()).contains(baimaNo, submittedNo);
    assertThat(get("sfj.reviewer", "/api/decisions?unit=baima").body()).contains(submittedNo).doesNotContain(baimaNo);
    assertThat(get("auditor", "/api/decisions?unit=huangzhai").body()).contains(huangzhaiNo);
  }

  @Test
  void anotherTownsDocumentIsNotServedEvenUnderTheOwnDecisionsNumber() {
    String path = "/api/decisions/" + fixture().placeholders().get("baimaNo") + "/documents/"
        + fixture().placeholders().get("baimaDocument") + "/content";

    HttpResponse<String> own = get("baima.clerk", path);
    HttpResponse<String> other = get("huangzhai.clerk", path);

    assertThat(own.body()).startsWith("%PDF-");
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("%PDF-").contains("未找到该决策事项");
  }

  @Test
  void historyAndVariableQueriesAreFilteredToTheTown() {
    String history = get("baima.clerk", "/engine-rest/history/process-instance").body();
    String variables = get("baima.clerk",
        "/engine-rest/history/variable-instance?processInstanceId=" + fixture().huangzhaiInstance()).body();

    assertThat(history).contains(fixture().baimaInstance()).doesNotContain(fixture().huangzhaiInstance());
    assertThat(variables).isEqualTo("[]");
  }

  @Test
  void clerkWorksOnTheirOwnTaskOverRest() {
    String[] decision = decisionWaitingAtFirstTask("baima");
    String task = decision[1];

    HttpResponse<String> claim = postJson("baima.clerk", "/engine-rest/task/" + task + "/claim",
        "{\"userId\":\"baima.clerk\"}");
    HttpResponse<String> complete = postJson("baima.clerk", "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{\"studyConclusion\":{\"value\":\"问题属实\",\"type\":\"String\"}}}");

    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
    assertThat(complete.statusCode()).as(complete.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
  }

  @Test
  void clerkCannotOpenADecisionInAnotherTownsName() {
    LifecycleDriver driver = new LifecycleDriver(engine);
    TestUsers.signIn(identityService, "baima.clerk");
    try {
      assertThatThrownBy(() -> driver.startDecision(Stages.startForm("huangzhai")))
          .isInstanceOf(AuthorizationException.class)
          .hasMessageContaining("只能由本单位承办人员发起");
      TestUsers.signIn(identityService, "auditor");
      assertThatThrownBy(() -> driver.startDecision(Stages.startForm("baima")))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void currentUserEndpointTellsPagesWhoIsLoggedIn() {
    assertThat(get("baima.clerk", "/api/me").body())
        .contains("\"userId\":\"baima.clerk\"", "\"units\":[\"baima\"]", "\"auditor\":false");
    assertThat(get("sfj.reviewer", "/api/me").body()).contains("\"judicialBureau\":true", "\"units\":[]");
    assertThat(get("auditor", "/api/me").body()).contains("\"auditor\":true");
  }

  @Test
  void onlyAnAdministratorDeploysAModel() {
    String xml = bpmn("security-test-admin-deploy", "");

    assertThat(deploy("baima.clerk", "a.bpmn", xml).statusCode()).isEqualTo(403);
    assertThat(deploy("auditor", "a.bpmn", xml).statusCode()).isEqualTo(403);
    HttpResponse<String> admin = deploy("admin", "a.bpmn", xml);
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
  }
}
