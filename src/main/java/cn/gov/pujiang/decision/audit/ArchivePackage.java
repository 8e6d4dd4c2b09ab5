package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.archive.ArchiveRecord;
import cn.gov.pujiang.decision.archive.ArchiveRecords;
import cn.gov.pujiang.decision.archive.ArchiveStatus;
import cn.gov.pujiang.decision.archive.ArchiveSupplement;
import cn.gov.pujiang.decision.dossier.Dossier;
import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive package of one archived decision, for handing to the county archive (Decree 713
 * Art. 33, ADR 0025): a zip with one folder named after the archive number holding the printed
 * decision record (决策过程记录.pdf), every dossier document version under 材料/, and manifest.json
 * listing each file's SHA-256 and metadata. The manifest format is the project's own (see
 * docs/api.md); only the archive number follows a named standard, DA/T 22-2015.
 */
@Service
public class ArchivePackage {

  /** Name and version of the manifest format, written into every manifest. */
  public static final String FORMAT = "pujiang-major-decision-archive-package";
  public static final int FORMAT_VERSION = 1;

  private final ArchiveRecords archives;
  private final DecisionRegister register;
  private final Dossier dossier;
  private final AuditTimeline timelines;
  private final DossierPdf pdf;
  private final EngineClock clock;
  private final ObjectMapper json =
      JsonMapper.builder().addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT).build();

  public ArchivePackage(ArchiveRecords archives, DecisionRegister register, Dossier dossier, AuditTimeline timelines,
      DossierPdf pdf, EngineClock clock) {
    this.archives = archives;
    this.register = register;
    this.dossier = dossier;
    this.timelines = timelines;
    this.pdf = pdf;
    this.clock = clock;
  }

  /** The zip's bytes and its suggested file name. */
  public record Package(String fileName, byte[] zip) {}

  /**
   * Builds the package.
   *
   * @throws Refusal when the decision does not exist or has not been archived yet
   */
  @Transactional(readOnly = true)
  public Package build(String decisionNo) {
    Decision decision =
        register.find(decisionNo).orElseThrow(() -> Refusal.notFound("决策事项不存在：" + Quote.of(decisionNo)));
    ArchiveRecord record =
        archives.find(decisionNo).filter(r -> r.getStatus() == ArchiveStatus.ARCHIVED)
            .orElseThrow(() -> Refusal.conflict("NOT_ARCHIVED", "该决策尚未归档，不能导出归档包"));
    List<ArchiveSupplement> supplements =
        archives.supplements(decisionNo).stream().filter(s -> s.getStatus() == ArchiveStatus.ARCHIVED).toList();
    String folder = record.getArchiveNo().replaceAll("[\\\\/:*?\"<>|]", "_") + "/";
    List<Map<String, Object>> files = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] printed = pdf.render(timelines.timeline(decisionNo));
      add(zip, folder + "决策过程记录.pdf", printed);
      files.add(file("决策过程记录.pdf", printed, Map.of("type", "DECISION_RECORD", "typeLabel", "决策过程记录（系统生成）",
          "contentType", "application/pdf")));
      int n = 0;
      for (DossierDocument d : dossier.documents(decisionNo)) {
        byte[] content = dossier.content(d);
        String path = String.format("材料/%03d-%s-第%d版-%s", ++n, d.getKind().label(), d.getVersion(),
            d.getFileName().replaceAll("[\\\\/:*?\"<>|]", "_"));
        add(zip, folder + path, content);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("type", d.getKind().name());
        meta.put("typeLabel", d.getKind().label());
        meta.put("stage", d.getKind().stage());
        meta.put("version", d.getVersion());
        meta.put("originalFileName", d.getFileName());
        meta.put("contentType", d.getContentType());
        meta.put("uploadedBy", d.getUploadedBy());
        meta.put("uploadedAt", d.getUploadedAt());
        meta.put("sha256AtUpload", d.getSha256().trim());
        meta.put("archivedIn", partOf(record, supplements, d.getId()));
        files.add(file(path, content, meta));
      }
      Map<String, Object> manifest = manifest(decision, record, supplements, files);
      add(zip, folder + "manifest.json", json.writeValueAsBytes(manifest));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Package("归档包-" + record.getArchiveNo() + ".zip", bytes.toByteArray());
  }

  private Map<String, Object> manifest(Decision decision, ArchiveRecord record, List<ArchiveSupplement> supplements,
      List<Map<String, Object>> files) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("formatVersion", FORMAT_VERSION);
    m.put("standards", "清单格式为本项目自定义（JSON），不是 DA/T 48 的 XML 封装包，也不声称符合 GB/T 18894；"
        + "档号结构依 DA/T 22-2015（全宗号-年度-保管期限代码-机构或问题代码-件号）；摘要算法 SHA-256。");
    m.put("generatedAt", clock.now());
    Map<String, Object> archive = new LinkedHashMap<>();
    archive.put("archiveNo", record.getArchiveNo());
    archive.put("fondsCode", record.getFondsCode());
    archive.put("year", record.getArchiveYear());
    archive.put("retention", record.getRetention() == null ? null : record.getRetention().label());
    archive.put("retentionCode", record.getRetention() == null ? null : record.getRetention().code());
    archive.put("orgCode", record.getOrgCode());
    archive.put("itemNo", record.getItemNo());
    archive.put("scope", record.getScope().name());
    archive.put("scopeLabel", record.getScope().label());
    archive.put("archivedBy", record.getArchivedBy());
    archive.put("archivedAt", record.getArchivedAt());
    archive.put("chainPosition", record.getChainSeq());
    archive.put("contentHash", record.getContentHash());
    archive.put("previousHash", record.getPreviousHash());
    archive.put("recordHash", record.getRecordHash());
    m.put("archive", archive);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("decisionNo", decision.getDecisionNo());
    d.put("title", decision.getTitle());
    d.put("unitCode", decision.getUnitCode());
    d.put("outcome", record.getOutcome().name());
    d.put("outcomeLabel", record.getOutcome().label());
    m.put("decision", d);
    List<Map<String, Object>> supplementList = new ArrayList<>();
    int i = 0;
    for (ArchiveSupplement s : supplements) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("supplementNo", ++i);
      row.put("outcome", s.getOutcome().name());
      row.put("entryCount", s.getEntryCount());
      row.put("archivedBy", s.getArchivedBy());
      row.put("archivedAt", s.getArchivedAt());
      row.put("contentHash", s.getContentHash());
      supplementList.add(row);
    }
    m.put("supplements", supplementList);
    m.put("files", files);
    return m;
  }

  /** Whether a document was sealed with the file at publication or added by a supplement. */
  private static String partOf(ArchiveRecord record, List<ArchiveSupplement> supplements, long documentId) {
    Long bound = record.getSealedDocumentId();
    if (bound == null || documentId <= bound) {
      return "FILE";
    }
    for (int i = 0; i < supplements.size(); i++) {
      if (documentId <= supplements.get(i).getToDocumentId()) {
        return "SUPPLEMENT_" + (i + 1);
      }
    }
    return "NOT_YET_ARCHIVED";
  }

  private static Map<String, Object> file(String path, byte[] content, Map<String, Object> meta) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("path", path);
    f.put("sizeBytes", content.length);
    f.put("sha256", sha256(content));
    f.putAll(meta);
    return f;
  }

  private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
