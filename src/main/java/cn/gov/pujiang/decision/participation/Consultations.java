package cn.gov.pujiang.decision.participation;

import cn.gov.pujiang.decision.dossier.Dossier;
import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.dossier.FileType;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Elements;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureRules;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The online public consultation of a decision and its opinion ledger (意见台账), Decree 713 Art. 14-18
 * and 32 (docs/public-participation.md, ADR 0021). One home for the rules every door uses: the public
 * API, the clerk's API and the completion checks of the participation tasks.
 */
@Service
@EnableConfigurationProperties(PublicParticipationProperties.class)
public class Consultations {

  /** Attachments the public may send: what the dossier accepts, narrowed to PDF and images. */
  static final Set<FileType> ATTACHMENT_TYPES = Set.of(FileType.PDF, FileType.JPG, FileType.PNG);
  static final int MAX_OTHER_WAYS = 2000;
  static final int MAX_REASON = 2000;

  private final ConsultationRepository consultations;
  private final PublicOpinionRepository opinions;
  private final DecisionRegister register;
  private final Dossier dossier;
  private final TaskService taskService;
  private final EngineClock clock;
  private final ProcedureRules rules;
  private final AbuseGuard guard;
  private final PublicParticipationProperties properties;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;
  private final StageRecords records;

  public Consultations(ConsultationRepository consultations, PublicOpinionRepository opinions,
      DecisionRegister register, Dossier dossier, TaskService taskService, EngineClock clock, ProcedureRules rules,
      AbuseGuard guard, PublicParticipationProperties properties, PlatformTransactionManager transactionManager,
      JdbcTemplate jdbc, StageRecords records) {
    this.jdbc = jdbc;
    this.records = records;
    this.consultations = consultations;
    this.opinions = opinions;
    this.register = register;
    this.dossier = dossier;
    this.taskService = taskService;
    this.clock = clock;
    this.rules = rules;
    this.guard = guard;
    this.properties = properties;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** What the public may submit: text required, the rest optional; {@code attachment} may be null. */
  public record Submission(String text, String name, String contact, String attachmentName, byte[] attachment) {}

  /** A citizen's opinion as received; the receipt number is the only way back to it. */
  public record Receipt(String receiptNo, OffsetDateTime receivedAt) {}

  // ---- clerk ---------------------------------------------------------------------------------

  /**
   * Publishes the consultation online while 发布征求意见公告 is open: the period is the one the clerk set
   * when choosing the methods (commentPeriodDays, with the Art. 15 reason when shorter than the
   * minimum), counted from now on the engine clock, so it ends no later than the engine's own timer
   * (which starts when the notice task is completed).
   */
  public Consultation open(String decisionNo, List<Long> documentIds, String otherWays, String openedBy) {
    return transactions.execute(status -> {
      Decision decision = register.get(decisionNo);
      if (consultations.findByDecisionNo(decisionNo).isPresent()) {
        throw Refusal.conflict("CONSULTATION_EXISTS", "该决策已在网上公开征求意见，不能重复发布");
      }
      Task notice = taskService.createTaskQuery().processInstanceBusinessKey(decisionNo)
          .taskDefinitionKey(Elements.TASK_PUBLISH_COMMENT_NOTICE).active().singleResult();
      if (notice == null) {
        throw Refusal.conflict("NOT_IN_NOTICE_STAGE",
            "只能在“发布征求意见公告”任务办理期间发布网上征求意见（第十五条）");
      }
      Object daysValue = taskService.getVariable(notice.getId(), Vars.COMMENT_PERIOD_DAYS);
      int days = daysValue instanceof Number n ? n.intValue() : 0;
      if (days < 1) {
        throw Refusal.conflict("NO_COMMENT_PERIOD", "尚未确定征求意见期限，请先在“确定公众参与方式”中填写");
      }
      Object reason = taskService.getVariable(notice.getId(), Vars.SHORTEN_REASON);
      String shortenReason = days < rules.getMinCommentPeriodDays() && reason != null ? reason.toString() : null;
      if (otherWays == null || otherWays.isBlank()) {
        throw Refusal.invalid("otherWays", "请填写其他提出意见的方式（如通信地址、电话），便于不上网的群众参与（第十五条）");
      }
      if (otherWays.length() > MAX_OTHER_WAYS) {
        throw Refusal.invalid("otherWays", "其他提出意见的方式最多" + MAX_OTHER_WAYS + "字");
      }
      if (documentIds == null || documentIds.isEmpty()) {
        throw Refusal.invalid("documentIds", "请至少选择一份公开的材料（决策草案及其说明，第十五条）");
      }
      for (Long id : documentIds) {
        dossier.document(decisionNo, id);
      }
      return consultations.save(new Consultation(AbuseGuard.randomToken(16), decisionNo, decision.getUnitCode(),
          decision.getTitle(), List.copyOf(documentIds), otherWays.trim(), days, shortenReason, clock.now(), openedBy));
    });
  }

  public java.util.Optional<Consultation> ofDecision(String decisionNo) {
    return consultations.findByDecisionNo(decisionNo);
  }

  public List<PublicOpinion> ledger(String decisionNo) {
    return opinions.findByDecisionNoOrderByReceivedAtAscIdAsc(decisionNo);
  }

  /** An opinion the clerk received another way (letter, call, symposium, hearing). */
  public PublicOpinion enter(String decisionNo, OpinionSource source, String text, String enteredBy) {
    if (source == null || source == OpinionSource.ONLINE) {
      throw Refusal.invalid("source", "请选择意见来源（来信、来电、座谈会、听证会或其他方式）");
    }
    String body = text(text);
    return transactions.execute(status -> {
      register.get(decisionNo);
      requireLedgerOpen(decisionNo);
      return opinions.save(new PublicOpinion(decisionNo, null, source, body, null, null, hash(body), clock.now(),
          enteredBy));
    });
  }

  /** 采纳 / 部分采纳 / 不予采纳 / 不属于本决策事项, with a reason except for 采纳. */
  public PublicOpinion answer(String decisionNo, long opinionId, OpinionClass classification, String reason, String by) {
    if (classification == null) {
      throw Refusal.invalid("classification", "请选择处理结果：采纳、部分采纳、不予采纳或不属于本决策事项");
    }
    String why = reason == null ? "" : reason.trim();
    if (classification.reasonRequired() && why.isEmpty()) {
      throw Refusal.invalid("reason", "“" + classification.label() + "”须说明理由（第十八条）");
    }
    if (why.length() > MAX_REASON) {
      throw Refusal.invalid("reason", "理由最多" + MAX_REASON + "字");
    }
    return transactions.execute(status -> {
      requireLedgerOpen(decisionNo);
      PublicOpinion opinion = opinion(decisionNo, opinionId);
      opinion.answer(classification, why.isEmpty() ? null : why, by, clock.now());
      return opinions.save(opinion);
    });
  }

  /** 不予处理 (abusive or off-topic): kept and counted, never answered to the public. */
  public PublicOpinion dismiss(String decisionNo, long opinionId, String reason, String by) {
    String why = reason == null ? "" : reason.trim();
    if (why.isEmpty()) {
      throw Refusal.invalid("reason", "不予处理须说明理由（如辱骂、广告、与本事项无关）");
    }
    if (why.length() > MAX_REASON) {
      throw Refusal.invalid("reason", "理由最多" + MAX_REASON + "字");
    }
    return transactions.execute(status -> {
      requireLedgerOpen(decisionNo);
      PublicOpinion opinion = opinion(decisionNo, opinionId);
      opinion.dismiss(why, by, clock.now());
      return opinions.save(opinion);
    });
  }

  /** How many opinions of the decision are neither answered nor dismissed. */
  public long unanswered(String decisionNo) {
    return opinions.countByDecisionNoAndClassificationIsNullAndDismissedFalse(decisionNo);
  }

  // ---- public --------------------------------------------------------------------------------

  /** Consultations still taking opinions (engine clock), soonest deadline first. */
  public List<Consultation> open() {
    OffsetDateTime now = clock.now();
    return consultations.findByClosesAtAfterOrderByClosesAtAsc(now).stream().filter(c -> c.isOpenAt(now)).toList();
  }

  /** Consultations whose decision has been published: their adoption summary is public (Art. 32). */
  public List<Consultation> answered() {
    return consultations.findAllByOrderByOpensAtDesc().stream().filter(this::decisionPublished).toList();
  }

  /** The consultation by its public token; 404 for any other string. */
  public Consultation byToken(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{22}")) {
      throw Refusal.notFound("未找到该征求意见事项");
    }
    return consultations.findByPublicToken(token).orElseThrow(() -> Refusal.notFound("未找到该征求意见事项"));
  }

  /** A published document of the consultation; any other document id is 404, even of the same decision. */
  public DossierDocument publishedDocument(Consultation consultation, long documentId) {
    if (!consultation.documentIdList().contains(documentId)) {
      throw Refusal.notFound("未找到该公开材料");
    }
    return dossier.document(consultation.getDecisionNo(), documentId);
  }

  public List<DossierDocument> publishedDocuments(Consultation consultation) {
    return consultation.documentIdList().stream().map(id -> dossier.document(consultation.getDecisionNo(), id)).toList();
  }

  public byte[] content(DossierDocument document) {
    return dossier.content(document);
  }

  /**
   * Takes a citizen's opinion: the period (engine clock), the form's limits, the challenge, the rate
   * limits, then the duplicate check. Checks that cost nothing come first; nothing is stored from a
   * refused submission (the rate counters count attempts by design).
   */
  public Receipt submit(String token, Submission submission, String challengeToken, String challengeAnswer,
      String source) {
    Consultation consultation = byToken(token);
    if (!consultation.isOpenAt(clock.now())) {
      throw Refusal.conflict("CONSULTATION_CLOSED", "征求意见期限已届满，不再接收意见");
    }
    String body = text(submission.text());
    String name = optional(submission.name(), 100, "name", "姓名");
    String contact = optional(submission.contact(), 200, "contact", "联系方式");
    FileType attachmentType = attachmentType(submission.attachmentName(), submission.attachment());
    guard.checkChallenge(token, challengeToken, challengeAnswer);
    guard.checkRate(source, token);
    String hash = hash(body);
    String decisionNo = consultation.getDecisionNo();
    try {
      return transactions.execute(status -> {
        if (opinions.existsByDecisionNoAndTextHash(decisionNo, hash)) {
          throw Refusal.conflict("DUPLICATE_OPINION", "相同内容的意见已经提交过，无需重复提交");
        }
        String receiptNo = receiptNo();
        PublicOpinion opinion = new PublicOpinion(decisionNo, receiptNo, OpinionSource.ONLINE, body, name, contact, hash,
            clock.now(), null);
        if (attachmentType != null) {
          opinion.attach(attachmentFileName(submission.attachmentName()), attachmentType.contentType());
        }
        opinions.saveAndFlush(opinion);
        if (attachmentType != null) {
          // The bytes stay out of the entity so that listing a ledger never loads them.
          jdbc.update("update md_public_opinion set attachment = ? where id = ?", submission.attachment(), opinion.getId());
        }
        return new Receipt(receiptNo, opinion.getReceivedAt());
      });
    } catch (DataIntegrityViolationException e) {
      throw Refusal.conflict("CONCURRENT_SUBMISSION", "提交未成功，请重新提交");
    }
  }

  /** An opinion by its receipt number; 404 for anything else, including a dismissed opinion's answer. */
  public PublicOpinion byReceipt(String receiptNo) {
    String normalised = receiptNo == null ? "" : receiptNo.trim().toUpperCase(Locale.ROOT);
    if (!normalised.matches("GY-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}")) {
      throw Refusal.notFound("未找到该回执号对应的意见，请核对回执号");
    }
    return opinions.findByReceiptNo(normalised).orElseThrow(() -> Refusal.notFound("未找到该回执号对应的意见，请核对回执号"));
  }

  /**
   * The decision has been published (Art. 32): its publication stage recorded PUBLISHED. A decision kept
   * unpublished on a legal basis (NOT_PUBLISHED) never shows its answers.
   */
  public boolean decisionPublished(Consultation consultation) {
    return records.events(consultation.getDecisionNo(), DecisionPublicationProcess.Events.PUBLISHED).stream()
        .anyMatch(r -> DecisionPublicationProcess.STAGE.equals(r.getStage()));
  }

  public Consultation ofOpinion(PublicOpinion opinion) {
    return consultations.findByDecisionNo(opinion.getDecisionNo()).orElseThrow();
  }

  /** The attachment's bytes of an opinion of the decision, if it has one. */
  public java.util.Optional<byte[]> attachment(String decisionNo, long opinionId) {
    return java.util.Optional.ofNullable(jdbc.query(
        "select attachment from md_public_opinion where id = ? and decision_no = ? and attachment is not null",
        rs -> rs.next() ? rs.getBytes(1) : null, opinionId, decisionNo));
  }

  public PublicParticipationProperties properties() {
    return properties;
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** The ledger can be changed while the decision is in its procedures stage (participation). */
  private void requireLedgerOpen(String decisionNo) {
    DecisionStatus status = register.get(decisionNo).getStatus();
    if (status.ordinal() > DecisionStatus.PROCEDURES.ordinal()) {
      throw Refusal.conflict("LEDGER_CLOSED", "公众参与阶段已结束，意见台账不能再修改");
    }
  }

  private PublicOpinion opinion(String decisionNo, long id) {
    return opinions.findByIdAndDecisionNo(id, decisionNo).orElseThrow(() -> Refusal.notFound("意见台账中没有该条意见"));
  }

  private String text(String text) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw Refusal.invalid("text", "请填写意见内容");
    }
    if (body.length() > properties.maxTextChars()) {
      throw Refusal.invalid("text", "意见内容最多" + properties.maxTextChars() + "字，较长的内容可作为附件上传");
    }
    return body;
  }

  private static String optional(String value, int max, String field, String label) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw Refusal.invalid(field, label + "最多" + max + "字");
    }
    return trimmed;
  }

  private FileType attachmentType(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      return null;
    }
    if (content.length > properties.maxAttachment().toBytes()) {
      throw Refusal.invalid("file", "附件超过" + properties.maxAttachment().toMegabytes() + "MB的大小上限");
    }
    FileType type = FileType.byExtension(fileName == null ? "" : fileName)
        .filter(ATTACHMENT_TYPES::contains)
        .orElseThrow(() -> Refusal.invalid("file", "附件只接受PDF、JPG或PNG文件"));
    if (!type.matches(content)) {
      throw Refusal.invalid("file", "附件内容不是" + type.code().toUpperCase(Locale.ROOT) + "格式，与文件名不符");
    }
    return type;
  }

  private static String attachmentFileName(String original) {
    String name = original.replaceAll("\\p{Cntrl}", "");
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
  }

  /**
   * SHA-256 of the text with Unicode compatibility forms folded (full-width letters, digits), case,
   * whitespace and punctuation removed: the same opinion pasted twice with other spacing is the same.
   */
  static String hash(String text) {
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\p{P}\\p{S}]", "");
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** GY-XXXX-XXXX-XXXX-XXXX: 80 random bits in Base32 (no 0/1/8/9, easy to read out on the phone). */
  static String receiptNo() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    byte[] bytes = AbuseGuard.randomBytes(16);
    StringBuilder out = new StringBuilder("GY");
    for (int i = 0; i < 16; i++) {
      if (i % 4 == 0) {
        out.append('-');
      }
      out.append(alphabet.charAt((bytes[i] & 0xFF) % 32));
    }
    return out.toString();
  }
}
