package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.catalogue.Catalogue;
import cn.gov.pujiang.decision.catalogue.CatalogueRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.CatalogueItems;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.notification.Inbox;
import cn.gov.pujiang.decision.notification.Notice;
import cn.gov.pujiang.decision.notification.NotificationKind;
import cn.gov.pujiang.decision.notification.Notifier;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real port, webapps included, with the demo organisation (password
 * "demo") and a first administrator "admin", on its own in-memory database. Requests go through a
 * real HTTP client, so Spring Security, Camunda's filters and the engine's authorization checks all
 * apply exactly as in production. Two decisions exist: one of 白马镇 and one of 黄宅镇, each waiting
 * at its clerk's first task with a draft in its dossier; a third 白马镇 decision has been submitted
 * for legality review. Each town also has a published catalogue item not yet started, a catalogue of
 * next year still being compiled with one item, and 白马镇's clerk has an inbox message.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:security-http;DB_CLOSE_DELAY=-1",
      "camunda.bpm.webapp.enabled=true",
      "camunda.bpm.admin-user.id=admin",
      "camunda.bpm.admin-user.password=demo"
    })
@ActiveProfiles("test")
abstract class HttpTestSupport {

  static final String PASSWORD = "demo";

  /** Ids of the two towns' decisions, created once for the context. */
  record Fixture(String baimaInstance, String baimaTask, String huangzhaiInstance, String huangzhaiTask,
      Map<String, String> placeholders) {

    /** The request path with every {placeholder} of this fixture filled in. */
    String fill(String path) {
      String filled = path;
      for (Map.Entry<String, String> p : placeholders.entrySet()) {
        filled = filled.replace("{" + p.getKey() + "}", p.getValue());
      }
      return filled;
    }
  }

  private static Fixture fixture;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired Catalogues catalogues;
  @Autowired CatalogueItems catalogueItems;
  @Autowired CatalogueAdjustments catalogueAdjustments;
  @Autowired CatalogueRepository catalogueRepository;
  @Autowired ApplicationContext applicationContext;
  @Autowired Notifier notifier;
  @Autowired Inbox inbox;

  final HttpClient anonymousClient = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void createTwoTownsDecisions() {
    // Decisions start only from published catalogue items of this context's own database.
    LifecycleDriver.useCatalogue(new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, engine));
    // Documents' context is static: a test class of another Spring context (another database) may have
    // set it since, so it is set again before every test of this one.
    Documents.use(applicationContext);
    if (fixture != null) {
      return;
    }
    String[] baima = decisionWaitingAtFirstTask("baima");
    String[] huangzhai = decisionWaitingAtFirstTask("huangzhai");
    Map<String, String> placeholders = new LinkedHashMap<>();
    placeholders.put("baimaTask", baima[1]);
    placeholders.put("huangzhaiTask", huangzhai[1]);
    placeholders.put("baimaInstance", baima[0]);
    placeholders.put("huangzhaiInstance", huangzhai[0]);
    for (String[] town : new String[][] {{"baima", baima[0]}, {"huangzhai", huangzhai[0]}}) {
      String unit = town[0];
      String no = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(town[1])
          .singleResult().getBusinessKey();
      placeholders.put(unit + "No", no);
      placeholders.put(unit + "Document", String.valueOf(documentOf(unit, no)));
      TestCatalogue testCatalogue = new TestCatalogue(catalogues, catalogueItems, catalogueAdjustments, catalogueRepository, engine);
      var published = testCatalogue.publishedItem(unit, "矩阵测试事项-" + unit);
      placeholders.put(unit + "Catalogue", String.valueOf(published.getCatalogueId()));
      placeholders.put(unit + "Item", String.valueOf(published.getId()));
      Catalogue nextYear = catalogues.open(unit, TestCatalogue.currentYear() + 1);
      placeholders.put(unit + "DraftItem", String.valueOf(
          catalogueItems.addItem(nextYear.getId(), TestCatalogue.item("下一年度拟列入事项", TestCatalogue.currentYear() + 1)).getId()));
    }
    placeholders.put("nextYear", String.valueOf(TestCatalogue.currentYear() + 1));
    String[] submitted = decisionSubmittedForReview("baima");
    placeholders.put("submittedNo", submitted[0]);
    placeholders.put("submittedDocument", submitted[1]);
    placeholders.put("baimaClerkMessage", String.valueOf(inboxMessageFor("baima.clerk", baima[1], placeholders.get("baimaNo"))));
    copyFor("county.secretary", baima[1], placeholders.get("baimaNo"));
    fixture = new Fixture(baima[0], baima[1], huangzhai[0], huangzhai[1], Map.copyOf(placeholders));
  }

  /** A draft uploaded to the decision's dossier by the unit's clerk; returns the document id. */
  private long documentOf(String unit, String decisionNo) {
    TestUsers.signIn(identityService, unit + ".clerk");
    try {
      return new Documents(engine).upload(decisionNo, DocumentKind.DRAFT).getId();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** A decision of the unit driven to legality review; returns {decision number, id of its draft}. */
  private String[] decisionSubmittedForReview(String unit) {
    LifecycleDriver driver = new LifecycleDriver(engine);
    Stages stages = new Stages(engine, driver);
    TestUsers.signIn(identityService, unit + ".clerk");
    try {
      String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(unit, Attributes.NON_PUBLIC)));
      stages.studyAndStart(no);
      stages.draft(no);
      stages.confirmProcedures(no);
      stages.submitForReview(no);
      long draft = new Documents(engine).dossier(no).stream()
          .filter(d -> d.getKind() == DocumentKind.DRAFT).findFirst().orElseThrow().getId();
      return new String[] {no, String.valueOf(draft)};
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** A reminder about the task in the user's inbox; returns the inbox message id. */
  private long inboxMessageFor(String user, String taskId, String decisionNo) {
    notifier.notifyOnce(new Notice(taskId, NotificationKind.REMINDER, "研究论证", "Task_StudyProposal", null,
        decisionNo, "农贸市场改造提升方案", "baima", null, "期限提醒：研究论证", "请在期限内办理", Set.of(user)));
    return inbox.list(user, false, 1).get(0).id();
  }

  /**
   * A copy (抄送) of the Baima decision's task to a user, stored as TaskActions.copy stores it (an inbox
   * message of kind COPY): the user's read-only grant on that decision's dossier.
   */
  private void copyFor(String user, String taskId, String decisionNo) {
    notifier.notifyOnce(new Notice(taskId, NotificationKind.COPY, "研究论证", "Task_StudyProposal", null,
        decisionNo, "农贸市场改造提升方案", "baima", null, "抄送：研究论证", "供您阅知", Set.of(user), "matrix-copy"));
  }

  Fixture fixture() {
    return fixture;
  }

  /** Starts a decision as the unit's clerk; returns {process instance id, id of the clerk's first task}. */
  String[] decisionWaitingAtFirstTask(String unit) {
    LifecycleDriver driver = new LifecycleDriver(engine);
    TestUsers.signIn(identityService, unit + ".clerk");
    try {
      ProcessInstance instance = driver.startDecision(Stages.startForm(unit));
      String no = driver.businessKeyOf(instance);
      return new String[] {instance.getId(), driver.task(no, "Task_StudyProposal").getId()};
    } finally {
      identityService.clearAuthentication();
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** A request with HTTP Basic credentials (user == null: anonymous). */
  HttpResponse<String> send(String user, String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    return exchange(anonymousClient, request.build());
  }

  HttpResponse<String> get(String user, String path) {
    return send(user, "GET", path, null, null);
  }

  HttpResponse<String> postJson(String user, String path, String json) {
    return send(user, "POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> exchange(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A browser-like client: keeps cookies, does not follow redirects. */
  static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** A multipart deployment of one BPMN file, as Camunda Modeler sends it. */
  HttpResponse<String> deploy(String user, String fileName, String xml) {
    String boundary = "----md" + UUID.randomUUID();
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsecurity-test\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + xml + "\r\n"
        + "--" + boundary + "--\r\n";
    return send(user, "POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
        body.getBytes(StandardCharsets.UTF_8));
  }

  /** A one-file multipart upload of a small PDF, as the dossier page sends it. */
  HttpResponse<String> uploadPdf(String user, String path) {
    String boundary = "----md" + UUID.randomUUID();
    return send(user, "POST", path, "multipart/form-data; boundary=" + boundary,
        multipartPdf(boundary, Documents.pdf("matrix upload " + UUID.randomUUID())));
  }

  /** A multipart body with one part "file" holding the PDF. */
  static byte[] multipartPdf(String boundary, byte[] pdf) {
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"draft.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + pdf.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(pdf, 0, body, head.length, pdf.length);
    System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);
    return body;
  }

  static String bpmn(String processId, String doctype) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"test\">"
        + "<process id=\"" + processId + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
        + "<startEvent id=\"start\"/><sequenceFlow id=\"f\" sourceRef=\"start\" targetRef=\"end\"/>"
        + "<endEvent id=\"end\"/></process></definitions>";
  }
}
