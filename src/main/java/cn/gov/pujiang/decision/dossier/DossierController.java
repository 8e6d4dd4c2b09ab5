package cn.gov.pujiang.decision.dossier;

import cn.gov.pujiang.decision.dossier.RequiredDocuments.Requirement;
import cn.gov.pujiang.decision.engine.AsApplication;
import cn.gov.pujiang.decision.engine.DueDates;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import org.springframework.http.ProblemDetail;
import cn.gov.pujiang.decision.refusal.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** The decision dossier over HTTP: list, upload, download, and what the open tasks still need. */
@RestController
@RequestMapping("/api/decisions/{no}")
@Tag(name = "决策档案材料", description = "决策各阶段材料的上传、查看和下载；每次上传为新版本，已提交的材料不会被覆盖")
@ApiResponse(responseCode = "400", description = "输入有误，message 为中文说明，field 指出有误的字段",
    content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "未登录",
    content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
public class DossierController {

  private final Dossier dossier;
  private final RequiredDocuments requiredDocuments;
  private final DecisionRegister register;
  private final TaskService taskService;
  private final DossierAccess access;

  private final DueDates dueDates;
  private final ProcessEngine engine;

  public DossierController(
      Dossier dossier,
      RequiredDocuments requiredDocuments,
      DecisionRegister register,
      TaskService taskService,
      DossierAccess access,
      DueDates dueDates,
      ProcessEngine engine) {
    this.dueDates = dueDates;
    this.engine = engine;
    this.dossier = dossier;
    this.requiredDocuments = requiredDocuments;
    this.register = register;
    this.taskService = taskService;
    this.access = access;
  }

  @Schema(name = "DossierDocument", description = "决策档案中的一份材料（一个版本）")
  public record DocumentView(
      long id,
      String decisionNo,
      @Schema(description = "材料类别代码") String kind,
      @Schema(description = "材料类别") String kindLabel,
      @Schema(description = "所属阶段") String stage,
      @Schema(description = "同一类别内的版本号，从1开始") int version,
      @Schema(description = "原始文件名") String fileName,
      String contentType,
      @Schema(description = "字节数") long sizeBytes,
      @Schema(description = "SHA-256 校验值（十六进制）") String sha256,
      @Schema(description = "上传人") String uploadedBy,
      @Schema(description = "上传时间") OffsetDateTime uploadedAt,
      @Schema(description = "下载地址") String downloadUrl) {

    static DocumentView of(DossierDocument d) {
      return new DocumentView(d.getId(), d.getDecisionNo(), d.getKind().name(), d.getKind().label(),
          d.getKind().stage(), d.getVersion(), d.getFileName(), d.getContentType(), d.getSizeBytes(),
          d.getSha256(), d.getUploadedBy(), d.getUploadedAt(),
          "/api/decisions/" + d.getDecisionNo() + "/documents/" + d.getId() + "/content");
    }
  }

  @Schema(name = "DocumentKind", description = "材料类别")
  public record KindView(String code, String label, String stage) {}

  @Schema(name = "RequiredDocument", description = "待办任务完成前须上传的材料")
  public record RequiredView(String kind, String kindLabel, boolean newVersionRequired, boolean present) {}

  @Schema(name = "OpenTask", description = "该决策的待办任务及其须上传的材料")
  /** {@code dueDateText}: e.g. 2026-12-16（剩余 5 个工作日）, with 暂定 while the year is not loaded; null without a limit. */
  public record OpenTaskView(String taskId, String taskKey, String name, OffsetDateTime created, List<RequiredView> required,
      String dueDateText) {}

  @Schema(name = "DossierOverview", description = "决策档案页面所需的全部内容")
  public record DossierView(
      String decisionNo,
      String title,
      String unitCode,
      String status,
      String statusLabel,
      List<DocumentView> documents,
      List<OpenTaskView> openTasks,
      List<KindView> kinds,
      @Schema(description = "允许的文件类型") List<String> allowedTypes,
      @Schema(description = "单个文件大小上限（字节）") long maxFileSizeBytes,
      @Schema(description = "当前用户可否向本档案上传材料") boolean canUpload,
      @Schema(description = "当前用户仅因收到抄送而可查阅本档案（只读）") boolean readViaCopy) {}

  @Operation(summary = "决策档案概况", description = "决策信息、全部材料、待办任务须上传的材料、可选材料类别和上传限制")
  @GetMapping("/dossier")
  public DossierView overview(@PathVariable String no, HttpServletRequest request) {
    Decision decision = access.read(no);
    boolean viaCopy = access.readsOnlyThroughCopy(decision);
    List<DossierDocument> documents = dossier.documents(no);
    // A copy recipient reads the documents only; the open tasks are the unit's business. Whoever may read the
    // decision sees all its open tasks (name, due date), also those not theirs (a head urges from here, ADR 0022):
    // the engine would show a user only the tasks of their own groups.
    List<OpenTaskView> tasks = viaCopy ? List.of() : AsApplication.run(engine, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(no).active().orderByTaskCreateTime().asc().list()).stream()
        .map(task -> openTask(no, task, documents))
        .toList();
    return new DossierView(no, decision.getTitle(), decision.getUnitCode(), decision.getStatus().name(),
        decision.getStatus().label(), documents.stream().map(DocumentView::of).toList(), tasks,
        Arrays.stream(DocumentKind.values()).map(k -> new KindView(k.name(), k.label(), k.stage())).toList(),
        dossier.allowedTypes().stream().map(FileType::code).toList(), dossier.maxFileSize().toBytes(),
        !viaCopy && access.mayUpload(decision), viaCopy);
  }

  @Operation(summary = "列出决策档案材料", description = "按阶段排列，每类材料的每个版本各一条")
  @ApiResponse(responseCode = "404", description = "决策事项不存在", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @GetMapping("/documents")
  public List<DocumentView> list(@PathVariable String no, HttpServletRequest request) {
    access.read(no);
    return dossier.documents(no).stream().map(DocumentView::of).toList();
  }

  @Operation(summary = "上传材料", description = "multipart/form-data：kind 为材料类别代码，file 为文件。"
      + "同一类别已有材料时成为新版本，原有版本不变。文件类型按内容识别，不只看扩展名。")
  @ApiResponse(responseCode = "201", description = "已加入决策档案")
  @ApiResponse(responseCode = "409", description = "决策已归档", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<DocumentView> upload(
      @PathVariable String no,
      @Parameter(description = "材料类别代码，如 DRAFT、LEGALITY_OPINION") @RequestParam(required = false) String kind,
      @RequestPart("file") MultipartFile file,
      HttpServletRequest request) throws IOException {
    String uploader = access.upload(no);
    DossierDocument document;
    try {
      document = dossier.add(no, kind, new Dossier.Upload(file.getOriginalFilename(), file.getBytes()), uploader);
    } catch (DataIntegrityViolationException e) {
      throw Refusal.conflict("CONCURRENT_UPLOAD", "他人同时上传了同类材料，请刷新后重新上传");
    }
    DocumentView view = DocumentView.of(document);
    return ResponseEntity.created(URI.create("/api/decisions/" + no + "/documents/" + document.getId())).body(view);
  }

  @Operation(summary = "查看一份材料的信息")
  @ApiResponse(responseCode = "404", description = "决策事项或材料不存在", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @GetMapping("/documents/{id}")
  public DocumentView get(@PathVariable String no, @PathVariable long id, HttpServletRequest request) {
    access.read(no);
    return DocumentView.of(dossier.document(no, id));
  }

  @Operation(summary = "下载材料", description = "原文件，Content-Disposition 带 UTF-8 文件名")
  @ApiResponse(responseCode = "200", description = "文件内容", content = @Content(mediaType = "application/octet-stream"))
  @ApiResponse(responseCode = "404", description = "决策事项或材料不存在", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @GetMapping("/documents/{id}/content")
  public ResponseEntity<byte[]> download(@PathVariable String no, @PathVariable long id, HttpServletRequest request) {
    access.read(no);
    DossierDocument document = dossier.document(no, id);
    byte[] content = dossier.content(document);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.getContentType()))
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.ETAG, "\"" + document.getSha256() + "\"")
        .body(content);
  }

  private OpenTaskView openTask(String no, Task task, List<DossierDocument> documents) {
    OffsetDateTime created = task.getCreateTime().toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
    List<RequiredView> required = requiredDocuments.forTask(task.getTaskDefinitionKey()).stream()
        .map(r -> new RequiredView(r.kind().name(), r.kind().label(), r.newVersionRequired(), present(r, created, documents)))
        .toList();
    return new OpenTaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), created, required,
        task.getDueDate() == null ? null : dueDates.label(task.getDueDate()).text());
  }

  private static boolean present(Requirement requirement, OffsetDateTime taskCreated, List<DossierDocument> documents) {
    return documents.stream()
        .filter(d -> d.getKind() == requirement.kind())
        .anyMatch(d -> !requirement.newVersionRequired() || !d.getUploadedAt().isBefore(taskCreated));
  }
}
