package cn.gov.pujiang.decision.execution;

import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.refusal.TextRules;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opinions of citizens, legal persons and other organisations about a decision in execution (Decree
 * 713 Art. 35 para. 2: they may put forward opinions and suggestions through various channels),
 * recorded by the unit at any time (md_execution_opinion, Flyway V18) and written to the trail. Their
 * number counts toward the Art. 36 (2) trigger (EvaluationDecisionCheck).
 */
@Service
public class ExecutionOpinions {

  static final int MAX_TEXT = 4000;
  static final int MAX_NAME = 100;

  /** Who put the opinion forward (Art. 35 para. 2). */
  public enum Source {
    CITIZEN("公民"),
    LEGAL_PERSON("法人"),
    ORGANISATION("其他组织");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One recorded opinion. */
  public record Opinion(long id, String source, String sourceLabel, String authorName, String opinion,
      LocalDate receivedOn, String enteredBy, OffsetDateTime enteredAt) {}

  private final JdbcTemplate jdbc;
  private final DecisionRegister register;
  private final StageRecords records;
  private final EngineClock clock;

  public ExecutionOpinions(JdbcTemplate jdbc, DecisionRegister register, StageRecords records, EngineClock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.records = records;
    this.clock = clock;
  }

  @Transactional
  public Opinion record(String decisionNo, String source, String authorName, String opinion, LocalDate receivedOn,
      String user) {
    Source kind = Arrays.stream(Source.values()).filter(s -> s.name().equals(source)).findFirst()
        .orElseThrow(() -> Refusal.invalid("source", "请选择意见提出人：CITIZEN（公民）、LEGAL_PERSON（法人）或 ORGANISATION（其他组织）"));
    String author = required(authorName, "authorName", "提出人姓名或名称", MAX_NAME, false);
    String text = required(opinion, "opinion", "意见内容", MAX_TEXT, true);
    LocalDate today = clock.now().toLocalDate();
    LocalDate received = receivedOn == null ? today : receivedOn;
    if (received.isAfter(today)) {
      throw Refusal.invalid("receivedOn", "收到意见的日期不能晚于今天（" + today + "）");
    }
    Decision decision = register.get(decisionNo);
    OffsetDateTime now = clock.now();
    jdbc.update("insert into md_execution_opinion (decision_id, source, author_name, opinion, received_on, entered_by,"
        + " entered_at) values (?, ?, ?, ?, ?, ?, ?)", decision.getId(), kind.name(), author, text, received, user, now);
    records.record(decisionNo, decision.getProcessInstanceId(), null, user, DecisionExecutionProcess.STAGE,
        Events.OPINION_RECORDED,
        "登记" + kind.label() + "“" + author + "”对决策执行提出的意见（" + received + "，《重大行政决策程序暂行条例》第三十五条第二款）：" + text);
    return list(decisionNo).get(0);
  }

  /** Newest first. */
  @Transactional(readOnly = true)
  public List<Opinion> list(String decisionNo) {
    return jdbc.query("select o.id, o.source, o.author_name, o.opinion, o.received_on, o.entered_by, o.entered_at"
            + " from md_execution_opinion o join md_decision d on d.id = o.decision_id where d.decision_no = ?"
            + " order by o.entered_at desc, o.id desc",
        (rs, i) -> new Opinion(rs.getLong(1), rs.getString(2), Source.valueOf(rs.getString(2)).label(), rs.getString(3),
            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class)),
        decisionNo);
  }

  @Transactional(readOnly = true)
  public int count(String decisionNo) {
    Integer n = jdbc.queryForObject("select count(*) from md_execution_opinion o join md_decision d on d.id = o.decision_id"
        + " where d.decision_no = ?", Integer.class, decisionNo);
    return n == null ? 0 : n;
  }

  static String required(String value, String field, String label, int max, boolean multiLine) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "请填写" + label);
    }
    if (multiLine) {
      TextRules.requireMultiLine(field, label, value);
    } else {
      TextRules.requireOneLine(field, label, value);
    }
    String trimmed = value.trim();
    if (trimmed.length() > max) {
      throw Refusal.invalid(field, label + "不得超过" + max + "个字");
    }
    return trimmed;
  }
}
