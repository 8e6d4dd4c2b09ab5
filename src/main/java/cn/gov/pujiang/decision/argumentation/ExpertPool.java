package cn.gov.pujiang.decision.argumentation;

import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's expert pool (专家库, Decree 713 Arts. 19-21, 41): its experts with their declared
 * conflicts, who took part in which decision, and the 通报批评 and 除名 of Art. 41. The one home of
 * the selection rules: pool experts must exist and not be removed, and an expert whose declared
 * conflicts name the decision's title or unit has a direct interest and cannot be selected (Art. 20).
 */
@Service
public class ExpertPool {

  private final JdbcTemplate jdbc;
  private final EngineClock clock;
  private final DecisionRegister register;

  public ExpertPool(JdbcTemplate jdbc, EngineClock clock, DecisionRegister register) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.register = register;
  }

  /** Where an expert stands in the pool. */
  public enum Status {
    ACTIVE("在库"),
    REMOVED("已除名");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Art. 41 measures recorded against an expert. */
  public enum SanctionKind {
    CRITICISED("通报批评"),
    REMOVED("除名");

    private final String label;

    SanctionKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One expert of the pool, with how often they were selected and how often sanctioned. */
  public record Expert(long id, String name, String field, String organisation, String declaredConflicts,
      Status status, int participations, int criticisms) {

    /** The declared conflicts, one organisation or matter per line. */
    public List<String> conflicts() {
      if (declaredConflicts == null) {
        return List.of();
      }
      return Arrays.stream(declaredConflicts.split("[\\r\\n；;]+")).map(String::trim).filter(s -> s.length() >= 2).toList();
    }
  }

  /** The whole pool, active experts first. */
  @Transactional(readOnly = true)
  public List<Expert> all() {
    return jdbc.query(SELECT + " order by case when e.status = 'ACTIVE' then 0 else 1 end, e.field, e.name", this::expert);
  }

  @Transactional(readOnly = true)
  public Optional<Expert> find(long id) {
    return jdbc.query(SELECT + " where e.id = ?", this::expert, id).stream().findFirst();
  }

  /** Adds an expert to the pool. */
  @Transactional
  public Expert add(String name, String field, String organisation, String declaredConflicts, String addedBy) {
    require("name", name, "专家姓名");
    require("field", field, "专业领域");
    require("organisation", organisation, "所在单位");
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(c -> {
      var ps = c.prepareStatement("insert into md_expert (name, field, organisation, declared_conflicts, status, added_by,"
          + " added_at) values (?, ?, ?, ?, 'ACTIVE', ?, ?)", new String[] {"id"});
      ps.setString(1, name.trim());
      ps.setString(2, field.trim());
      ps.setString(3, organisation.trim());
      ps.setString(4, declaredConflicts == null || declaredConflicts.isBlank() ? null : declaredConflicts.trim());
      ps.setString(5, addedBy);
      ps.setObject(6, clock.now());
      return ps;
    }, key);
    return find(key.getKey().longValue()).orElseThrow();
  }

  /**
   * Records a 通报批评 or 除名 (Art. 41); 除名 takes the expert out of selection for good.
   *
   * @throws Refusal for an unknown expert, a missing reason or a second removal
   */
  @Transactional
  public Expert sanction(long expertId, SanctionKind kind, String reason, String decisionNo, String recordedBy) {
    Expert expert = find(expertId).orElseThrow(() -> Refusal.notFound("专家库中没有编号为" + expertId + "的专家"));
    require("reason", reason, "处理理由");
    if (expert.status() == Status.REMOVED) {
      throw Refusal.conflict("EXPERT_REMOVED", "专家" + expert.name() + "已被除名，不能再作处理");
    }
    Long decisionId = decisionNo == null || decisionNo.isBlank() ? null
        : register.find(decisionNo.trim())
            .orElseThrow(() -> Refusal.invalid("decisionNo", "决策事项不存在：" + Quote.of(decisionNo))).getId();
    jdbc.update("insert into md_expert_sanction (expert_id, kind, reason, decision_id, recorded_by, recorded_at)"
        + " values (?, ?, ?, ?, ?, ?)", expertId, kind.name(), reason.trim(), decisionId, recordedBy, clock.now());
    if (kind == SanctionKind.REMOVED) {
      jdbc.update("update md_expert set status = 'REMOVED' where id = ?", expertId);
    }
    return find(expertId).orElseThrow();
  }

  /**
   * The pool experts named by their numbers, checked for selection on the given decision.
   *
   * @throws ProcedureViolation for an unknown number, a removed expert (Art. 41) or an expert whose
   *     declared conflicts name the decision's title or unit (Art. 20)
   */
  @Transactional(readOnly = true)
  public List<Expert> checkSelection(Set<Long> ids, String decisionTitle, String unitName) {
    List<Expert> chosen = new ArrayList<>();
    for (long id : ids) {
      Expert expert = find(id).orElseThrow(() -> new ProcedureViolation("专家库中没有编号为" + id + "的专家"));
      if (expert.status() == Status.REMOVED) {
        throw new ProcedureViolation("专家" + expert.name() + "已被除名（第四十一条），不能选择");
      }
      for (String conflict : expert.conflicts()) {
        if (contains(decisionTitle, conflict) || contains(unitName, conflict)) {
          throw new ProcedureViolation("专家" + expert.name() + "申报与“" + conflict
              + "”存在利害关系，与本决策事项有直接利害关系，不得选择（第二十条）");
        }
      }
      chosen.add(expert);
    }
    return chosen;
  }

  /** Records who was selected for the decision: pool experts and, if any, the outside experts with the reason. */
  @Transactional
  public void recordSelection(String decisionNo, List<Expert> poolExperts, String outsideNames, String outsideReason,
      String selectedBy) {
    long decisionId = register.get(decisionNo).getId();
    OffsetDateTime now = clock.now();
    for (Expert e : poolExperts) {
      jdbc.update("insert into md_expert_participation (decision_id, expert_id, selected_by, selected_at) values (?, ?, ?, ?)",
          decisionId, e.id(), selectedBy, now);
    }
    if (outsideNames != null && !outsideNames.isBlank()) {
      jdbc.update("insert into md_expert_participation (decision_id, outside_name, outside_reason, selected_by, selected_at)"
          + " values (?, ?, ?, ?, ?)", decisionId, outsideNames.trim(), outsideReason.trim(), selectedBy, now);
    }
  }

  /** Parses "3、5, 8" into pool numbers. */
  public static Set<Long> parseIds(String text) {
    Set<Long> ids = new LinkedHashSet<>();
    if (text == null) {
      return ids;
    }
    for (String part : text.split("[\\s,，、;；]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(part.trim()));
      } catch (NumberFormatException e) {
        throw new ProcedureViolation("专家库编号应为数字，多个编号用逗号或顿号分隔：" + Quote.of(part));
      }
    }
    return ids;
  }

  private static boolean contains(String text, String conflict) {
    return text != null && text.contains(conflict);
  }

  private static void require(String field, String value, String label) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "请填写" + label);
    }
  }

  private static final String SELECT =
      "select e.id, e.name, e.field, e.organisation, e.declared_conflicts, e.status,"
          + " (select count(*) from md_expert_participation p where p.expert_id = e.id),"
          + " (select count(*) from md_expert_sanction s where s.expert_id = e.id and s.kind = 'CRITICISED')"
          + " from md_expert e";

  private Expert expert(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Expert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        Status.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8));
  }
}
