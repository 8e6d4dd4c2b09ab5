package cn.gov.pujiang.decision.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRepository;
import cn.gov.pujiang.decision.support.TestCatalogue;
import cn.gov.pujiang.decision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The catalogue REST API as a client sees it: every bad input of the catalogue and dossier work answered with 400 and a
 * Chinese message naming the field, 409 for a concurrent edit with nothing lost, and the catalogue
 * gate on the API's start path.
 */
class CatalogueApiTest extends ProcessTestSupport {

  private static final AtomicInteger YEAR = new AtomicInteger(2060);

  @Autowired WebApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired StageRecords stageRecords;
  @Autowired DecisionRepository decisionRepository;

  MockMvc mvc;

  @BeforeEach
  void setUpMockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  @Test
  void opensACatalogueAndAddsItemsWhileItIsBeingCompiled() throws Exception {
    int year = YEAR.incrementAndGet();
    TestUsers.signIn(identityService, "xianhua.clerk");
    long id = openCatalogue("xianhua", year);

    send(post("/api/catalogues/" + id + "/items"), item("仙华街道老旧小区改造计划", year))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.itemNo").value(containsString("xianhua-")))
        .andExpect(jsonPath("$.plannedProcedureLabels[0]").value("公众参与"))
        .andExpect(jsonPath("$.status").value("PLANNED"));
    mvc.perform(get("/api/catalogues/" + id + "/items")).andExpect(jsonPath("$.length()").value(1));
    mvc.perform(get("/api/catalogues").param("unit", "xianhua"))
        .andExpect(jsonPath("$[0].statusLabel").value("编制中"))
        .andExpect(jsonPath("$[0].approvalBody").value("乡镇（街道）党政联席会议"));
  }

  @Test
  void missingTitleIsRefusedNamingTheField() throws Exception {
    long id = openCatalogue(TOWN, YEAR.incrementAndGet());
    send(post("/api/catalogues/" + id + "/items"), item("  ", 2070))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("title"))
        .andExpect(jsonPath("$.message").value("请填写事项名称"));
    send(post("/api/catalogues/" + id + "/items"), Map.of("organisingUnit", "经济发展办公室"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("title"));
  }

  @Test
  void overLongTitleIsRefusedNamingTheField() throws Exception {
    long id = openCatalogue(TOWN, YEAR.incrementAndGet());
    send(post("/api/catalogues/" + id + "/items"), item("长".repeat(201), 2070))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("title"))
        .andExpect(jsonPath("$.message").value(containsString("不得超过200个字")));
    assertThat(catalogueItems.items(id)).isEmpty();
  }

  @Test
  void unknownUnitIsRefusedNamingTheField() throws Exception {
    send(post("/api/catalogues"), Map.of("unitCode", "atlantis", "year", 2026))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("unitCode"))
        .andExpect(jsonPath("$.message").value(containsString("决策机关不存在：atlantis")));
    mvc.perform(get("/api/decisions").param("unit", "atlantis"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("unitCode"));
    send(post("/api/decisions"), Map.of(
            "decisionTitle", "某事项", "decisionUnit", "atlantis", "emergencyReason", "台风过境后须立即恢复供水设施",
            "proposerType", "DEPARTMENT", "proposerName", "办公室", "proposalSummary", "内容"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("unitCode"));
  }

  @Test
  void duplicateItemTitleInTheSameCatalogueIsRefused() throws Exception {
    int year = YEAR.incrementAndGet();
    long id = openCatalogue(TOWN, year);
    send(post("/api/catalogues/" + id + "/items"), item("集镇停车场建设", year)).andExpect(status().isCreated());
    send(post("/api/catalogues/" + id + "/items"), item(" 集镇停车场建设 ", year))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("title"))
        .andExpect(jsonPath("$.message").value(containsString("已有同名事项")));
    assertThat(catalogueItems.items(id)).hasSize(1);
  }

  @Test
  void secondWriterOfTheSameItemGets409AndTheFirstEditIsKept() throws Exception {
    int year = YEAR.incrementAndGet();
    long id = openCatalogue(TOWN, year);
    JsonNode created = body(send(post("/api/catalogues/" + id + "/items"), item("文化礼堂提升工程", year)));
    long itemId = created.path("id").asLong();
    String etag = mvc.perform(get("/api/catalogue-items/" + itemId)).andReturn().getResponse().getHeader("ETag");
    assertThat(etag).isEqualTo("\"0\"");

    send(put("/api/catalogue-items/" + itemId).header("If-Match", etag), item("文化礼堂提升工程（第一位修改）", year))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""));
    send(put("/api/catalogue-items/" + itemId).header("If-Match", etag), item("文化礼堂提升工程（第二位修改）", year))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("CONCURRENT_CHANGE"))
        .andExpect(jsonPath("$.message").value(containsString("已被他人修改")));

    mvc.perform(get("/api/catalogue-items/" + itemId))
        .andExpect(jsonPath("$.title").value("文化礼堂提升工程（第一位修改）"))
        .andExpect(jsonPath("$.version").value(1));
    Map<String, Object> withBodyVersion = item("文化礼堂提升工程（第二位重新修改）", year);
    withBodyVersion.put("version", 0);
    send(put("/api/catalogue-items/" + itemId), withBodyVersion).andExpect(status().isConflict());
    withBodyVersion.put("version", 1);
    send(put("/api/catalogue-items/" + itemId), withBodyVersion).andExpect(status().isOk());
  }

  @Test
  void editWithoutAVersionIsRefused() throws Exception {
    int year = YEAR.incrementAndGet();
    long id = openCatalogue(TOWN, year);
    long itemId = body(send(post("/api/catalogues/" + id + "/items"), item("道路提升", year))).path("id").asLong();
    send(put("/api/catalogue-items/" + itemId), item("道路提升改造", year))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("version"));
  }

  @Test
  void itemOfACatalogueThatIsNotPublishedCannotStartADecision() throws Exception {
    int year = YEAR.incrementAndGet();
    long id = openCatalogue(TOWN, year);
    JsonNode item = body(send(post("/api/catalogues/" + id + "/items"), item("未公布目录中的事项", year)));

    send(post("/api/catalogue-items/" + item.path("id").asLong() + "/start"), startRequest())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("catalogueItemNo"))
        .andExpect(jsonPath("$.message").value(containsString("尚未公布")));
    send(post("/api/decisions"), decisionRequest(item.path("itemNo").asText(), null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("catalogueItemNo"));
    assertThat(decisionRegister.findByCatalogueItem(item.path("id").asLong())).isEmpty();
    assertThat(catalogueItems.item(item.path("id").asLong()).getStatus()).isEqualTo(ItemStatus.PLANNED);
  }

  @Test
  void unknownItemOrNoBasisAtAllCannotStartADecision() throws Exception {
    send(post("/api/decisions"), decisionRequest("baima-2026-C99", null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("catalogueItemNo"))
        .andExpect(jsonPath("$.message").value(containsString("目录事项编号不存在")));
    send(post("/api/decisions"), decisionRequest(null, null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("catalogueItemNo"))
        .andExpect(jsonPath("$.message").value(containsString("不在目录中")));
    send(post("/api/decisions"), decisionRequest(null, "台风过境后须立即恢复供水设施"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("catalogueItemNo"))
        .andExpect(jsonPath("$.message").value(containsString("第三条第三款")));
    send(post("/api/decisions"), decisionRequest("baima-2026-C404", "台风过境后须立即恢复供水设施"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("emergencyReason"))
        .andExpect(jsonPath("$.message").value(containsString("紧急情况说明不能作为启动依据")));
  }

  @Test
  void publishedItemStartsItsDecisionOnceAndTheBoardShowsItsStageAndDossier() throws Exception {
    TestCatalogue test = testCatalogue();
    CatalogueItem item = test.publishedItem("huangzhai", "黄宅镇工业园区道路提升");
    TestUsers.signIn(identityService, "huangzhai.clerk");

    JsonNode decision =
        body(send(post("/api/catalogue-items/" + item.getId() + "/start"), startRequest()).andExpect(status().isCreated()));

    String no = decision.path("decisionNo").asText();
    assertThat(no).startsWith("huangzhai-");
    assertThat(decision.path("title").asText()).isEqualTo("黄宅镇工业园区道路提升");
    assertThat(decision.path("catalogueItemNo").asText()).isEqualTo(item.getItemNo());
    assertThat(decision.path("currentActivities").toString()).contains("研究论证决策建议");
    assertThat(decision.path("dossierUrl").asText()).isEqualTo("/app/dossier.html?no=" + no);
    assertThat(catalogueItems.item(item.getId()).getStatus()).isEqualTo(ItemStatus.STARTED);
    assertThat(stageRecords.events(no, RegisterDecisionDelegate.CATALOGUE_ITEM_STARTED)).hasSize(1);

    send(post("/api/catalogue-items/" + item.getId() + "/start"), startRequest())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("DUPLICATE_START"))
        .andExpect(jsonPath("$.field").value("catalogueItemNo"))
        .andExpect(jsonPath("$.message").value(containsString("已经启动决策程序（决策编号 " + no)));

    mvc.perform(get("/api/catalogues/" + item.getCatalogueId() + "/board"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.catalogue.statusLabel").value("已公布"))
        .andExpect(jsonPath("$.items[?(@.item.itemNo == '" + item.getItemNo() + "')].decision.decisionNo").value(no))
        .andExpect(jsonPath("$.items[?(@.item.itemNo == '" + item.getItemNo() + "')].decision.statusLabel").value("决策启动"));
    mvc.perform(get("/api/decisions/" + no)).andExpect(jsonPath("$.catalogueItemNo").value(item.getItemNo()));
  }

  /** Decree 713 Art. 3 para. 2: the API answers an emergency-response decision the same way, registering nothing. */
  @Test
  void emergencyResponseDecisionIsAnsweredAsOutsideTheProcedureAndNothingIsRegistered() throws Exception {
    long before = decisionRepository.count();
    Map<String, Object> request = decisionRequest(null, null);
    request.put("emergencyResponse", true);

    send(post("/api/decisions"), request)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("emergencyResponse"))
        .andExpect(jsonPath("$.message").value(containsString("突发事件应急处置决策不适用重大行政决策程序")));

    assertThat(decisionRepository.count()).isEqualTo(before);
  }

  @Test
  void publishedCatalogueIsChangedOnlyThroughAnAdjustment() throws Exception {
    CatalogueItem item = testCatalogue().publishedItem("tanxi", "檀溪镇历史文化街区保护");
    TestUsers.signIn(identityService, "tanxi.clerk");
    send(post("/api/catalogues/" + item.getCatalogueId() + "/items"), item("直接新增", TestCatalogue.currentYear()))
        .andExpect(status().isConflict());
    send(post("/api/catalogues/" + item.getCatalogueId() + "/adjustments"),
            Map.of("kind", "ADD", "reason", "年中新增", "item", item("檀溪镇历史文化街区保护", TestCatalogue.currentYear())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("title"));
    send(post("/api/catalogues/" + item.getCatalogueId() + "/adjustments"), Map.of("kind", "POSTPONE", "itemNo", item.getItemNo(), "reason", "用地未批"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("newCompletion"));
    send(post("/api/catalogues/" + item.getCatalogueId() + "/adjustments"), Map.of("kind", "MOVE", "reason", "x"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("kind"));
    send(post("/api/catalogues/" + item.getCatalogueId() + "/adjustments"),
            Map.of("kind", "WITHDRAW", "itemNo", item.getItemNo(), "reason", "情况变化，不再实施"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.statusLabel").value("待审批"))
        .andExpect(jsonPath("$.summary").value(containsString("撤销事项 " + item.getItemNo())));
  }

  @Test
  void theOpenApiDocumentDescribesTheCatalogueEndpoints() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/catalogues'].post").exists())
        .andExpect(jsonPath("$.paths['/api/catalogue-items/{itemId}'].put").exists())
        .andExpect(jsonPath("$.paths['/api/catalogue-items/{itemId}/start'].post").exists())
        .andExpect(jsonPath("$.paths['/api/decisions'].post").exists());
  }

  // ---- helpers -------------------------------------------------------------------------------

  private long openCatalogue(String unit, int year) throws Exception {
    return body(send(post("/api/catalogues"), Map.of("unitCode", unit, "year", year)).andExpect(status().isCreated()))
        .path("id").asLong();
  }

  private static Map<String, Object> item(String title, int year) {
    Map<String, Object> item = new java.util.HashMap<>();
    item.put("title", title);
    item.put("organisingUnit", "经济发展办公室");
    item.put("legalBasis", "《重大行政决策程序暂行条例》第三条");
    item.put("plannedProcedures", java.util.List.of("PUBLIC_PARTICIPATION", "RISK_ASSESSMENT"));
    item.put("plannedCompletion", year + "-12-31");
    return item;
  }

  private static Map<String, Object> startRequest() {
    return Map.of(
        "proposerType", "DEPARTMENT", "proposerName", "经济发展办公室", "proposalSummary", "道路破损严重，拟提升改造",
        "attributes", Map.of("specialisedTechnical", true));
  }

  private static Map<String, Object> decisionRequest(String itemNo, String emergencyReason) {
    Map<String, Object> request = new java.util.HashMap<>(Map.of(
        "decisionTitle", "集镇供水管网抢修", "decisionUnit", TOWN,
        "proposerType", "LEADER", "proposerName", "镇长", "proposalSummary", "供水管网损毁，须抢修"));
    if (itemNo != null) {
      request.put("catalogueItemNo", itemNo);
    }
    if (emergencyReason != null) {
      request.put("emergencyReason", emergencyReason);
    }
    return request;
  }

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Object body) throws Exception {
    return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
  }

  private JsonNode body(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
