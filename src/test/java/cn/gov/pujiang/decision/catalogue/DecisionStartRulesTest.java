package cn.gov.pujiang.decision.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess;
import cn.gov.pujiang.decision.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * One set of start rules, two doors: each rule of {@link DecisionStartRules} refuses the same start with the
 * same Chinese message and field through the REST API (POST /api/decisions) and through the engine (the
 * start form as Tasklist and /engine-rest submit it), and neither door registers anything.
 */
class DecisionStartRulesTest extends ProcessTestSupport {

  @Autowired WebApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  MockMvc mvc;
  String itemNo;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
    itemNo = testCatalogue().publishedItemNo(TOWN);
  }

  @Test
  void aTitleIsRequired() {
    refusedThroughBothDoors(start -> start.put("decisionTitle", "  "), "decisionTitle", "请填写决策事项名称");
  }

  @Test
  void aTitleHasAtMost200Characters() {
    refusedThroughBothDoors(start -> start.put("decisionTitle", "长".repeat(201)), "decisionTitle", "决策事项名称不得超过200个字");
  }

  @Test
  void aTitleIsOneLine() {
    refusedThroughBothDoors(start -> start.put("decisionTitle", "第一行\n第二行"), "decisionTitle", "决策事项名称");
  }

  @Test
  void theUnitMustExist() {
    refusedThroughBothDoors(start -> start.put("decisionUnit", "atlantis"), "unitCode", "决策机关不存在：atlantis");
  }

  @Test
  void theProposerTypeIsOneOfArticle10s() {
    refusedThroughBothDoors(start -> start.put("proposerType", "MAYOR"), "proposerType", "请选择决策建议的提出方式（第十条）");
    refusedThroughBothDoors(start -> start.remove("proposerType"), "proposerType", "请选择决策建议的提出方式（第十条）");
  }

  @Test
  void theBasisIsAnItemOfThePublishedCatalogue() {
    refusedThroughBothDoors(start -> start.remove("catalogueItemNo"), StartEligibility.ITEM_NO, "请填写年度决策事项目录中的事项编号");
    refusedThroughBothDoors(start -> start.put("catalogueItemNo", "baima-2026-C404"), StartEligibility.ITEM_NO,
        "目录事项编号不存在");
  }

  @Test
  void anEmergencyResponseDecisionIsOutsideThisProcedure() {
    refusedThroughBothDoors(start -> start.put("emergencyResponse", true), StartEligibility.EMERGENCY_RESPONSE,
        "突发事件应急处置决策不适用重大行政决策程序");
  }

  @Test
  void aStartThatMeetsEveryRuleIsRegisteredThroughEitherDoor() throws Exception {
    MvcResult answer = rest(validStart(itemNo));
    assertThat(answer.getResponse().getStatus()).as(body(answer).toString()).isEqualTo(201);

    String second = testCatalogue().publishedItemNo(TOWN);
    String no = driver.businessKeyOf(driver.submitStartForm(validStart(second)));
    assertThat(decisionRegister.get(no).getUnitCode()).isEqualTo(TOWN);
  }

  private void refusedThroughBothDoors(Consumer<Map<String, Object>> breakRule, String field, String message) {
    Map<String, Object> start = validStart(itemNo);
    breakRule.accept(start);
    long before = registered();

    MvcResult answer = rest(start);
    JsonNode body = body(answer);
    assertThat(answer.getResponse().getStatus()).as("REST: " + body).isEqualTo(400);
    assertThat(body.path("field").asText()).as("REST field").isEqualTo(field);
    assertThat(body.path("message").asText()).as("REST message").contains(message);

    Throwable refused = catchThrowable(() -> driver.submitStartForm(start));
    Refusal refusal = Refusal.in(refused);
    assertThat(refusal).as("engine: " + refused).isNotNull();
    assertThat(refusal.field()).as("engine field").isEqualTo(field);
    assertThat(refusal.getMessage()).as("engine message").contains(message);
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);

    assertThat(registered()).as("nothing registered through either door").isEqualTo(before);
    assertThat(catalogueItems.findItem(itemNo).orElseThrow().getStatus()).isEqualTo(ItemStatus.PLANNED);
  }

  private Map<String, Object> validStart(String item) {
    Map<String, Object> start = new HashMap<>();
    start.put("decisionTitle", "启动规则测试-" + UUID.randomUUID().toString().substring(0, 8));
    start.put("decisionUnit", TOWN);
    start.put("catalogueItemNo", item);
    start.put("proposerType", "DEPARTMENT");
    start.put(MajorDecisionProcess.Vars.PROPOSER_NAME, "经济发展办公室");
    start.put(MajorDecisionProcess.Vars.PROPOSAL_SUMMARY, "道路破损严重，拟提升改造");
    return start;
  }

  private long registered() {
    Long n = jdbc.queryForObject("select count(*) from md_decision where unit_code = ?", Long.class, TOWN);
    return n == null ? 0 : n;
  }

  private MvcResult rest(Map<String, Object> start) {
    try {
      return mvc.perform(post("/api/decisions").contentType(MediaType.APPLICATION_JSON)
          .content(json.writeValueAsString(start))).andReturn();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode body(MvcResult result) {
    try {
      return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
