package cn.gov.pujiang.decision.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which webapp files the browser may keep (Camunda's, versioned) and which it must ask about (the county's). */
class WebappStaticCachingTest {

  @Test
  void camundasOwnFilesAreKeptAndTheCountysAreAskedForEachTime() {
    assertThat(WebappStaticCaching.policyFor("GET", "/camunda/lib/deps.js")).isEqualTo(WebappStaticCaching.KEEP_A_WEEK);
    assertThat(WebappStaticCaching.policyFor("GET", "/camunda/app/tasklist/camunda-tasklist-bootstrap.js"))
        .isEqualTo(WebappStaticCaching.KEEP_A_WEEK);
    assertThat(WebappStaticCaching.policyFor("GET", "/camunda/assets/IBMPlexSans-Bold.woff"))
        .isEqualTo(WebappStaticCaching.KEEP_A_WEEK);
    assertThat(WebappStaticCaching.policyFor("GET", "/camunda/app/tasklist/scripts/config.js"))
        .isEqualTo(WebappStaticCaching.ASK_EACH_TIME);
    assertThat(WebappStaticCaching.policyFor("GET", "/camunda/app/tasklist/locales/zh-CN.json"))
        .isEqualTo(WebappStaticCaching.ASK_EACH_TIME);
    assertThat(WebappStaticCaching.policyFor("GET", "/camunda/app/pujiang/shell.js"))
        .isEqualTo(WebappStaticCaching.ASK_EACH_TIME);
    // Pages and data are never kept: the index page carries the CSP nonce, the API answers change.
    assertThat(WebappStaticCaching.policyFor("GET", "/camunda/app/tasklist/default/")).isNull();
    assertThat(WebappStaticCaching.policyFor("GET", "/camunda/api/engine/engine/default/task")).isNull();
    assertThat(WebappStaticCaching.policyFor("POST", "/camunda/lib/deps.js")).isNull();
  }
}
