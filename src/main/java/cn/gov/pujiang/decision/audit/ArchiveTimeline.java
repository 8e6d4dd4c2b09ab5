package cn.gov.pujiang.decision.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The complete record in the decision's timeline and so in the dossier PDF (ADR 0025): the
 * archived file with its DA/T 22 number parts and scope (kind ARCHIVE), each supplement added to it,
 * the publication of the decision's catalogue and of the adjustment that listed it (kind CATALOGUE,
 * Art. 3 ¶3), and each expert selected for the argumentation, from the pool or from outside it with
 * the reason (kind EXPERT). Read-only.
 */
@Component
class ArchiveTimeline implements TimelineSource {

  private final JdbcTemplate jdbc;

  ArchiveTimeline(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<TimelineEntry> entries(DecisionRef decision) {
    List<TimelineEntry> entries = new ArrayList<>();
    jdbc.query(
        "select archive_no, scope, fonds_code, archive_year, retention, org_code, item_no, archived_by, archived_at, id"
            + " from md_archive_record where decision_id = ? and status = 'ARCHIVED'",
        rs -> {
          String scope = rs.getString(2);
          String detail = rs.getString(3) == null ? "档号：" + rs.getString(1)
              : "档号：" + rs.getString(1) + "（全宗号 " + rs.getString(3) + "，年度 " + rs.getInt(4) + "，保管期限 "
                  + cn.gov.pujiang.decision.archive.ArchiveRetention.valueOf(rs.getString(5)).label() + "，机构（问题）代码 " + rs.getString(6) + "，件号 " + rs.getInt(7) + "）";
          entries.add(TimelineEntry.simple(rs.getObject(9, OffsetDateTime.class), "ARCHIVE", "决策归档",
              "DECISION_MAKING".equals(scope) ? "决策公布后归档决策过程记录（启动至公布）" : "决策过程记录归档",
              rs.getString(8), detail, null));
          long recordId = rs.getLong(10);
          String archiveNo = rs.getString(1);
          jdbc.query(
              "select archived_at, archived_by, entry_count, content_hash from md_archive_supplement"
                  + " where archive_record_id = ? and status = 'ARCHIVED' order by id",
              s -> {
                entries.add(TimelineEntry.simple(s.getObject(1, OffsetDateTime.class), "ARCHIVE", "决策归档",
                    "补充归档执行、后评估和调整记录", s.getString(2),
                    "归入档号" + archiveNo + "案卷，" + s.getInt(3) + "条记录，SHA-256 " + s.getString(4), null));
              },
              recordId);
        },
        decision.id());
    jdbc.query(
        "select p.recorded_at, p.recorded_by, p.published_on, p.channel, p.reference, p.adjustment_id, c.catalogue_year"
            + " from md_decision d join md_catalogue_item i on i.id = d.catalogue_item_id"
            + " join md_catalogue c on c.id = i.catalogue_id"
            + " join md_catalogue_publication p on p.catalogue_id = c.id"
            + " where d.id = ? and (p.adjustment_id is null"
            + "  or p.adjustment_id in (select a.id from md_catalogue_adjustment a where a.item_id = i.id))"
            + " order by p.id",
        rs -> {
          String what = rs.getObject(6) == null ? rs.getInt(7) + "年度决策事项目录" : "列入本事项的目录调整";
          entries.add(TimelineEntry.simple(rs.getObject(1, OffsetDateTime.class), "CATALOGUE", "决策事项目录",
              what + "已向社会公布", rs.getString(2),
              "公布日期 " + rs.getObject(3, java.time.LocalDate.class) + "，"
                  + cn.gov.pujiang.decision.catalogue.PublicationChannel.valueOf(rs.getString(4)).label() + "，"
                  + rs.getString(5) + "（第三条第三款）",
              null));
        },
        decision.id());
    jdbc.query(
        "select p.selected_at, p.selected_by, e.id, e.name, e.field, e.organisation, p.outside_name, p.outside_reason"
            + " from md_expert_participation p left join md_expert e on e.id = p.expert_id"
            + " where p.decision_id = ? order by p.id",
        rs -> {
          boolean fromPool = rs.getObject(3) != null;
          entries.add(TimelineEntry.simple(rs.getObject(1, OffsetDateTime.class), "EXPERT", "专家论证",
              fromPool ? "选定专家库专家：" + rs.getString(4) : "选定库外专家或专业机构：" + rs.getString(7),
              rs.getString(2),
              fromPool ? "专家库编号" + rs.getLong(3) + "，" + rs.getString(5) + "，" + rs.getString(6)
                  : "理由：" + rs.getString(8),
              null));
        },
        decision.id());
    return entries;
  }
}
