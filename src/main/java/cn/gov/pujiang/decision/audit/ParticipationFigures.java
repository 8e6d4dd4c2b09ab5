package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.participation.Consultation;
import cn.gov.pujiang.decision.participation.ConsultationRepository;
import cn.gov.pujiang.decision.participation.OpinionClass;
import cn.gov.pujiang.decision.participation.PublicOpinion;
import cn.gov.pujiang.decision.participation.PublicOpinionRepository;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Public participation figures for auditors (Decree 713 Art. 15, 18): per decision of a year (the year it
 * was registered, as every statistic here) the number of opinions, the share adopted (采纳 and 部分采纳 out
 * of the opinions answered with a class, 不予处理 left out), the comment period and whether it reached 30
 * days, and the average answer time (received to answered, calendar days). Read-only.
 */
@Service
public class ParticipationFigures {

  private final NamedParameterJdbcTemplate jdbc;
  private final PublicOpinionRepository opinions;
  private final ConsultationRepository consultations;
  private final DecisionRegister register;

  public ParticipationFigures(NamedParameterJdbcTemplate jdbc, PublicOpinionRepository opinions,
      ConsultationRepository consultations, DecisionRegister register) {
    this.jdbc = jdbc;
    this.opinions = opinions;
    this.consultations = consultations;
    this.register = register;
  }

  /** One decision with participation records (a consultation or at least one opinion). */
  public record Row(String decisionNo, String title, String unitCode, int opinions, int answered, int adopted,
      Double adoptedPercent, Integer periodDays, Boolean periodAtLeast30, Double averageAnswerDays) {}

  public List<Row> rows(int year, String unit) {
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("yearStart", LocalDate.of(year, 1, 1).atStartOfDay(EngineClock.ZONE).toOffsetDateTime())
        .addValue("yearEnd", LocalDate.of(year + 1, 1, 1).atStartOfDay(EngineClock.ZONE).toOffsetDateTime());
    String sql = "select d.decision_no from md_decision d where d.created_at >= :yearStart and d.created_at < :yearEnd"
        + " and (exists (select 1 from md_consultation c where c.decision_no = d.decision_no)"
        + " or exists (select 1 from md_public_opinion o where o.decision_no = d.decision_no))";
    if (unit != null && !unit.isBlank()) {
      sql += " and d.unit_code = :unit";
      params.addValue("unit", unit);
    }
    List<String> numbers = jdbc.queryForList(sql + " order by d.decision_no", params, String.class);
    List<Row> rows = new ArrayList<>();
    for (String no : numbers) {
      rows.add(row(register.get(no), opinions.findByDecisionNoOrderByReceivedAtAscIdAsc(no),
          consultations.findByDecisionNo(no).orElse(null)));
    }
    return rows;
  }

  static Row row(Decision d, List<PublicOpinion> ledger, Consultation consultation) {
    int answered = 0;
    int adopted = 0;
    long answerMillis = 0;
    int timed = 0;
    for (PublicOpinion o : ledger) {
      if (o.getClassification() != null) {
        answered++;
        if (o.getClassification() == OpinionClass.ADOPTED || o.getClassification() == OpinionClass.PARTLY_ADOPTED) {
          adopted++;
        }
      }
      if (o.getAnsweredAt() != null) {
        answerMillis += Duration.between(o.getReceivedAt(), o.getAnsweredAt()).toMillis();
        timed++;
      }
    }
    Integer days = consultation == null ? null : consultation.getPeriodDays();
    return new Row(d.getDecisionNo(), d.getTitle(), d.getUnitCode(), ledger.size(), answered, adopted,
        answered == 0 ? null : Math.round(adopted * 1000.0 / answered) / 10.0, days, days == null ? null : days >= 30,
        timed == 0 ? null : Math.round(answerMillis / (timed * 8_640_000.0)) / 10.0);
  }

  /** Per unit: decisions whose online comment period was at least 30 days, out of those with one. */
  Map<String, long[]> periodCounts(int year, String unit) {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (Row r : rows(year, unit)) {
      if (r.periodDays() != null) {
        long[] v = out.computeIfAbsent(r.unitCode(), k -> new long[2]);
        v[0] += Boolean.TRUE.equals(r.periodAtLeast30()) ? 1 : 0;
        v[1]++;
      }
    }
    return out;
  }

  /** Per unit: opinions adopted (fully or partly) out of opinions answered with a class. */
  Map<String, long[]> adoptionCounts(int year, String unit) {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (Row r : rows(year, unit)) {
      long[] v = out.computeIfAbsent(r.unitCode(), k -> new long[2]);
      v[0] += r.adopted();
      v[1] += r.answered();
    }
    return out;
  }

  public AuditExports.Table table(int year, List<Row> rows) {
    List<List<Object>> cells = new ArrayList<>();
    for (Row r : rows) {
      List<Object> row = new ArrayList<>();
      row.add(r.decisionNo());
      row.add(r.title());
      row.add(r.unitCode());
      row.add(r.opinions());
      row.add(r.answered());
      row.add(r.adopted());
      row.add(r.adoptedPercent());
      row.add(r.periodDays());
      row.add(r.periodAtLeast30() == null ? null : r.periodAtLeast30() ? "是" : "否");
      row.add(r.averageAnswerDays());
      cells.add(row);
    }
    return new AuditExports.Table(year + "年公众参与情况",
        List.of("决策编号", "决策事项名称", "决策机关", "意见条数", "已作结论条数", "采纳及部分采纳条数", "采纳比例(%)",
            "征求意见期限(日)", "期限不少于30日", "平均答复时间(日)"),
        cells);
  }

  /** 征求意见期限不少于30日的决策 / 网上征求意见的决策 (Art. 15). */
  @org.springframework.stereotype.Component
  static class PeriodColumn implements UnitFigureSource {
    private final ParticipationFigures figures;

    PeriodColumn(ParticipationFigures figures) {
      this.figures = figures;
    }

    @Override
    public String key() {
      return "commentPeriodAtLeast30";
    }

    @Override
    public String label() {
      return "征求意见期限不少于30日（件/网上征求意见件数）";
    }

    @Override
    public Map<String, AuditStatistics.Ratio> figures(AuditCriteria criteria) {
      Map<String, AuditStatistics.Ratio> out = new LinkedHashMap<>();
      if (criteria.year() != null) {
        figures.periodCounts(criteria.year(), criteria.unit())
            .forEach((u, v) -> out.put(u, new AuditStatistics.Ratio(v[0], v[1], "year=" + criteria.year() + "&unit=" + u)));
      }
      return out;
    }
  }

  /** 采纳及部分采纳的意见 / 已作结论的意见 (Art. 18). */
  @org.springframework.stereotype.Component
  static class AdoptionColumn implements UnitFigureSource {
    private final ParticipationFigures figures;

    AdoptionColumn(ParticipationFigures figures) {
      this.figures = figures;
    }

    @Override
    public String key() {
      return "opinionsAdopted";
    }

    @Override
    public String label() {
      return "公众意见采纳（采纳及部分采纳条数/已作结论条数）";
    }

    @Override
    public Map<String, AuditStatistics.Ratio> figures(AuditCriteria criteria) {
      Map<String, AuditStatistics.Ratio> out = new LinkedHashMap<>();
      if (criteria.year() != null) {
        figures.adoptionCounts(criteria.year(), criteria.unit())
            .forEach((u, v) -> out.put(u, new AuditStatistics.Ratio(v[0], v[1], "year=" + criteria.year() + "&unit=" + u)));
      }
      return out;
    }
  }
}
