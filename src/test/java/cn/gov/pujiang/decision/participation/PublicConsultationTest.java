package cn.gov.pujiang.decision.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Elements;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The online consultation and the opinion ledger through the service every door uses (Decree 713
 * Art. 15: the period set by the clerk; Art. 18: every opinion studied; Art. 32: the adoption published).
 */
class PublicConsultationTest extends ProcessTestSupport {

  private static final AtomicInteger SOURCES = new AtomicInteger();
  private static final Pattern QUESTION = Pattern.compile("(\\d+) 加 (\\d+) 等于几？");

  @Autowired Consultations consultations;
  @Autowired AbuseGuard guard;
  @Autowired StageRecords stageRecords;
  @Autowired PublicOpinionRepository opinions;
  @Autowired OpinionSummaryPdf summaryPdf;

  record Open(ProcessInstance instance, Consultation consultation, DossierDocument draft, DossierDocument internal) {}

  @Test
  void opensForThePeriodTheClerkSetWithATokenThatIsNotTheDecisionNumber() {
    Open open = openConsultation(15L, "汛期前须完成整治");
    Consultation c = open.consultation();

    assertThat(c.getPublicToken()).matches("[A-Za-z0-9_-]{22}").doesNotContain(c.getDecisionNo());
    assertThat(c.getPeriodDays()).isEqualTo(15);
    assertThat(c.getShortenReason()).isEqualTo("汛期前须完成整治");
    assertThat(c.getClosesAt()).isEqualTo(c.getOpensAt().plusDays(15));
    assertThat(consultations.open()).extracting(Consultation::getPublicToken).contains(c.getPublicToken());
  }

  @Test
  void refusesToOpenOutsideTheNoticeTask() {
    ProcessInstance pi = startParticipation();
    DossierDocument draft = documents.upload(pi.getBusinessKey(), DocumentKind.DRAFT);

    assertRefused(() -> consultations.open(pi.getBusinessKey(), List.of(draft.getId()), "信函：浦江县人民政府", ACTING_USER),
        HttpStatus.CONFLICT, "发布征求意见公告");
  }

  @Test
  void servesOnlyTheDocumentsTheClerkChose() {
    Open open = openConsultation(30L, null);

    assertThat(consultations.publishedDocument(open.consultation(), open.draft().getId()).getId())
        .isEqualTo(open.draft().getId());
    assertRefused(() -> consultations.publishedDocument(open.consultation(), open.internal().getId()),
        HttpStatus.NOT_FOUND, "未找到该公开材料");
    assertRefused(() -> consultations.byToken(open.consultation().getDecisionNo()), HttpStatus.NOT_FOUND, "未找到");
  }

  @Test
  void takesAnOpinionWithAReceiptAndKeepsNameAndContactForTheClerkOnly() {
    Open open = openConsultation(30L, null);
    String token = open.consultation().getPublicToken();

    Consultations.Receipt receipt = submit(token, "建议延长营业时间至晚上九点", source());

    assertThat(receipt.receiptNo()).matches("GY-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}");
    PublicOpinion stored = consultations.byReceipt(receipt.receiptNo().toLowerCase());
    assertThat(stored.getSource()).isEqualTo(OpinionSource.ONLINE);
    assertThat(stored.getAuthorName()).isEqualTo("张三");
    assertThat(stored.isUnanswered()).isTrue();
  }

  @Test
  void refusesAWrongExpiredOrReusedChallengeAndStoresNothing() {
    Open open = openConsultation(30L, null);
    String token = open.consultation().getPublicToken();
    AbuseGuard.Challenge challenge = guard.challenge(token);
    String answer = answer(challenge);

    assertRefused(() -> consultations.submit(token, text("意见一"), challenge.token(), String.valueOf(Integer.parseInt(answer) + 1), source()),
        HttpStatus.BAD_REQUEST, "验证题答案不正确");
    AbuseGuard.Challenge other = guard.challenge(openConsultation(30L, null).consultation().getPublicToken());
    assertRefused(() -> consultations.submit(token, text("意见二"), other.token(), answer(other), source()),
        HttpStatus.BAD_REQUEST, "验证题答案不正确");
    consultations.submit(token, text("意见三"), challenge.token(), answer, source());
    assertRefused(() -> consultations.submit(token, text("意见四"), challenge.token(), answer, source()),
        HttpStatus.BAD_REQUEST, "已使用过");
    AbuseGuard.Challenge late = guard.challenge(token);
    setClock(TEST_START.plusMinutes(31));
    assertRefused(() -> consultations.submit(token, text("意见五"), late.token(), answer(late), source()),
        HttpStatus.BAD_REQUEST, "已过期");

    assertThat(consultations.ledger(open.consultation().getDecisionNo())).extracting(PublicOpinion::getBody)
        .containsExactly("意见三");
  }

  @Test
  void refusesTheSameTextTwiceWhateverItsSpacingAndPunctuation() {
    Open open = openConsultation(30L, null);
    String token = open.consultation().getPublicToken();
    submit(token, "建议增设停车位。", source());

    assertRefused(() -> submit(token, " 建议 增设停车位！ ", source()), HttpStatus.CONFLICT, "相同内容");
    assertThat(consultations.ledger(open.consultation().getDecisionNo())).hasSize(1);
  }

  @Test
  void limitsTheSubmissionsOfOneSource() {
    Open open = openConsultation(30L, null);
    String token = open.consultation().getPublicToken();
    String source = source();
    int limit = consultations.properties().sourceLimit();
    for (int i = 0; i < limit; i++) {
      submit(token, "第" + i + "条意见", source);
    }

    assertRefused(() -> submit(token, "再多一条意见", source), HttpStatus.TOO_MANY_REQUESTS, "过于频繁");
    submit(token, "另一位市民的意见", source());
    assertThat(consultations.ledger(open.consultation().getDecisionNo())).hasSize(limit + 1);
  }

  @Test
  void takesNothingAfterTheDeadlineOnTheEngineClock() {
    Open open = openConsultation(15L, "汛期前须完成整治");
    String token = open.consultation().getPublicToken();
    AbuseGuard.Challenge challenge = guard.challenge(token);
    setClock(TEST_START.plusDays(15));

    assertRefused(() -> consultations.submit(token, text("截止后的意见"), challenge.token(), answer(challenge), source()),
        HttpStatus.CONFLICT, "期限已届满");
    assertThat(consultations.open()).extracting(Consultation::getPublicToken).doesNotContain(token);
    assertThat(consultations.ledger(open.consultation().getDecisionNo())).isEmpty();
  }

  @Test
  void acceptsOnlyAPdfOrImageThatIsWhatItsNameSays() {
    Open open = openConsultation(30L, null);
    String token = open.consultation().getPublicToken();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    assertRefused(() -> submitWith(token, new Consultations.Submission("附件意见一", null, null, "意见.pdf", png)),
        HttpStatus.BAD_REQUEST, "不是PDF格式");
    assertRefused(() -> submitWith(token, new Consultations.Submission("附件意见二", null, null, "意见.docx", png)),
        HttpStatus.BAD_REQUEST, "只接受PDF、JPG或PNG");
    byte[] tooLarge = new byte[(int) consultations.properties().maxAttachment().toBytes() + 1];
    assertRefused(() -> submitWith(token, new Consultations.Submission("附件意见三", null, null, "a.png", tooLarge)),
        HttpStatus.BAD_REQUEST, "大小上限");
    Consultations.Receipt ok = submitWith(token, new Consultations.Submission("附件意见四", null, null, "照片.png", png));

    PublicOpinion stored = consultations.byReceipt(ok.receiptNo());
    assertThat(stored.getAttachmentType()).isEqualTo("image/png");
    assertThat(consultations.attachment(stored.getDecisionNo(), stored.getId())).contains(png);
  }

  @Test
  void participationTasksWaitUntilEveryOpinionIsAnswered() {
    Open open = openConsultation(30L, null);
    ProcessInstance pi = open.instance();
    String no = pi.getBusinessKey();
    Consultations.Receipt online = submit(open.consultation().getPublicToken(), "建议保留早市", source());
    PublicOpinion letter = consultations.enter(no, OpinionSource.LETTER, "来信：反对拆除老菜场", ACTING_USER);
    PublicOpinion spam = consultations.enter(no, OpinionSource.PHONE, "推销广告", ACTING_USER);
    completeNoticeAndPeriod(pi);
    documents.provideForOpenTasks(no);

    assertThatThrownBy(() -> complete(task(), withVariables(Vars.COMMENTS_RECEIVED_COUNT, 3L)))
        .hasMessageContaining("意见台账中还有3条意见未处理");
    assertRefused(() -> consultations.answer(no, letter.getId(), OpinionClass.NOT_ADOPTED, " ", ACTING_USER),
        HttpStatus.BAD_REQUEST, "须说明理由");
    consultations.answer(no, consultations.byReceipt(online.receiptNo()).getId(), OpinionClass.ADOPTED, null, ACTING_USER);
    consultations.answer(no, letter.getId(), OpinionClass.NOT_ADOPTED, "老菜场存在消防隐患，须改造", ACTING_USER);
    assertThatThrownBy(() -> complete(task(), withVariables(Vars.COMMENTS_RECEIVED_COUNT, 3L)))
        .hasMessageContaining("还有1条意见未处理");
    consultations.dismiss(no, spam.getId(), "广告，与本事项无关", ACTING_USER);
    complete(task(), withVariables(Vars.COMMENTS_RECEIVED_COUNT, 3L));

    assertThat(pi).isWaitingAt(Elements.TASK_CONSOLIDATE_OPINIONS);
    consultations.enter(no, OpinionSource.SYMPOSIUM, "座谈会：希望分期施工", ACTING_USER);
    documents.provideForOpenTasks(no);
    assertThatThrownBy(() -> complete(task(Elements.TASK_CONSOLIDATE_OPINIONS), withVariables(
        Vars.PUBLIC_OPINION_ADOPTION_REPORT, "已采纳", Vars.DRAFT_REVISED_AFTER_PARTICIPATION, true)))
        .hasMessageContaining("还有1条意见未处理");
    assertThat(pi).isWaitingAt(Elements.TASK_CONSOLIDATE_OPINIONS);
  }

  @Test
  void showsTheAnswerAndTheGroupedReasonsOnlyOnceTheDecisionIsPublished() {
    Open open = openConsultation(30L, null);
    String no = open.instance().getBusinessKey();
    Consultations.Receipt a = submit(open.consultation().getPublicToken(), "意见甲", source());
    Consultations.Receipt b = submit(open.consultation().getPublicToken(), "意见乙", source());
    consultations.answer(no, consultations.byReceipt(a.receiptNo()).getId(), OpinionClass.NOT_ADOPTED, "与上位法不符", ACTING_USER);
    consultations.answer(no, consultations.byReceipt(b.receiptNo()).getId(), OpinionClass.NOT_ADOPTED, "与上位法不符", ACTING_USER);
    consultations.enter(no, OpinionSource.HEARING, "听证会：赞成", ACTING_USER);

    assertThat(consultations.decisionPublished(open.consultation())).isFalse();
    decisionRegister.moveTo(no, DecisionStatus.EXECUTION);
    assertThat(consultations.decisionPublished(open.consultation())).as("past the stage, not yet published").isFalse();
    published(no);

    assertThat(consultations.decisionPublished(open.consultation())).isTrue();
    OpinionSummary summary = OpinionSummary.of(consultations.ledger(no));
    assertThat(summary.total()).isEqualTo(3);
    assertThat(summary.notAdopted()).isEqualTo(2);
    assertThat(summary.unanswered()).isEqualTo(1);
    assertThat(summary.notAdoptedReasons()).containsExactly(new OpinionSummary.ReasonGroup("不予采纳", "与上位法不符", 2));
    assertRefused(() -> consultations.enter(no, OpinionSource.LETTER, "迟到的来信", ACTING_USER),
        HttpStatus.CONFLICT, "公众参与阶段已结束");
  }

  @Test
  void theSummaryPdfListsEveryOpinionWithItsResultButNoNameOrContact() throws Exception {
    Open open = openConsultation(30L, null);
    String no = open.instance().getBusinessKey();
    Consultations.Receipt r = submit(open.consultation().getPublicToken(), "建议错峰施工", source());
    consultations.answer(no, consultations.byReceipt(r.receiptNo()).getId(), OpinionClass.PARTLY_ADOPTED, "夜间停止施工",
        ACTING_USER);
    consultations.enter(no, OpinionSource.SYMPOSIUM, "座谈会：要求公开补偿标准", ACTING_USER);

    byte[] pdf = summaryPdf.render(no, "测试事项", open.consultation(), consultations.ledger(no), clockNow());

    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains("公众意见汇总及采纳情况", "共收到意见2条", "部分采纳1条", "未处理1条", "建议错峰施工",
          "夜间停止施工", "座谈会", "待处理").doesNotContain("张三", "13800000000");
    }
  }

  private static java.time.OffsetDateTime clockNow() {
    return java.time.OffsetDateTime.now(cn.gov.pujiang.decision.engine.EngineClock.ZONE);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** What RecordPublicationDelegate writes when the publication stage ends with the decision published. */
  private void published(String no) {
    stageRecords.record(no, null, "Task_RecordPublication", "system", DecisionPublicationProcess.STAGE,
        DecisionPublicationProcess.Events.PUBLISHED, "决策已公布");
  }

  private ProcessInstance startParticipation() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("nonPublic", false);
    inputs.put(Vars.HEARING_PLANNED, false);
    inputs.put(Vars.GROUP_CONSULTATION_REQUIRED, false);
    ProcessInstance pi = startStage(PublicParticipationProcess.KEY, TOWN, inputs);
    assertThat(pi).isWaitingAt(Elements.TASK_CHOOSE_METHODS);
    return pi;
  }

  private Open openConsultation(long days, String shortenReason) {
    ProcessInstance pi = startParticipation();
    Map<String, Object> choice = withVariables(Vars.OPEN_COMMENT_CHOSEN, true, Vars.COMMENT_PERIOD_DAYS, days);
    if (shortenReason != null) {
      choice.put(Vars.SHORTEN_REASON, shortenReason);
    }
    complete(task(pi), choice);
    assertThat(pi).isWaitingAt(Elements.TASK_PUBLISH_COMMENT_NOTICE);
    DossierDocument draft = documents.upload(pi.getBusinessKey(), DocumentKind.DRAFT);
    DossierDocument internal = documents.upload(pi.getBusinessKey(), DocumentKind.OTHER);
    Consultation c = consultations.open(pi.getBusinessKey(), List.of(draft.getId()), "来信：浦江县白马镇人民政府\n电话：0579-00000000",
        ACTING_USER);
    return new Open(pi, c, draft, internal);
  }

  private void completeNoticeAndPeriod(ProcessInstance pi) {
    complete(task(Elements.TASK_PUBLISH_COMMENT_NOTICE, pi), withVariables(
        Vars.NOTICE_CHANNEL, "白马镇人民政府网站", Vars.NOTICE_PUBLISHED_ON, TEST_START.toLocalDate().toString()));
    setClock(TEST_START.plusDays(31));
    execute(job(pi));
    assertThat(pi).isWaitingAt(Elements.TASK_COLLECT_PUBLIC_COMMENTS);
  }

  private Consultations.Receipt submit(String token, String text, String source) {
    AbuseGuard.Challenge challenge = guard.challenge(token);
    return consultations.submit(token, new Consultations.Submission(text, "张三", "13800000000", null, null),
        challenge.token(), answer(challenge), source);
  }

  private Consultations.Receipt submitWith(String token, Consultations.Submission submission) {
    AbuseGuard.Challenge challenge = guard.challenge(token);
    return consultations.submit(token, submission, challenge.token(), answer(challenge), source());
  }

  private static Consultations.Submission text(String text) {
    return new Consultations.Submission(text, null, null, null, null);
  }

  /** A distinct client address per call, so that one test's rate counters never touch another's. */
  private static String source() {
    return "198.51.100." + SOURCES.incrementAndGet() + "-" + System.nanoTime();
  }

  static String answer(AbuseGuard.Challenge challenge) {
    Matcher m = QUESTION.matcher(challenge.question());
    assertThat(m.matches()).as(challenge.question()).isTrue();
    return String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)));
  }

  private static void assertRefused(Runnable action, HttpStatus status, String message) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(cn.gov.pujiang.decision.web.Problems.status(e.kind())).isEqualTo(status.value()))
        .hasMessageContaining(message);
  }
}
