package cn.gov.pujiang.decision.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.register.DecisionStatus;
import cn.gov.pujiang.decision.support.Documents;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The dossier's REST API as the dossier page and other clients use it. */
class DossierApiTest extends ProcessTestSupport {

  @Autowired WebApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired DossierDocumentRepository repository;

  MockMvc mvc;
  MockHttpSession session;
  String no;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
    session = loggedIn("baima.clerk");
    no = registerDecision(TOWN, "档案测试事项").getDecisionNo();
  }

  @Test
  void storesAnUploadWithItsHashAndServesTheSameBytesUnderTheUtf8Name() throws Exception {
    byte[] pdf = Documents.pdf("决策草案第一稿");

    upload("DRAFT", new MockMultipartFile("file", "农贸市场改造方案（草案）.pdf", "application/octet-stream", pdf))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/decisions/" + no + "/documents/")))
        .andExpect(jsonPath("$.kind").value("DRAFT"))
        .andExpect(jsonPath("$.kindLabel").value("决策草案"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.fileName").value("农贸市场改造方案（草案）.pdf"))
        .andExpect(jsonPath("$.contentType").value("application/pdf"))
        .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
        .andExpect(jsonPath("$.sha256").value(sha256(pdf)))
        .andExpect(jsonPath("$.uploadedBy").value("baima.clerk"));

    JsonNode listed = read(mvc.perform(get("/api/decisions/{no}/documents", no).session(session)).andExpect(status().isOk()));
    assertThat(listed).hasSize(1);
    byte[] downloaded = mvc.perform(get(listed.get(0).path("downloadUrl").asText()).session(session))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(header().string("Content-Disposition", containsString(
            "filename*=UTF-8''%E5%86%9C%E8%B4%B8%E5%B8%82%E5%9C%BA%E6%94%B9%E9%80%A0%E6%96%B9%E6%A1%88%EF%BC%88%E8%8D%89%E6%A1%88%EF%BC%89.pdf")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(downloaded).isEqualTo(pdf);
  }

  @Test
  void aSecondUploadOfAKindIsANewVersionAndLeavesTheFirstUntouched() throws Exception {
    byte[] first = Documents.pdf("第一稿");
    byte[] second = Documents.pdf("第二稿，按专家意见修改");
    long firstId = read(upload("DRAFT", pdf("草案.pdf", first))).path("id").asLong();

    JsonNode next = read(upload("DRAFT", pdf("草案.pdf", second)).andExpect(status().isCreated()));

    assertThat(next.path("version").asInt()).isEqualTo(2);
    assertThat(next.path("id").asLong()).isNotEqualTo(firstId);
    JsonNode firstAgain = read(mvc.perform(get("/api/decisions/{no}/documents/{id}", no, firstId).session(session)));
    assertThat(firstAgain.path("version").asInt()).isEqualTo(1);
    assertThat(firstAgain.path("sha256").asText()).isEqualTo(sha256(first));
    byte[] firstBytes = mvc.perform(get("/api/decisions/{no}/documents/{id}/content", no, firstId).session(session))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(firstBytes).isEqualTo(first);
    assertThat(repository.findByDecisionNoOrderByKindAscVersionAsc(no))
        .extracting(DossierDocument::getVersion, DossierDocument::getSha256)
        .containsExactly(tuple(1, sha256(first)), tuple(2, sha256(second)));
  }

  @Test
  void acceptsOfficeAndOfdPackagesByWhatTheyContain() throws Exception {
    upload("DRAFT", new MockMultipartFile("file", "草案.docx", null, zip("word/document.xml")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.contentType").value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    upload("EXPERT_OPINION", new MockMultipartFile("file", "专家意见.ofd", null, zip("OFD.xml")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.contentType").value("application/ofd"));
    upload("OTHER", new MockMultipartFile("file", "照片.png", "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}))
        .andExpect(status().isCreated());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a renamed executable,    setup.exe,  MZ-binary,       file",
    "a text file named .pdf,  草案.pdf,   just some text,  file",
    "a zip named .docx,       草案.docx,  ZIP-NOT-WORD,    file",
    "a file without extension, 草案,      %PDF-1.4,        file",
  })
  void refusesAFileWhoseContentIsNotAnAllowedType(String why, String name, String content, String field) throws Exception {
    byte[] bytes = "ZIP-NOT-WORD".equals(content) ? zip("other.xml") : content.getBytes(StandardCharsets.UTF_8);

    upload("DRAFT", new MockMultipartFile("file", name, "application/pdf", bytes))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.message").value(containsString("文件")));
    assertThat(repository.findByDecisionNoOrderByKindAscVersionAsc(no)).isEmpty();
  }

  @Test
  void refusesAnEmptyFile() throws Exception {
    upload("DRAFT", new MockMultipartFile("file", "草案.pdf", "application/pdf", new byte[0]))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.message").value(containsString("文件是空的")));
  }

  @Test
  void refusesAFileOverTheSizeLimit() throws Exception {
    byte[] big = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(Documents.pdf("x"), 0, big, 0, 8);

    upload("DRAFT", new MockMultipartFile("file", "草案.pdf", "application/pdf", big))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.message").value(containsString("20 MB")));
  }

  @Test
  void refusesAnUnknownOrMissingKind() throws Exception {
    upload("MINUTES_OF_NOTHING", pdf("a.pdf", Documents.pdf("a")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("kind"))
        .andExpect(jsonPath("$.message").value(containsString("材料类别不存在")));
    mvc.perform(multipart("/api/decisions/{no}/documents", no).file(pdf("a.pdf", Documents.pdf("a"))).session(session))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("kind"))
        .andExpect(jsonPath("$.message").value("请选择材料类别"));
  }

  @Test
  void refusesAnUploadToAnUnknownDecision() throws Exception {
    mvc.perform(multipart("/api/decisions/{no}/documents", "baima-1999-000001")
            .file(pdf("a.pdf", Documents.pdf("a"))).param("kind", "DRAFT").session(session))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("decisionNo"))
        .andExpect(jsonPath("$.message").value(containsString("决策事项不存在")));
    mvc.perform(get("/api/decisions/{no}/documents", "baima-1999-000001").session(session))
        .andExpect(status().isNotFound());
  }

  @Test
  void refusesAnUploadWithoutAFile() throws Exception {
    mvc.perform(multipart("/api/decisions/{no}/documents", no).param("kind", "DRAFT").session(session))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"));
  }

  @Test
  void anArchivedDecisionsDossierIsClosedToNewDocuments() throws Exception {
    upload("DRAFT", pdf("草案.pdf", Documents.pdf("归档前的草案"))).andExpect(status().isCreated());
    decisionRegister.moveTo(no, DecisionStatus.ARCHIVED);

    upload("OTHER", pdf("补充.pdf", Documents.pdf("归档后补交")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value("该决策已归档，档案材料不能再增加"));
    assertThat(repository.findByDecisionNoOrderByKindAscVersionAsc(no)).singleElement()
        .extracting(DossierDocument::getKind).isEqualTo(DocumentKind.DRAFT);
  }

  @Test
  void asksForTheTasklistLoginBeforeShowingOrTakingAnything() throws Exception {
    identityService.clearAuthentication(); // a request from nobody: no engine user either, as between requests
    mvc.perform(multipart("/api/decisions/{no}/documents", no).file(pdf("a.pdf", Documents.pdf("a"))).param("kind", "DRAFT"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.message").value(containsString("请先登录")));
    mvc.perform(get("/api/decisions/{no}/documents", no)).andExpect(status().isUnauthorized());
    assertThat(repository.findByDecisionNoOrderByKindAscVersionAsc(no)).isEmpty();
  }

  @Test
  void theOverviewShowsWhatTheOpenTasksStillNeed() throws Exception {
    LifecycleDriver driver = new LifecycleDriver(processEngine);
    String decisionNo = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN)));
    new Stages(processEngine, driver).studyAndStart(decisionNo);
    documents.upload(decisionNo, DocumentKind.DRAFT);

    JsonNode overview = read(mvc.perform(get("/api/decisions/{no}/dossier", decisionNo).session(session))
        .andExpect(status().isOk()));

    assertThat(overview.path("statusLabel").asText()).isEqualTo("草案拟定");
    JsonNode task = overview.path("openTasks").get(0);
    assertThat(task.path("taskKey").asText()).isEqualTo("Task_DraftDecision");
    assertThat(task.path("required").findValuesAsText("kind")).containsExactly("DRAFT", "DRAFTING_EXPLANATION");
    assertThat(task.path("required").findValues("present")).extracting(JsonNode::asBoolean).containsExactly(true, false);
    assertThat(overview.path("kinds")).hasSize(DocumentKind.values().length);
    assertThat(overview.path("allowedTypes")).extracting(JsonNode::asText).contains("pdf", "docx", "ofd", "jpg", "png");
    assertThat(overview.path("maxFileSizeBytes").asLong()).isEqualTo(20L * 1024 * 1024);
  }

  @Test
  void theOpenApiDocumentDescribesTheDossierEndpoints() throws Exception {
    JsonNode api = read(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()));
    JsonNode paths = api.path("paths");
    assertThat(paths.has("/api/decisions/{no}/documents")).isTrue();
    assertThat(paths.path("/api/decisions/{no}/documents").has("post")).isTrue();
    assertThat(paths.has("/api/decisions/{no}/documents/{id}/content")).isTrue();
    assertThat(paths.has("/api/decisions/{no}/dossier")).isTrue();
  }

  // --- helpers -------------------------------------------------------------------------------

  private ResultActions upload(String kind, MockMultipartFile file) throws Exception {
    return mvc.perform(multipart("/api/decisions/{no}/documents", no).file(file).param("kind", kind).session(session));
  }

  private static MockMultipartFile pdf(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/pdf", content);
  }

  private JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private MockHttpSession loggedIn(String userId) {
    MockHttpSession s = new MockHttpSession();
    Authentications authentications = new Authentications();
    authentications.addOrReplace(new UserAuthentication(userId, processEngine.getName()));
    AuthenticationUtil.updateSession(s, authentications);
    return s;
  }

  static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
