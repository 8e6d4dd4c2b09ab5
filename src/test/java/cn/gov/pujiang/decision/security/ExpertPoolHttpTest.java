package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The expert pool and the archive package over HTTP (the complete record, ADR 0025): everyone logged in reads the
 * pool, only administrators change it and record Art. 41 measures; the archive package is the
 * auditors'. Refusals are Chinese 4xx problems.
 */
class ExpertPoolHttpTest extends HttpTestSupport {

  @Test
  void administratorsKeepThePoolAndRecordArticle41MeasuresWhileClerksOnlyReadIt() {
    String expert = "{\"name\":\"周水文\",\"field\":\"水文水资源\",\"organisation\":\"河海大学\",\"declaredConflicts\":\"浦江县水务集团\"}";
    assertThat(postJson("baima.clerk", "/api/admin/expert-pool", expert).statusCode()).isEqualTo(403);
    HttpResponse<String> added = postJson("admin", "/api/admin/expert-pool", expert);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    String id = id(added.body());
    assertThat(get("baima.clerk", "/api/expert-pool").body()).contains("周水文", "浦江县水务集团");

    HttpResponse<String> noName = postJson("admin", "/api/admin/expert-pool", "{\"field\":\"水利\",\"organisation\":\"某院\"}");
    assertThat(noName.statusCode()).isEqualTo(400);
    assertThat(noName.body()).contains("请填写专家姓名");
    HttpResponse<String> noReason = postJson("admin", "/api/admin/expert-pool/" + id + "/sanctions", "{\"kind\":\"CRITICISED\"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("请填写处理理由");
    assertThat(postJson("baima.clerk", "/api/admin/expert-pool/" + id + "/sanctions",
        "{\"kind\":\"REMOVED\",\"reason\":\"x\"}").statusCode()).isEqualTo(403);

    HttpResponse<String> removed = postJson("admin", "/api/admin/expert-pool/" + id + "/sanctions",
        "{\"kind\":\"REMOVED\",\"reason\":\"出具不实论证意见\"}");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(removed.body()).contains("\"status\":\"REMOVED\"");
    HttpResponse<String> again = postJson("admin", "/api/admin/expert-pool/" + id + "/sanctions",
        "{\"kind\":\"REMOVED\",\"reason\":\"再次\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("已被除名");
  }

  @Test
  void theArchivePackageIsForAuditorsAndOnlyForArchivedDecisions() {
    assertThat(get("baima.clerk", "/api/audit/decisions/baima-2026-999999/archive-package.zip").statusCode())
        .isEqualTo(403);
    HttpResponse<String> unknown = get("auditor", "/api/audit/decisions/baima-2026-999999/archive-package.zip");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("决策事项不存在");
  }

  private static String id(String json) {
    Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }
}
