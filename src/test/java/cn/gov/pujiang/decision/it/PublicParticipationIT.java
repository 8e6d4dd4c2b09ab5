package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.participation.AbuseGuard;
import cn.gov.pujiang.decision.participation.ConsultationFixture;
import cn.gov.pujiang.decision.participation.ConsultationFixture.Opened;
import cn.gov.pujiang.decision.participation.Consultations;
import cn.gov.pujiang.decision.participation.OpinionClass;
import cn.gov.pujiang.decision.participation.PublicConsultationController;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import cn.gov.pujiang.decision.support.TestUsers;
import cn.gov.pujiang.decision.refusal.Refusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Public participation on real PostgreSQL (migration V15, ADR 0021): the rate counters hold under
 * concurrent hits as two nodes would send them, nothing is taken after the period (engine clock), and the
 * public API shows nothing unpublished.
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class PublicParticipationIT extends ProcessTestSupport {

  @Autowired Consultations consultations;
  @Autowired AbuseGuard guard;
  @Autowired StageRecords stageRecords;
  @Autowired PublicConsultationController publicApi;
  @Autowired ObjectMapper json;
  @Autowired DataSource dataSource;

  private Opened open(long days, String reason) {
    return TestUsers.asEngine(identityService, () -> ConsultationFixture.open(processEngine, decisionRegister,
        consultations, TOWN, "公众参与PostgreSQL测试事项", days, reason));
  }

  @Test
  void aCounterLetsExactlyTheLimitThroughUnderConcurrentHits() throws Exception {
    String bucket = "it:" + UUID.randomUUID();
    Instant window = Instant.parse("2026-03-02T01:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> hits = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        hits.add(() -> countViaGuard(bucket, window, 5));
      }
      int passed = 0;
      for (Future<Boolean> f : pool.invokeAll(hits)) {
        passed += f.get() ? 1 : 0;
      }
      assertThat(passed).isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
    assertThat(new JdbcTemplate(dataSource).queryForObject(
        "select hits from md_public_rate where bucket = ?", Integer.class, bucket)).isEqualTo(5);
  }

  @Test
  void oneSourceIsLimitedAndAnotherIsNot() {
    Opened o = open(30L, null);
    String token = o.consultation().getPublicToken();
    String source = "203.0.113.7-" + UUID.randomUUID();
    int limit = consultations.properties().sourceLimit();
    for (int i = 0; i < limit; i++) {
      submit(token, "PostgreSQL限流意见" + i, source);
    }

    assertThatThrownBy(() -> submit(token, "超出限额的意见", source))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.TOO_MANY));
    submit(token, "另一来源的意见", "203.0.113.8-" + UUID.randomUUID());
    assertThat(consultations.ledger(o.decisionNo())).hasSize(limit + 1);
  }

  @Test
  void takesNothingOnceThePeriodIsOverOnTheEngineClock() {
    Opened o = open(15L, "汛期前须完成整治");
    String token = o.consultation().getPublicToken();
    AbuseGuard.Challenge challenge = guard.challenge(token);
    setClock(TEST_START.plusDays(15).minusMinutes(1));
    submit(token, "截止前一分钟的意见", "203.0.113.9-" + UUID.randomUUID());
    setClock(TEST_START.plusDays(15));

    assertThatThrownBy(() -> consultations.submit(token, new Consultations.Submission("截止时的意见", null, null, null, null),
            challenge.token(), ConsultationFixture.answer(challenge.question()), "203.0.113.10"))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT))
        .hasMessageContaining("期限已届满");
    assertThat(consultations.ledger(o.decisionNo())).hasSize(1);
    assertThat(json(publicApi.get(token))).contains("\"open\":false");
  }

  @Test
  void thePublicApiShowsNothingUnpublished() throws Exception {
    Opened o = open(30L, null);
    String token = o.consultation().getPublicToken();
    AbuseGuard.Challenge challenge = guard.challenge(token);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1};
    Consultations.Receipt receipt = consultations.submit(token,
        new Consultations.Submission("请公开收费标准测算依据", "钱七", "qq@example.cn", "photo.png", png),
        challenge.token(), ConsultationFixture.answer(challenge.question()), "203.0.113.11-" + UUID.randomUUID());
    long id = consultations.byReceipt(receipt.receiptNo()).getId();
    consultations.answer(o.decisionNo(), id, OpinionClass.NOT_ADOPTED, "收费标准另行公开", "baima.clerk");

    String page = json(publicApi.get(token));
    String beforePublication = json(publicApi.receipt(receipt.receiptNo()).getBody());
    String list = json(publicApi.list().getBody());

    for (String body : List.of(page, beforePublication, list)) {
      assertThat(body).doesNotContain(o.decisionNo(), "钱七", "qq@example.cn", "baima.clerk", "请公开收费标准测算依据",
          o.instance().getId(), "\"" + o.internal().getId() + "\"", o.internal().getFileName());
    }
    assertThat(page).contains("\"adoption\":null");
    assertThat(beforePublication).doesNotContain("收费标准另行公开", "不予采纳");
    assertThatThrownBy(() -> publicApi.document(token, o.internal().getId())).isInstanceOf(Refusal.class);
    assertThat(consultations.attachment(o.decisionNo(), id)).contains(png);
    assertThat(new JdbcTemplate(dataSource).queryForObject("select data_type from information_schema.columns"
        + " where table_name = 'md_public_opinion' and column_name = 'attachment'", String.class)).isEqualTo("bytea");

    published(o.decisionNo());

    String afterPublication = json(publicApi.receipt(receipt.receiptNo()).getBody());
    assertThat(afterPublication).contains("不予采纳", "收费标准另行公开").doesNotContain("钱七", o.decisionNo());
    assertThat(json(publicApi.get(token))).contains("\"notAdopted\":1", "收费标准另行公开").doesNotContain("钱七");
  }

  /** What RecordPublicationDelegate writes when the publication stage ends with the decision published. */
  private void published(String no) {
    stageRecords.record(no, null, "Task_RecordPublication", "system", DecisionPublicationProcess.STAGE,
        DecisionPublicationProcess.Events.PUBLISHED, "决策已公布");
  }

  private boolean countViaGuard(String bucket, Instant window, int limit) {
    return guard.count(bucket, window, limit);
  }

  private Consultations.Receipt submit(String token, String text, String source) {
    AbuseGuard.Challenge challenge = guard.challenge(token);
    return consultations.submit(token, new Consultations.Submission(text, null, null, null, null), challenge.token(),
        ConsultationFixture.answer(challenge.question()), source);
  }

  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
