package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.catalogue.Catalogue;
import cn.gov.pujiang.decision.catalogue.CatalogueItem;
import cn.gov.pujiang.decision.catalogue.CatalogueItemRepository;
import cn.gov.pujiang.decision.catalogue.CatalogueStatus;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestCatalogue;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The catalogue tables on real PostgreSQL: the V4 migration, the constraints that keep a catalogue
 * sound even against a buggy caller (one catalogue per unit and year, unique titles, one decision
 * per item), optimistic locking, and the link from a decision to its item as an auditor's SQL reads
 * it. The database outlives a run, so each test takes a year no earlier run used.
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class CatalogueIT extends ProcessTestSupport {

  @Autowired DataSource dataSource;
  @Autowired CatalogueItemRepository itemRepository;

  JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    jdbc = new JdbcTemplate(dataSource);
  }

  @Test
  void migrationV4CreatedTheCatalogueTablesAndTheDecisionLink() {
    assertThat(jdbc.queryForObject(
            "select success from md_schema_history where version = '4'", Boolean.class)).isTrue();
    assertThat(columns("md_catalogue")).contains("unit_code", "catalogue_year", "status", "approval_body", "published_at", "version");
    assertThat(columns("md_catalogue_item"))
        .contains("item_no", "title", "organising_unit", "legal_basis", "planned_procedures", "planned_completion", "status", "version");
    assertThat(columns("md_catalogue_adjustment"))
        .contains("kind", "item_id", "reason", "status", "decided_by", "decided_at", "decision_opinion", "version");
    assertThat(columns("md_decision")).contains("catalogue_item_id", "emergency_reason");
  }

  @Test
  void theDatabaseRefusesASecondCatalogueForAUnitAndYearAndADuplicateTitle() {
    int year = freeYear("qianwu");
    Catalogue catalogue = catalogues.open("qianwu", year);
    CatalogueItem item = catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("前吴乡茶园提升", year));

    assertThatThrownBy(() -> jdbc.update(
            "insert into md_catalogue (unit_code, catalogue_year, status, created_at, updated_at) values (?, ?, 'COMPILING', now(), now())",
            "qianwu", year))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update(
            "insert into md_catalogue_item (catalogue_id, item_no, seq, title, organising_unit, legal_basis, planned_procedures,"
                + " planned_completion, status, origin, created_at, updated_at)"
                + " values (?, ?, 99, ?, 'x', 'x', '', current_date, 'PLANNED', 'COMPILED', now(), now())",
            catalogue.getId(), "qianwu-" + year + "-C99", item.getTitle()))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(jdbc.queryForObject(
            "select count(*) from md_catalogue_item where catalogue_id = ?", Integer.class, catalogue.getId()))
        .isEqualTo(1);
  }

  @Test
  void aStaleCopyOfAnItemCannotOverwriteANewerOne() {
    int year = freeYear("zhongyu");
    Catalogue catalogue = catalogues.open("zhongyu", year);
    CatalogueItem item = catalogueItems.addItem(catalogue.getId(), TestCatalogue.item("中余乡民宿集聚区规划", year));
    CatalogueItem stale = itemRepository.findById(item.getId()).orElseThrow();

    catalogueItems.updateItem(item.getId(), item.getVersion(), TestCatalogue.item("中余乡民宿集聚区发展规划", year));

    assertThatThrownBy(() -> itemRepository.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(jdbc.queryForMap("select title, version from md_catalogue_item where id = ?", item.getId()))
        .containsEntry("title", "中余乡民宿集聚区发展规划")
        .containsEntry("version", 1L);
  }

  @Test
  void aPublishedItemStartsItsDecisionAndAnAuditorsQueryFollowsTheLink() {
    CatalogueItem item = testCatalogue().publishedItem("hangping", "杭坪镇高山生态旅游规划-" + System.nanoTime());

    String no = driver.businessKeyOf(driver.submitStartForm(form("hangping", item.getItemNo(), null)));

    Map<String, Object> row =
        jdbc.queryForMap(
            "select c.status as catalogue_status, i.status as item_status, i.item_no, d.emergency_reason"
                + " from md_decision d join md_catalogue_item i on i.id = d.catalogue_item_id"
                + " join md_catalogue c on c.id = i.catalogue_id where d.decision_no = ?", no);
    assertThat(row)
        .containsEntry("catalogue_status", CatalogueStatus.PUBLISHED.name())
        .containsEntry("item_status", "STARTED")
        .containsEntry("item_no", item.getItemNo());
    assertThat(row.get("emergency_reason")).isNull();
    Long other = registerDecision("hangping", "另一项决策").getId();
    assertThatThrownBy(() -> jdbc.update("update md_decision set catalogue_item_id = ? where id = ?", item.getId(), other))
        .as("one decision per item, enforced by the database")
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  /**
   * Decree 713 Art. 3: a start outside the catalogue is refused on PostgreSQL too and leaves no row behind;
   * decisions started that way before the legal review of the models stay listed with their reason (AuditCatalogueTest, AuditCatalogueIT).
   */
  @Test
  void startOutsideTheCatalogueIsRefusedAndLeavesNothingBehind() {
    Integer before = jdbc.queryForObject("select count(*) from md_decision", Integer.class);

    assertThatThrownBy(() -> driver.submitStartForm(form("puyang", null, "特大暴雨致山洪，须立即决定受灾群众临时安置方案")))
        .hasMessageContaining("第三条第三款");

    assertThat(jdbc.queryForObject("select count(*) from md_decision", Integer.class)).isEqualTo(before);
  }

  private List<String> columns(String table) {
    return jdbc.queryForList(
        "select column_name from information_schema.columns where table_name = ?", String.class, table);
  }

  private int freeYear(String unit) {
    List<Integer> used = jdbc.queryForList("select catalogue_year from md_catalogue where unit_code = ?", Integer.class, unit);
    return IntStream.rangeClosed(2030, 2100).filter(y -> !used.contains(y)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no free catalogue year left for " + unit + "; drop the IT database"));
  }

  private static Map<String, Object> form(String unit, String itemNo, String emergencyReason) {
    Map<String, Object> form = Stages.startForm(unit);
    form.put("catalogueItemNo", itemNo);
    form.put("emergencyReason", emergencyReason);
    return form;
  }
}
