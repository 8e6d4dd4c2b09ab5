package cn.gov.pujiang.decision.participation;

import cn.gov.pujiang.decision.dossier.Dossier;
import cn.gov.pujiang.decision.dossier.DossierAccess;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.security.UnitAccess;
import org.springframework.http.ProblemDetail;
import cn.gov.pujiang.decision.refusal.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clerk's side of public participation: publish the online consultation, keep the opinion ledger
 * (意见台账), answer each opinion, and file the generated summary in the dossier (Decree 713 Art. 15, 18).
 * Reading follows the dossier's rules (the unit, auditors, administrators); changing is for the unit's
 * own users and administrators ({@link UnitAccess#requireAct}).
 */
@RestController
@RequestMapping("/api/decisions/{no}/participation")
@Tag(name = "意见台账", description = "网上公开征求意见的发布、公众意见的逐条处理和意见汇总")
@ApiResponse(responseCode = "400", description = "输入有误", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "不是本单位的决策", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "决策事项或意见不存在", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "409", description = "阶段不符（如公众参与阶段已结束）", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
public class OpinionLedgerController {

  private final Consultations consultations;
  private final DossierAccess access;
  private final UnitAccess units;
  private final Dossier dossier;
  private final OpinionSummaryPdf pdf;
  private final EngineClock clock;

  public OpinionLedgerController(Consultations consultations, DossierAccess access, UnitAccess units, Dossier dossier,
      OpinionSummaryPdf pdf, EngineClock clock) {
    this.consultations = consultations;
    this.access = access;
    this.units = units;
    this.dossier = dossier;
    this.pdf = pdf;
    this.clock = clock;
  }

  @Schema(name = "ConsultationRequest", description = "发布网上征求意见：公开的材料（决策档案中的材料 id）和其他提出意见的方式")
  public record OpenRequest(List<Long> documentIds, String otherWays) {}

  @Schema(name = "LedgerEntryRequest", description = "录入来信、来电、座谈会、听证会等途径收到的意见")
  public record EntryRequest(@Schema(description = "LETTER、PHONE、SYMPOSIUM、HEARING、OTHER") String source, String text) {}

  @Schema(name = "OpinionAnswerRequest", description = "处理结论：classification 为 ADOPTED、PARTLY_ADOPTED、NOT_ADOPTED、"
      + "OUT_OF_SCOPE，或 dismissed=true 表示不予处理；除采纳外须填写理由")
  public record AnswerRequest(String classification, Boolean dismissed, String reason) {}

  @Schema(name = "LedgerConsultation", description = "网上征求意见")
  public record ConsultationView(String publicId, String publicUrl, OffsetDateTime opensAt, OffsetDateTime closesAt,
      int periodDays, String shortenReason, String otherWays, List<Long> documentIds, boolean open) {}

  @Schema(name = "LedgerOpinion", description = "意见台账中的一条意见（含提出人信息，仅供承办单位使用）")
  public record OpinionView(long id, String receiptNo, String source, String sourceLabel, String text,
      String authorName, String authorContact, String attachmentName, OffsetDateTime receivedAt, String enteredBy,
      String classification, String result, boolean dismissed, String reason, String answeredBy,
      OffsetDateTime answeredAt) {}

  @Schema(name = "OpinionLedger", description = "意见台账")
  public record LedgerView(String decisionNo, String title, ConsultationView consultation, List<OpinionView> opinions,
      OpinionSummary summary, boolean editable) {}

  @Operation(summary = "意见台账", description = "网上征求意见的情况和全部意见（网上及承办人员录入）")
  @GetMapping
  public LedgerView ledger(@PathVariable String no) {
    Decision decision = access.read(no);
    List<PublicOpinion> ledger = consultations.ledger(no);
    ConsultationView consultation = consultations.ofDecision(no).map(this::view).orElse(null);
    return new LedgerView(no, decision.getTitle(), consultation, ledger.stream().map(OpinionLedgerController::view).toList(),
        OpinionSummary.of(ledger), units.canAct(decision.getUnitCode()));
  }

  @Operation(summary = "发布网上征求意见", description = "在“发布征求意见公告”任务办理期间发布；期限为确定公众参与方式时填写的期限，自发布时起按引擎时钟计算")
  @ApiResponse(responseCode = "201", description = "已发布")
  @PostMapping("/consultation")
  public ResponseEntity<ConsultationView> open(@PathVariable String no, @RequestBody OpenRequest request) {
    String user = act(no);
    Consultation c = consultations.open(no, request == null ? null : request.documentIds(),
        request == null ? null : request.otherWays(), user);
    return ResponseEntity.created(URI.create("/api/decisions/" + no + "/participation")).body(view(c));
  }

  @Operation(summary = "录入其他途径收到的意见")
  @ApiResponse(responseCode = "201", description = "已录入")
  @PostMapping("/opinions")
  public ResponseEntity<OpinionView> enter(@PathVariable String no, @RequestBody EntryRequest request) {
    String user = act(no);
    OpinionSource source = request == null || request.source() == null ? null
        : Arrays.stream(OpinionSource.values()).filter(s -> s.name().equals(request.source())).findFirst().orElse(null);
    PublicOpinion opinion = consultations.enter(no, source, request == null ? null : request.text(), user);
    return ResponseEntity.created(URI.create("/api/decisions/" + no + "/participation")).body(view(opinion));
  }

  @Operation(summary = "处理一条意见", description = "采纳、部分采纳、不予采纳、不属于本决策事项（须说明理由，采纳除外），或不予处理（须说明理由）")
  @PutMapping("/opinions/{id}/answer")
  public OpinionView answer(@PathVariable String no, @PathVariable long id, @RequestBody AnswerRequest request) {
    String user = act(no);
    if (request != null && Boolean.TRUE.equals(request.dismissed())) {
      return view(consultations.dismiss(no, id, request.reason(), user));
    }
    OpinionClass classification = request == null || request.classification() == null ? null
        : Arrays.stream(OpinionClass.values()).filter(c -> c.name().equals(request.classification())).findFirst().orElse(null);
    return view(consultations.answer(no, id, classification, request == null ? null : request.reason(), user));
  }

  @Operation(summary = "生成意见汇总并存入决策档案", description = "按意见台账生成 PDF，作为“公众意见汇总”的新版本存入决策档案；纸质材料仍可在决策档案页面上传")
  @ApiResponse(responseCode = "201", description = "已存入决策档案")
  @PostMapping("/summary")
  public ResponseEntity<Void> fileSummary(@PathVariable String no) {
    String user = act(no);
    Decision decision = access.read(no);
    List<PublicOpinion> ledger = consultations.ledger(no);
    if (ledger.isEmpty()) {
      throw Refusal.conflict("LEDGER_EMPTY", "意见台账中还没有意见；没有收到意见的，请在决策档案页面上传情况说明");
    }
    byte[] content = pdf.render(no, decision.getTitle(), consultations.ofDecision(no).orElse(null), ledger, clock.now());
    DossierDocument document = dossier.add(no, DocumentKind.PUBLIC_COMMENT_SUMMARY.name(),
        new Dossier.Upload("公众意见汇总-" + no + ".pdf", content), user);
    return ResponseEntity.created(URI.create("/api/decisions/" + no + "/documents/" + document.getId())).build();
  }

  @Operation(summary = "下载意见附件", description = "公众随意见提交的附件，仅供承办单位查看")
  @ApiResponse(responseCode = "200", description = "文件内容", content = @Content(mediaType = "application/octet-stream"))
  @GetMapping("/opinions/{id}/attachment")
  public ResponseEntity<byte[]> attachment(@PathVariable String no, @PathVariable long id) {
    access.read(no);
    PublicOpinion o = consultations.ledger(no).stream().filter(p -> p.getId() == id && p.getAttachmentName() != null)
        .findFirst().orElseThrow(() -> Refusal.notFound("该意见没有附件"));
    byte[] content = consultations.attachment(no, id).orElseThrow(() -> Refusal.notFound("该意见没有附件"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(o.getAttachmentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(o.getAttachmentName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }

  private String act(String no) {
    Decision decision = access.read(no);
    units.requireAct(decision.getUnitCode());
    return access.user();
  }

  private ConsultationView view(Consultation c) {
    return new ConsultationView(c.getPublicToken(), "/public/consultation.html?id=" + c.getPublicToken(), c.getOpensAt(),
        c.getClosesAt(), c.getPeriodDays(), c.getShortenReason(), c.getOtherWays(), c.documentIdList(),
        c.isOpenAt(clock.now()));
  }

  static OpinionView view(PublicOpinion o) {
    return new OpinionView(o.getId(), o.getReceiptNo(), o.getSource().name(), o.getSource().label(), o.getBody(),
        o.getAuthorName(), o.getAuthorContact(), o.getAttachmentName(), o.getReceivedAt(), o.getEnteredBy(),
        o.getClassification() == null ? null : o.getClassification().name(), OpinionSummary.resultLabel(o),
        o.isDismissed(), o.getReason(), o.getAnsweredBy(), o.getAnsweredAt());
  }
}
