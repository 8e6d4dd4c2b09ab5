package cn.gov.pujiang.decision.dossier;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRepository;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.refusal.TextRules;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A decision's dossier: the documents its stages produced, every version kept. Adding a document
 * never changes an earlier one; a document of a kind already in the dossier becomes its next
 * version. Refusals are {@link cn.gov.pujiang.decision.refusal.Refusal}s with a Chinese message naming the field.
 */
@Service
public class Dossier {

  static final int MAX_FILE_NAME_LENGTH = 255;

  private final DossierDocumentRepository documents;
  private final DocumentContentRepository contents;
  private final DecisionRepository decisions;
  private final EntityManager entityManager;
  private final EngineClock clock;
  private final Set<FileType> allowedTypes;
  private final DataSize maxFileSize;

  public Dossier(
      DossierDocumentRepository documents,
      DocumentContentRepository contents,
      DecisionRepository decisions,
      EntityManager entityManager,
      EngineClock clock,
      DossierProperties properties,
      MultipartProperties multipart) {
    this.documents = documents;
    this.contents = contents;
    this.decisions = decisions;
    this.entityManager = entityManager;
    this.clock = clock;
    this.allowedTypes = properties.allowedTypes().stream()
        .map(code -> FileType.fromCode(code).orElseThrow(() -> new IllegalStateException(
            "decision.dossier.allowed-types names an unknown file type: " + code)))
        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(FileType.class)));
    this.maxFileSize = multipart.getMaxFileSize();
  }

  /** A file as received: the name the user's computer gave it and its bytes. */
  public record Upload(String fileName, byte[] content) {}

  /**
   * Adds a document to the decision's dossier as the next version of its kind.
   *
   * @throws Refusal for an unknown decision or kind, an empty, too large or disallowed
   *     file; 409 when the decision is archived
   */
  @Transactional
  public DossierDocument add(String decisionNo, String kindCode, Upload upload, String uploadedBy) {
    Decision decision = decisions.findByDecisionNo(decisionNo)
        .orElseThrow(() -> Refusal.invalid("decisionNo", "决策事项不存在：" + Quote.of(decisionNo)));
    if (decision.getStatus() == DecisionStatus.ARCHIVED) {
      throw Refusal.conflict("DOSSIER_CLOSED", "该决策已归档，档案材料不能再增加");
    }
    DocumentKind kind = kind(kindCode);
    String fileName = fileName(upload.fileName());
    FileType type = fileType(fileName, upload.content());
    byte[] content = upload.content();

    int version = documents.latestVersion(decisionNo, kind) + 1;
    DossierDocument document = documents.saveAndFlush(new DossierDocument(
        decisionNo, kind, version, fileName, type.contentType(), content.length, sha256(content), uploadedBy,
        clock.now()));
    entityManager.persist(new DocumentContent(document.getId(), content));
    return document;
  }

  /** Every version of every document of the decision, in the order of the stages, oldest version first. */
  @Transactional(readOnly = true)
  public List<DossierDocument> documents(String decisionNo) {
    requireDecision(decisionNo);
    return documents.findByDecisionNoOrderByKindAscVersionAsc(decisionNo).stream()
        .sorted(Comparator.comparing(DossierDocument::getKind).thenComparing(DossierDocument::getVersion))
        .toList();
  }

  @Transactional(readOnly = true)
  public DossierDocument document(String decisionNo, long id) {
    requireDecision(decisionNo);
    return documents.findByIdAndDecisionNo(id, decisionNo)
        .orElseThrow(() -> Refusal.notFound("决策档案中没有该材料：" + id));
  }

  @Transactional(readOnly = true)
  public byte[] content(DossierDocument document) {
    return contents.findById(document.getId())
        .orElseThrow(() -> new IllegalStateException("No content stored for document " + document.getId()))
        .getContent();
  }

  /** Whether the dossier holds a document of the kind (any version). */
  @Transactional(readOnly = true)
  public boolean holds(String decisionNo, DocumentKind kind) {
    return documents.existsByDecisionNoAndKind(decisionNo, kind);
  }

  /** Whether a version of the kind was added at or after the given time. */
  @Transactional(readOnly = true)
  public boolean holdsSince(String decisionNo, DocumentKind kind, OffsetDateTime since) {
    return documents.existsByDecisionNoAndKindAndUploadedAtGreaterThanEqual(decisionNo, kind, since);
  }

  public Set<FileType> allowedTypes() {
    return allowedTypes;
  }

  public DataSize maxFileSize() {
    return maxFileSize;
  }

  public void requireDecision(String decisionNo) {
    if (decisions.findByDecisionNo(decisionNo).isEmpty()) {
      throw Refusal.notFound("决策事项不存在：" + Quote.of(decisionNo));
    }
  }

  private static DocumentKind kind(String code) {
    if (code == null || code.isBlank()) {
      throw Refusal.invalid("kind", "请选择材料类别");
    }
    return DocumentKind.fromCode(code.trim())
        .orElseThrow(() -> Refusal.invalid("kind", "材料类别不存在：" + Quote.of(code)));
  }

  /**
   * The last segment of the name (some browsers send a whole path). A name with control characters,
   * bidi overrides or broken characters is refused, not cleaned: "gpj.exe" shown as "exe.jpg" must not
   * reach the dossier, the export or the PDF.
   */
  private static String fileName(String original) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
    TextRules.requireOneLine("file", "文件名", name);
    if (name.isEmpty()) {
      throw Refusal.invalid("file", "文件没有名称，请重新选择文件");
    }
    if (name.length() > MAX_FILE_NAME_LENGTH) {
      throw Refusal.invalid("file", "文件名过长，最多" + MAX_FILE_NAME_LENGTH + "个字符");
    }
    return name;
  }

  private FileType fileType(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw Refusal.invalid("file", "文件是空的（0字节），请选择有内容的文件");
    }
    if (content.length > maxFileSize.toBytes()) {
      throw Refusal.tooLarge("file", "文件超过允许的大小上限（单个文件最大 " + maxFileSize.toMegabytes() + " MB）");
    }
    FileType type = FileType.byExtension(fileName)
        .filter(allowedTypes::contains)
        .orElseThrow(() -> Refusal.invalid("file", "不允许上传该类型的文件，只接受：" + allowedList()));
    if (!type.matches(content)) {
      throw Refusal.invalid(
          "file", "文件内容不是" + type.code().toUpperCase() + "格式，与文件名不符，请检查后重新上传");
    }
    return type;
  }

  private String allowedList() {
    return allowedTypes.stream().map(t -> t.code().toUpperCase()).collect(Collectors.joining("、"));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
