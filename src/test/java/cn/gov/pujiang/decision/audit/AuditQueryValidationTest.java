package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.pujiang.decision.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Query parameters and request bodies checked by Bean Validation (DecisionQuery, FigureQuery, the start
 * request records): a value of the wrong type or one that breaks a constraint is answered with 400, the one
 * problem shape, a Chinese message naming the parameter, and neither the submitted value nor Spring's
 * English text.
 */
class AuditQueryValidationTest extends ProcessTestSupport {

  private static final String PROBE = "ZZ探针值QQ";

  @Autowired WebApplicationContext web;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(web).build();
  }

  @Test
  void aSearchParameterOfTheWrongTypeNamesTheParameterInChineseAndNotTheValue() throws Exception {
    for (String parameter : new String[] {"stage", "state", "outcome", "flag", "year", "catalogueYear", "from", "to",
        "outsideCatalogue"}) {
      for (String path : new String[] {"/api/audit/decisions", "/api/audit/decisions/export"}) {
        JsonNode body = refused(get(path).param(parameter, PROBE), parameter);
        assertThat(body.path("message").asText()).as(path + " " + parameter)
            .isEqualTo("参数 " + parameter + " 的值格式不正确");
      }
    }
  }

  @Test
  void aSearchParameterThatBreaksAConstraintGetsTheConstraintsChineseMessage() throws Exception {
    assertThat(refused(get("/api/audit/decisions").param("from", "1999-12-31"), "from").path("message").asText())
        .isEqualTo("起始日期应在2000年至2100年之间");
    assertThat(refused(get("/api/audit/decisions/export").param("to", "+999999999-12-31"), "to")
        .path("message").asText()).isEqualTo("截止日期应在2000年至2100年之间");
    assertThat(refused(get("/api/audit/decisions").param("q", "字".repeat(101)), "q").path("message").asText())
        .isEqualTo("名称关键词不能超过100个字");
    assertThat(refused(get("/api/audit/decisions").param("overdueIn", PROBE), "overdueIn").path("message").asText())
        .isEqualTo("阶段流程标识无效");
  }

  @Test
  void validAndBlankParametersAreAccepted() throws Exception {
    MvcResult ok = mvc.perform(get("/api/audit/decisions").param("stage", "INITIATION").param("from", "2026-01-01")
        .param("outsideCatalogue", "false").param("outcome", "").param("overdueIn", "")
        .param("year", " 2026 ")).andReturn();
    assertThat(ok.getResponse().getStatus()).as(ok.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(200);
  }

  @Test
  void aFigureYearIsAFourDigitYearOfTheRange() throws Exception {
    for (String path : new String[] {"/api/audit/statistics", "/api/audit/statistics/export", "/api/audit/task-actions",
        "/api/audit/task-actions/export"}) {
      assertThat(refused(get(path).param("year", "1999"), "year").path("message").asText()).as(path)
          .isEqualTo("年度应为2000至2100之间的四位数字");
      assertThat(refused(get(path).param("year", PROBE), "year").path("message").asText()).as(path)
          .isEqualTo("参数 year 的值格式不正确");
    }
  }

  @Test
  void theStartRequestsProposalFieldsAreCheckedAndNothingIsStored() throws Exception {
    long before = decisions();
    Map<String, Object> start = new HashMap<>(Map.of(
        "decisionTitle", "校验测试事项", "decisionUnit", TOWN, "catalogueItemNo", "baima-2026-C404",
        "proposerType", "DEPARTMENT", "proposerName", " ", "proposalSummary", "内容"));

    assertThat(refused(json(post("/api/decisions"), start), "proposerName").path("message").asText())
        .isEqualTo("请填写提出人或提出单位");
    start.put("proposerName", "办公室\u202E" + PROBE);
    assertThat(refused(json(post("/api/decisions"), start), "proposerName").path("message").asText())
        .startsWith("提出人或提出单位");
    start.put("proposerName", "办公室");
    start.put("proposalSummary", "长".repeat(4001));
    assertThat(refused(json(post("/api/decisions"), start), "proposalSummary").path("message").asText())
        .isEqualTo("拟解决的主要问题、建议理由和依据、初步解决方案不得超过4000个字");
    start.put("proposalSummary", "");
    assertThat(refused(json(post("/api/catalogue-items/1/start"), start), "proposalSummary").path("message").asText())
        .isEqualTo("请填写拟解决的主要问题、建议理由和依据、初步解决方案");
    assertThat(decisions()).isEqualTo(before);
  }

  private JsonNode refused(MockHttpServletRequestBuilder request, String field) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(result.getResponse().getStatus()).as(text).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    JsonNode body = json.readTree(text);
    assertThat(body.path("field").asText()).as(text).isEqualTo(field);
    assertThat(body.path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(body.path("message").asText()).as(text).matches("(?s).*\\p{IsHan}.*");
    assertThat(text).doesNotContain(PROBE, "Failed to convert", "rejected value", "must not", "java.");
    return body;
  }

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) throws Exception {
    return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
  }

  private long decisions() {
    Long n = jdbc.queryForObject("select count(*) from md_decision where unit_code = ?", Long.class, TOWN);
    return n == null ? 0 : n;
  }
}
