package cn.gov.pujiang.decision.participation;

import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.organisation.Unit;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.engine.EngineClock;
import org.springframework.http.ProblemDetail;
import cn.gov.pujiang.decision.refusal.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The anonymous public API behind /public/ (Decree 713 Art. 15, 18, 32; docs/public-participation.md).
 * It answers only with what is published: the consultation's chosen documents, period, unit and other
 * ways to comment, and after publication the adoption summary. No opinion text, name, contact, user id or
 * internal record leaves through it; consultations are addressed by a random token, opinions by a
 * random receipt number.
 */
@RestController
@RequestMapping("/api/public")
@Tag(name = "公众参与（公开）", description = "无需登录：正在征求意见的事项、提交意见、凭回执号查询处理结果、采纳情况")
@ApiResponse(responseCode = "400", description = "输入有误，message 为中文说明",
    content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "事项、材料或回执号不存在",
    content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
public class PublicConsultationController {

  private final Consultations consultations;
  private final UnitRepository units;
  private final AbuseGuard guard;
  private final EngineClock clock;

  public PublicConsultationController(Consultations consultations, UnitRepository units, AbuseGuard guard,
      EngineClock clock) {
    this.consultations = consultations;
    this.units = units;
    this.guard = guard;
    this.clock = clock;
  }

  @Schema(name = "PublicConsultationSummary", description = "征求意见事项（列表中的一条）")
  public record SummaryView(
      @Schema(description = "事项的公开编号（随机，不可猜测）") String id,
      String title,
      @Schema(description = "决策承办单位") String unit,
      OffsetDateTime opensAt,
      @Schema(description = "截止时间（此刻起不再接收意见）") OffsetDateTime closesAt,
      boolean open,
      @Schema(description = "决策已公布，可查看意见采纳情况") boolean answered) {}

  @Schema(name = "PublicDocument", description = "公开的征求意见材料")
  public record DocumentView(long id, String kindLabel, String fileName, String contentType, long sizeBytes,
      String downloadUrl) {}

  @Schema(name = "PublicConsultation", description = "征求意见事项的公开内容")
  public record ConsultationView(
      String id,
      String title,
      String unit,
      OffsetDateTime opensAt,
      OffsetDateTime closesAt,
      int periodDays,
      @Schema(description = "期限少于30日的理由（第十五条），无则为空") String shortenReason,
      boolean open,
      @Schema(description = "其他提出意见的方式（信函、电话等）") String otherWays,
      List<DocumentView> documents,
      @Schema(description = "允许的附件类型") List<String> attachmentTypes,
      long maxAttachmentBytes,
      int maxTextChars,
      @Schema(description = "决策公布后的意见采纳情况；公布前为空") AdoptionView adoption) {}

  @Schema(name = "PublicAdoption", description = "意见采纳情况（第三十二条），不含个人信息和意见原文")
  public record AdoptionView(int total, int adopted, int partlyAdopted, int notAdopted, int outOfScope, int dismissed,
      List<OpinionSummary.ReasonGroup> notAdoptedReasons) {}

  @Schema(name = "PublicChallenge", description = "验证题：提交意见时连同 token 一起回答")
  public record ChallengeView(String question, String token) {}

  @Schema(name = "PublicReceipt", description = "意见回执")
  public record ReceiptView(@Schema(description = "回执号，请妥善保存，用于查询处理结果") String receiptNo,
      OffsetDateTime receivedAt) {}

  @Schema(name = "PublicOpinionStatus", description = "凭回执号查询的意见处理情况")
  public record StatusView(String receiptNo, String consultationId, String title, OffsetDateTime receivedAt,
      @Schema(description = "已收到 / 处理中 / 已答复") String state,
      @Schema(description = "处理结果（决策公布后显示）") String result,
      @Schema(description = "理由（决策公布后显示）") String reason) {}

  @Operation(summary = "正在征求意见的事项", description = "全县及各乡镇正在公开征求意见的事项，截止时间早的在前")
  @GetMapping("/consultations")
  public ResponseEntity<List<SummaryView>> list() {
    OffsetDateTime now = clock.now();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(consultations.open().stream().map(c -> summary(c, now)).toList());
  }

  @Operation(summary = "已公布采纳情况的事项", description = "决策已公布、可查看意见采纳情况的事项")
  @GetMapping("/consultations/answered")
  public List<SummaryView> answered() {
    OffsetDateTime now = clock.now();
    return consultations.answered().stream().map(c -> summary(c, now)).toList();
  }

  @Operation(summary = "征求意见事项", description = "公开的材料、期限、承办单位、其他提出意见的方式；决策公布后含采纳情况")
  @GetMapping("/consultations/{id}")
  public ConsultationView get(@PathVariable String id) {
    Consultation c = consultations.byToken(id);
    AdoptionView adoption = null;
    if (consultations.decisionPublished(c)) {
      OpinionSummary s = OpinionSummary.of(consultations.ledger(c.getDecisionNo()));
      adoption = new AdoptionView(s.total(), s.adopted(), s.partlyAdopted(), s.notAdopted(), s.outOfScope(),
          s.dismissed(), s.notAdoptedReasons());
    }
    List<DocumentView> documents = consultations.publishedDocuments(c).stream().map(d -> document(c, d)).toList();
    return new ConsultationView(c.getPublicToken(), c.getTitle(), unitName(c.getUnitCode()), c.getOpensAt(),
        c.getClosesAt(), c.getPeriodDays(), c.getShortenReason(), c.isOpenAt(clock.now()), c.getOtherWays(), documents,
        Consultations.ATTACHMENT_TYPES.stream().map(t -> t.code()).sorted().toList(),
        consultations.properties().maxAttachment().toBytes(), consultations.properties().maxTextChars(), adoption);
  }

  @Operation(summary = "下载公开材料", description = "只能下载该事项公开的材料")
  @ApiResponse(responseCode = "200", description = "文件内容", content = @Content(mediaType = "application/octet-stream"))
  @GetMapping("/consultations/{id}/documents/{documentId}")
  public ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable long documentId) {
    Consultation c = consultations.byToken(id);
    DossierDocument d = consultations.publishedDocument(c, documentId);
    byte[] content = consultations.content(d);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(d.getContentType()))
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(d.getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }

  @Operation(summary = "取得验证题", description = "简单算术题，答案由服务器签名，30分钟内有效，只能使用一次")
  @GetMapping("/consultations/{id}/challenge")
  public ResponseEntity<ChallengeView> challenge(@PathVariable String id) {
    Consultation c = consultations.byToken(id);
    AbuseGuard.Challenge challenge = guard.challenge(c.getPublicToken());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(new ChallengeView(challenge.question(), challenge.token()));
  }

  @Operation(summary = "提交意见", description = "multipart/form-data：text（必填）、name、contact（选填，仅供承办单位联系，"
      + "不公开）、file（选填，PDF/JPG/PNG）、challengeToken 与 challengeAnswer（验证题）。"
      + "须来自本站页面（同源检查）；按来源和事项限制频率；相同内容不重复接收。")
  @ApiResponse(responseCode = "201", description = "已收到，返回回执号")
  @ApiResponse(responseCode = "403", description = "不是从本站页面提交",
      content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "征求意见期限已届满，或相同内容已提交",
      content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "429", description = "提交过于频繁",
      content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/consultations/{id}/opinions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ReceiptView> submit(
      @PathVariable String id,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String contact,
      @RequestParam(required = false) String challengeToken,
      @RequestParam(required = false) String challengeAnswer,
      @RequestPart(name = "file", required = false) MultipartFile file,
      HttpServletRequest request) throws IOException {
    SameOrigin.require(request);
    byte[] attachment = file == null || file.isEmpty() ? null : file.getBytes();
    Consultations.Receipt receipt = consultations.submit(id,
        new Consultations.Submission(text, name, contact, file == null ? null : file.getOriginalFilename(), attachment),
        challengeToken, challengeAnswer, request.getRemoteAddr());
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
        .location(URI.create("/api/public/receipts/" + receipt.receiptNo()))
        .body(new ReceiptView(receipt.receiptNo(), receipt.receivedAt()));
  }

  @Operation(summary = "凭回执号查询意见处理情况", description = "决策公布后显示处理结果和理由；不予处理的意见不作答复")
  @GetMapping("/receipts/{receiptNo}")
  public ResponseEntity<StatusView> receipt(@PathVariable String receiptNo) {
    PublicOpinion o = consultations.byReceipt(receiptNo);
    Consultation c = consultations.ofOpinion(o);
    boolean published = consultations.decisionPublished(c);
    String state;
    String result = null;
    String reason = null;
    if (published && o.getClassification() != null) {
      state = "已答复";
      result = o.getClassification().label();
      reason = o.getReason();
    } else if (published && o.isDismissed()) {
      state = "已办结";
    } else {
      state = c.isOpenAt(clock.now()) ? "已收到" : "处理中";
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(new StatusView(o.getReceiptNo(), c.getPublicToken(), c.getTitle(), o.getReceivedAt(), state, result, reason));
  }

  private SummaryView summary(Consultation c, OffsetDateTime now) {
    return new SummaryView(c.getPublicToken(), c.getTitle(), unitName(c.getUnitCode()), c.getOpensAt(), c.getClosesAt(),
        c.isOpenAt(now), consultations.decisionPublished(c));
  }

  private DocumentView document(Consultation c, DossierDocument d) {
    return new DocumentView(d.getId(), d.getKind().label(), d.getFileName(), d.getContentType(), d.getSizeBytes(),
        "/api/public/consultations/" + c.getPublicToken() + "/documents/" + d.getId());
  }

  private String unitName(String code) {
    return units.findById(code).map(Unit::getName).orElse(code);
  }
}
