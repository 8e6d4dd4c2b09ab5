package cn.gov.pujiang.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** An id longer than any engine id is refused with a Chinese reason before the engine's query fails on H2. */
class EngineRequestIdCheckTest {

  @Test
  void refusesAnOverlongIdInAQueryParameterWithoutEchoingIt() {
    String overlong = "x".repeat(5_000);
    assertThat(EngineRequestCheckFilter.problem("decisionInstanceIdIn", "a," + overlong))
        .contains("decisionInstanceIdIn", "标识过长")
        .doesNotContain("xxxx");
    assertThat(EngineRequestCheckFilter.problem("processInstanceId", overlong)).contains("标识过长");
    assertThat(EngineRequestCheckFilter.problem("processInstanceId", "f3c1e2a4-1b2c-11f0-9c1a-0242ac120002")).isNull();
    assertThat(EngineRequestCheckFilter.problem("decisionInstanceIdIn", "a,b,c")).isNull();
    assertThat(EngineRequestCheckFilter.problem("businessKeyLike", overlong)).isNull();
  }

  @Test
  void findsAnOverlongIdInAJsonQuery() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String overlong = "y".repeat(100);
    assertThat(EngineRequestCheckFilter.overlongIdField(
        json.readTree("{\"orQueries\":[{\"taskIdIn\":[\"a\",\"" + overlong + "\"]}]}"))).isEqualTo("taskIdIn");
    assertThat(EngineRequestCheckFilter.overlongIdField(json.readTree("{\"processInstanceId\":\"" + overlong + "\"}")))
        .isEqualTo("processInstanceId");
    assertThat(EngineRequestCheckFilter.overlongIdField(
        json.readTree("{\"variables\":{\"caseId\":{\"value\":\"" + overlong + "\",\"type\":\"String\"}}}"))).isNull();
  }
}
