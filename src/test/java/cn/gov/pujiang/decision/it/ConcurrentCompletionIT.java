package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.catalogue.Catalogue;
import cn.gov.pujiang.decision.catalogue.CatalogueItem;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Two people act on the same thing at the same moment (the throughput and cluster work), through real HTTP requests
 * to the running application on PostgreSQL: exactly one succeeds, the other gets 409 with a Chinese
 * message and nothing of theirs is saved. The race is made certain, not hoped for: a test-only task
 * listener holds each completion, after it has read the task and before it writes, until the other
 * has arrived too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
@Import(ConcurrentCompletionIT.RaceAtCompletion.class)
class ConcurrentCompletionIT extends ProcessTestSupport {

  private static final String PASSWORD = "demo";
  private static final String SECOND_CLERK = "baima.clerk2";
  /** Armed by a test: both completions wait here for each other (see {@link RaceAtCompletion}). */
  static final AtomicReference<CyclicBarrier> RACE = new AtomicReference<>();

  @LocalServerPort int port;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }

  @BeforeEach
  void aSecondClerkOfTheSameTown() {
    identityService.clearAuthentication();
    if (identityService.createUserQuery().userId(SECOND_CLERK).count() == 0) {
      var user = identityService.newUser(SECOND_CLERK);
      user.setFirstName("第二");
      user.setLastName("承办人");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(SECOND_CLERK, "baima-clerk");
    }
    stages.as(ACTING_USER);
  }

  @AfterEach
  void disarm() {
    RACE.set(null);
  }

  @Test
  void twoClerksCompletingOneTaskAtOnceGiveOneSuccessAndOne409() throws Exception {
    String no = newDecision();
    Task task = taskOf(no, "Task_StudyProposal");

    List<HttpResponse<String>> answers = race(
        () -> post(ACTING_USER, "/engine-rest/task/" + task.getId() + "/complete", completion("第一位承办人：问题属实")),
        () -> post(SECOND_CLERK, "/engine-rest/task/" + task.getId() + "/complete", completion("第二位承办人：问题属实")));

    assertOneWonAndOneGot409(answers);
    String saved = (String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).variableName("studyConclusion").singleResult().getValue();
    String winner = answers.get(0).statusCode() == 204 ? "第一位" : "第二位";
    assertThat(saved).as("only the winner's form is saved").startsWith(winner);
    assertThat(driver.openTaskKeys(no)).containsExactly("Task_DecideInitiation");
  }

  @Test
  void tasklistFormSubmissionsRacingForOneTaskGiveOneSuccessAndOne409() throws Exception {
    String no = newDecision();
    Task task = taskOf(no, "Task_StudyProposal");

    List<HttpResponse<String>> answers = race(
        () -> post(ACTING_USER, "/engine-rest/task/" + task.getId() + "/submit-form", completion("甲：问题属实")),
        () -> post(SECOND_CLERK, "/engine-rest/task/" + task.getId() + "/submit-form", completion("乙：问题属实")));

    assertOneWonAndOneGot409(answers);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
        .taskDefinitionKey("Task_DecideInitiation").count()).as("the process moved on once").isEqualTo(1);
  }

  @Test
  void completingATaskSomeoneElseHasJustCompletedGives409() throws Exception {
    String no = newDecision();
    Task task = taskOf(no, "Task_StudyProposal");

    HttpResponse<String> first = post(ACTING_USER, "/engine-rest/task/" + task.getId() + "/complete",
        completion("问题属实"));
    HttpResponse<String> late = post(SECOND_CLERK, "/engine-rest/task/" + task.getId() + "/submit-form",
        completion("问题属实，已核实"));

    assertThat(first.statusCode()).isEqualTo(204);
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(json.readTree(late.body()).path("message").asText()).contains("已由他人").contains("未保存");
  }

  @Test
  void aTaskIdThatNeverExistedIsStillNotAConflict() throws Exception {
    HttpResponse<String> answer = post(ACTING_USER, "/engine-rest/task/no-such-task/complete", completion("问题属实"));

    assertThat(answer.statusCode()).isNotEqualTo(409).isGreaterThanOrEqualTo(400);
  }

  @Test
  void twoClerksSavingOneCatalogueItemAtOnceGiveOneSuccessAndOne409() throws Exception {
    int year = freeCatalogueYear();
    identityService.clearAuthentication();
    Catalogue catalogue = catalogues.open(TOWN, year);
    CatalogueItem item = catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("文化礼堂提升工程", year));
    stages.as(ACTING_USER);
    String path = "/api/catalogue-items/" + item.getId();

    List<HttpResponse<String>> answers = concurrently(
        () -> put(ACTING_USER, path, itemEdit("文化礼堂提升工程（甲修改）", year)),
        () -> put(SECOND_CLERK, path, itemEdit("文化礼堂提升工程（乙修改）", year)));

    List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
    assertThat(statuses).containsExactly(200, 409);
    HttpResponse<String> lost = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
    assertThat(json.readTree(lost.body()).path("message").asText()).contains("已被他人修改");
    String kept = catalogueItems.item(item.getId()).getTitle();
    HttpResponse<String> won = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
    assertThat(kept).isEqualTo(json.readTree(won.body()).path("title").asText());
  }

  private void assertOneWonAndOneGot409(List<HttpResponse<String>> answers) throws Exception {
    assertThat(RACE.get().isBroken()).as("both requests met inside the engine before either wrote").isFalse();
    List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
    assertThat(statuses).as(answers.stream().map(HttpResponse::body).toList().toString()).containsExactly(204, 409);
    HttpResponse<String> lost = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
    JsonNode body = json.readTree(lost.body());
    assertThat(body.path("type").asText()).isEqualTo("TaskAlreadyCompleted");
    assertThat(body.path("message").asText()).contains("已由他人").contains("您的提交未保存");
  }

  private String newDecision() {
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN)));
    return no;
  }

  private Task taskOf(String no, String key) {
    return driver.task(no, key);
  }

  private int freeCatalogueYear() {
    return catalogueRepository.findAll().stream().mapToInt(Catalogue::getYear).max().orElse(2030) + 1;
  }

  private static String completion(String conclusion) {
    return "{\"variables\":{\"studyConclusion\":{\"value\":\"" + conclusion + "\",\"type\":\"String\"}}}";
  }

  private String itemEdit(String title, int year) throws Exception {
    return json.writeValueAsString(Map.of(
        "title", title, "organisingUnit", "经济发展办公室", "legalBasis", "《重大行政决策程序暂行条例》第三条",
        "plannedProcedures", List.of("PUBLIC_PARTICIPATION"), "plannedCompletion", year + "-12-31", "version", 0));
  }

  /** Both requests, each on its own thread; both must reach the engine's completion together. */
  private List<HttpResponse<String>> race(Request first, Request second) throws Exception {
    RACE.set(new CyclicBarrier(2));
    return concurrently(first, second);
  }

  private List<HttpResponse<String>> concurrently(Request first, Request second) throws Exception {
    CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(first::send);
    CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(second::send);
    List<HttpResponse<String>> answers = new ArrayList<>();
    answers.add(a.get(60, TimeUnit.SECONDS));
    answers.add(b.get(60, TimeUnit.SECONDS));
    return answers;
  }

  @FunctionalInterface
  interface Request {
    HttpResponse<String> call() throws Exception;

    default HttpResponse<String> send() {
      try {
        return call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private HttpResponse<String> post(String user, String path, String body) throws Exception {
    return http.send(request(user, path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> put(String user, String path, String body) throws Exception {
    return http.send(request(user, path).PUT(HttpRequest.BodyPublishers.ofString(body)).header("If-Match", "\"0\"")
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Test only: a complete listener on every user task that, while a test has armed {@link #RACE},
   * holds the completion until the rival request has reached the same point (or 10 s have passed).
   */
  @TestConfiguration
  static class RaceAtCompletion {

    @Bean
    ProcessEnginePlugin raceAtTaskCompletion() {
      TaskListener awaitRival = task -> awaitRival();
      return new AbstractProcessEnginePlugin() {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
          if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
          }
          configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
              ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                  .addTaskListener(TaskListener.EVENTNAME_COMPLETE, awaitRival);
            }
          });
        }
      };
    }

    private static void awaitRival() {
      CyclicBarrier barrier = RACE.get();
      if (barrier == null) {
        return;
      }
      try {
        barrier.await(10, TimeUnit.SECONDS);
      } catch (TimeoutException | BrokenBarrierException e) {
        // The rival never came: the test sees the broken barrier and fails.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
