package cn.gov.pujiang.decision.participation;

import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the hearings held on decisions (md_hearing, Decree 713 Arts. 16, 17; the complete record); insert only. */
@Service
public class Hearings {

  /** One hearing as held: the Art. 16 preparation and the Art. 17 summary. */
  public record Hearing(
      LocalDate hearingDate,
      String place,
      LocalDate noticePublishedOn,
      String noticeChannel,
      String selectionMethod,
      String participantList,
      LocalDate materialsDeliveredOn,
      String summary,
      String recordedBy) {}

  private final JdbcTemplate jdbc;
  private final DecisionRegister register;
  private final EngineClock clock;

  public Hearings(JdbcTemplate jdbc, DecisionRegister register, EngineClock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.clock = clock;
  }

  @Transactional
  public void record(String decisionNo, Hearing hearing, String processInstanceId) {
    Long decisionId = register.get(decisionNo).getId();
    register.recordsChanged(decisionId);
    jdbc.update("insert into md_hearing (decision_id, hearing_date, place, notice_published_on, notice_channel,"
            + " selection_method, participant_list, materials_delivered_on, summary, recorded_by, recorded_at,"
            + " process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        decisionId, hearing.hearingDate(), hearing.place(), hearing.noticePublishedOn(), hearing.noticeChannel(),
        hearing.selectionMethod(), hearing.participantList(), hearing.materialsDeliveredOn(), hearing.summary(),
        hearing.recordedBy(), clock.now(), processInstanceId);
  }

  /** The hearings on the decision, oldest first. */
  @Transactional(readOnly = true)
  public List<Hearing> forDecision(String decisionNo) {
    return jdbc.query("select hearing_date, place, notice_published_on, notice_channel, selection_method,"
            + " participant_list, materials_delivered_on, summary, recorded_by from md_hearing where decision_id = ?"
            + " order by recorded_at, id",
        (rs, i) -> new Hearing(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
            rs.getString(9)),
        register.get(decisionNo).getId());
  }
}
