package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.support.browser.AppPages;
import cn.gov.pujiang.decision.support.browser.BrowserITSupport;
import cn.gov.pujiang.decision.support.browser.TasklistBrowser;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 合规检查 page as an auditor uses it, on PostgreSQL: run the check for a year and a unit,
 * read the finding under its rule, open the decision's timeline and see the entry it points at marked.
 */
class ConformancePageBrowserIT extends BrowserITSupport {

  static final Path SCREENSHOTS = Path.of("target", "screenshots", "conformance");

  @Autowired DataSource dataSource;

  @Test
  void auditorRunsTheCheckAndSeesTheFindingMarkedOnTheTimeline() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    ConformanceFixture fixture = new ConformanceFixture(jdbc);
    removeFixture(jdbc);
    ConformanceFixture.Builder unreported = fixture.decision().noPartyReport().insert();
    try {
      browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
      browser.signIn("auditor", "demo");
      browser.openPage("/app/audit.html?view=conformance&year=2018", "检查规则目录");
      AppPages pages = new AppPages(browser);
      browser.script("document.querySelector('#conformance-form select[name=unit]').value = 'huaqiao'");
      pages.click(By.id("conformance-run"));
      String found = pages.waitForText(By.id("conformance-violations"), unreported.no);
      assertThat(found).contains("公布前未向同级党委请示报告", "决策已公布，公布前没有向同级党委请示报告的记录", "新发现");
      assertThat(pages.waitForText(By.id("conformance-head"), "2018年")).contains("发现问题 1 项");
      assertThat(browser.script("return document.getElementById('conformance-csv').getAttribute('href')").toString())
          .contains("/conformance/runs/").endsWith("format=csv");
      browser.screenshot("conformance-run");

      String timeline = browser.openPage("/app/audit.html?view=timeline&no=" + unreported.no, "合规检查：");
      assertThat(timeline).contains("最近一次合规检查发现的问题", "合规检查：公布前未向同级党委请示报告");
      browser.screenshot("conformance-timeline");
    } finally {
      removeFixture(jdbc);
    }
  }

  /** The fixture's rows are committed here (the server reads them): removed before and after. */
  private static void removeFixture(JdbcTemplate jdbc) {
    String ids = "select id from md_decision where decision_no like 'huaqiao-2018-98%'";
    jdbc.update("delete from md_conformance_violation where decision_id in (" + ids + ")");
    for (String table : new String[] {"md_publication_channel", "md_archive_record", "md_stage_record",
        "md_meeting_record", "md_legality_opinion", "md_procedure_requirement", "md_audit_open_task",
        "md_audit_stage", "md_audit_decision"}) {
      jdbc.update("delete from " + table + " where decision_id in (" + ids + ")");
    }
    String roots = "select process_instance_id from md_decision where decision_no like 'huaqiao-2018-98%'";
    for (String table : new String[] {"ACT_HI_VARINST", "ACT_HI_ACTINST", "ACT_HI_PROCINST"}) {
      jdbc.update("delete from " + table + " where ROOT_PROC_INST_ID_ in (" + roots + ")");
    }
    jdbc.update("delete from md_decision where decision_no like 'huaqiao-2018-98%'");
    // The fixture's decisions come from items of huaqiao's 2018 catalogue (ART3_CATALOGUE), numbered C-98….
    jdbc.update("delete from md_catalogue_item where item_no like 'C-98%' and catalogue_id in"
        + " (select id from md_catalogue where unit_code = 'huaqiao' and catalogue_year = 2018)");
  }
}
