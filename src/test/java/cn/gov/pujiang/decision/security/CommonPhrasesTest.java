package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 常用语 (the OA task actions, ADR 0022) over HTTP: a user's own list is theirs alone; a unit's shared list is kept by
 * the unit's office and read by every member of the unit, not by another town.
 */
class CommonPhrasesTest extends HttpTestSupport {

  @Test
  void eachPersonKeepsOwnPhrasesAndTheUnitOfficeKeepsTheSharedList() {
    HttpResponse<String> own = postJson("baima.reviewer", "/api/phrases", "{\"text\":\"经审查，未发现违法情形\"}");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    HttpResponse<String> shared = postJson("baima.secretary", "/api/phrases",
        "{\"text\":\"同意，请按程序办理\",\"unitCode\":\"baima\"}");
    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);

    assertThat(postJson("baima.secretary", "/api/phrases", "{\"text\":\"同意，请按程序办理\",\"unitCode\":\"baima\"}")
        .body()).contains(id(shared.body()));
    String reviewer = get("baima.reviewer", "/api/phrases").body();
    assertThat(reviewer).contains("经审查，未发现违法情形", "同意，请按程序办理");
    assertThat(reviewer.indexOf("同意，请按程序办理")).as("listed once").isEqualTo(reviewer.lastIndexOf("同意，请按程序办理"));
    assertThat(get("baima.clerk", "/api/phrases").body()).contains("同意，请按程序办理").doesNotContain("经审查，未发现违法情形");
    assertThat(get("huangzhai.clerk", "/api/phrases").body()).doesNotContain("同意，请按程序办理", "经审查，未发现违法情形");
  }

  @Test
  void onlyTheUnitsOfficeChangesTheSharedListAndNobodyAnotherUsersPhrases() {
    HttpResponse<String> byClerk = postJson("baima.clerk", "/api/phrases", "{\"text\":\"拟同意\",\"unitCode\":\"baima\"}");
    assertThat(byClerk.statusCode()).isEqualTo(403);
    assertThat(byClerk.body()).contains("单位常用语由本单位办公室维护");
    HttpResponse<String> otherTown = postJson("huangzhai.secretary", "/api/phrases", "{\"text\":\"拟同意\",\"unitCode\":\"baima\"}");
    assertThat(otherTown.statusCode()).isEqualTo(403);
    assertThat(postJson("baima.clerk", "/api/phrases", "{\"text\":\" \"}").body()).contains("请填写常用语");
    assertThat(postJson("auditor", "/api/phrases", "{\"text\":\"审计意见\"}").statusCode()).isEqualTo(403);

    String sharedId = id(postJson("baima.secretary", "/api/phrases", "{\"text\":\"请补充材料\",\"unitCode\":\"baima\"}").body());
    String ownId = id(postJson("baima.clerk", "/api/phrases", "{\"text\":\"已研究，同意\"}").body());

    assertThat(send("baima.clerk", "DELETE", "/api/phrases/" + sharedId, null, null).statusCode()).isEqualTo(403);
    assertThat(send("huangzhai.clerk", "DELETE", "/api/phrases/" + ownId, null, null).statusCode()).isEqualTo(404);
    assertThat(send("baima.head", "DELETE", "/api/phrases/" + ownId, null, null).statusCode()).isEqualTo(404);
    assertThat(send("baima.clerk", "DELETE", "/api/phrases/" + ownId, null, null).statusCode()).isEqualTo(204);
    assertThat(send("baima.secretary", "DELETE", "/api/phrases/" + sharedId, null, null).statusCode()).isEqualTo(204);
    assertThat(get("baima.clerk", "/api/phrases").body()).doesNotContain("请补充材料", "已研究，同意");
  }

  private static String id(String json) {
    Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }
}
