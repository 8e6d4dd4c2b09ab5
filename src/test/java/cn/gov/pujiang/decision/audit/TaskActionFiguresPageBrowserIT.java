package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.support.browser.AppPages;
import cn.gov.pujiang.decision.support.browser.BrowserITSupport;
import cn.gov.pujiang.decision.support.browser.TasklistBrowser;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auditor's statistics page shows the task-action figures (the OA task actions, ADR 0022) as a table with the
 * same columns as their export, and links that export: two urges of a Baima task in 2019, still open.
 */
class TaskActionFiguresPageBrowserIT extends BrowserITSupport {

  static final Path SCREENSHOTS = Path.of("target", "screenshots", "task-action-figures");
  static final String TASK = "it-task-action-figures";

  @Autowired DataSource dataSource;

  @Test
  void auditorReadsUrgesPerUnitInATableAndExportsThem() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    remove(jdbc);
    for (String day : List.of("2019-03-01", "2019-03-02")) {
      jdbc.update("insert into md_notification (task_id, kind, occasion, task_name, decision_no, decision_unit, created_at)"
          + " values (?, 'URGE', ?, '研究论证', 'baima-2019-9901', 'baima', ?)", TASK, day,
          OffsetDateTime.parse(day + "T09:00:00+08:00").withOffsetSameInstant(ZoneOffset.UTC));
    }
    try {
      browser = TasklistBrowser.open("http://localhost:" + port, SCREENSHOTS);
      browser.signIn("auditor", "demo");
      browser.openPage("/app/audit.html?view=statistics&year=2019&unit=baima", "任务催办、转办、撤回与征求意见");
      AppPages pages = new AppPages(browser);
      pages.waitForText(By.cssSelector("#task-actions-table tbody"), "白马镇");

      assertThat(browser.script("return [...document.querySelectorAll('#task-actions-table th')]"
          + ".map((th) => th.textContent).join('|')").toString())
          .isEqualTo("决策机关|催办次数|转办次数|撤回次数|催办后仍未办结的任务数|催办后平均等待|征求意见人次|已答复人次");
      assertThat(browser.script("return [...document.querySelectorAll('#task-actions-table tbody tr:first-child td')]"
          + ".slice(0, 5).map((td) => td.textContent).join('|')").toString())
          .isEqualTo("白马镇|2|0|0|2");
      assertThat(browser.script("return document.getElementById('task-actions-csv').getAttribute('href')").toString())
          .contains("/api/audit/task-actions/export?", "year=2019", "unit=baima", "format=csv");
      assertThat(browser.script("return document.getElementById('task-actions-xlsx').getAttribute('href')").toString())
          .contains("/api/audit/task-actions/export?", "format=xlsx");
      pages.scrollTo(By.id("task-actions-table"));
      browser.screenshot("task-action-figures");
    } finally {
      remove(jdbc);
    }
  }

  private static void remove(JdbcTemplate jdbc) {
    jdbc.update("delete from md_inbox_message where notification_id in (select id from md_notification where task_id = ?)",
        TASK);
    jdbc.update("delete from md_notification where task_id = ?", TASK);
  }
}
