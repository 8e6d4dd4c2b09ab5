package cn.gov.pujiang.decision.archive;

import cn.gov.pujiang.decision.engine.ProcedureViolation;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns archive numbers (档号) per DA/T 22-2015 归档文件整理规则:
 * 全宗号-年度-保管期限代码-机构（问题）代码-件号. The fonds and organisation codes are configured per unit
 * in md_archive_numbering; the item number is the next free one in its
 * fonds / year / retention / organisation group. Nobody types a number by hand (ADR 0025).
 */
@Service
public class ArchiveNumbers {

  private final JdbcTemplate jdbc;

  public ArchiveNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A structured archive number; {@link #text()} is what is printed and sealed. */
  public record ArchiveNumber(String fondsCode, int year, ArchiveRetention retention, String orgCode, int itemNo) {
    public String text() {
      return String.format("%s-%d-%s-%s-%04d", fondsCode, year, retention.code(), orgCode, itemNo);
    }
  }

  /**
   * The next number of the unit's group. Locks the unit's configuration row so that two archivings of
   * one unit take consecutive item numbers; the unique key on the parts catches anything else.
   *
   * @throws ProcedureViolation when the unit has no numbering configured
   */
  @Transactional
  public ArchiveNumber next(String unitCode, int year, ArchiveRetention retention) {
    List<Map<String, Object>> config =
        jdbc.queryForList(
            "select fonds_code, org_code from md_archive_numbering where unit_code = ? for update", unitCode);
    if (config.isEmpty()) {
      throw new ProcedureViolation("本单位尚未配置全宗号和机构（问题）代码，无法按 DA/T 22 生成档号，请系统管理员配置");
    }
    String fonds = (String) config.get(0).get("fonds_code");
    String org = (String) config.get(0).get("org_code");
    Integer last =
        jdbc.queryForObject(
            "select coalesce(max(item_no), 0) from md_archive_record"
                + " where fonds_code = ? and archive_year = ? and retention = ? and org_code = ?",
            Integer.class, fonds, year, retention.name(), org);
    return new ArchiveNumber(fonds, year, retention, org, last + 1);
  }

  /** A unit's configured codes, for the settings page and the export manifest. */
  @Transactional(readOnly = true)
  public Map<String, Object> configuration(String unitCode) {
    return jdbc.queryForMap(
        "select unit_code, fonds_code, org_code, updated_by, updated_at from md_archive_numbering where unit_code = ?",
        unitCode);
  }
}
