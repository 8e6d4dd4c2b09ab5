package cn.gov.pujiang.decision.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain of a major adjustment (Decree 713 Art. 37): the decision body of a decision in execution
 * orders an adjustment, a catalogue addition is requested for it (Art. 3 para. 3), and the decision
 * later started from that item is its successor. One row of md_decision_succession (Flyway V18) per
 * adjustment; read in both directions. Written by execution/StartAdjustedDecisionDelegate and
 * catalogue/RegisterDecisionDelegate, read by the audit timeline.
 */
@Service
public class DecisionSuccession {

  /** One link: the old decision, the catalogue adjustment requested for it, and the new decision once started. */
  public record Link(String predecessorNo, String predecessorTitle, long adjustmentId, String successorNo,
      String successorTitle, String orderedByMeeting, LocalDate orderedOn) {}

  private static final String SELECT =
      "select p.decision_no, p.title, s.adjustment_id, n.decision_no, n.title, s.ordered_by_meeting, s.ordered_on"
          + " from md_decision_succession s join md_decision p on p.id = s.predecessor_id"
          + " left join md_decision n on n.id = s.successor_id ";

  private final JdbcTemplate jdbc;

  public DecisionSuccession(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public void order(long predecessorId, long adjustmentId, String meeting, LocalDate meetingDate, OffsetDateTime now) {
    jdbc.update(
        "insert into md_decision_succession (predecessor_id, adjustment_id, ordered_by_meeting, ordered_on, ordered_at)"
            + " values (?, ?, ?, ?, ?)",
        predecessorId, adjustmentId, meeting, meetingDate, now);
  }

  /**
   * Links a decision just registered from a catalogue item to the decision whose major adjustment
   * added that item, if any.
   */
  @Transactional
  public Optional<Link> linkSuccessor(long successorId, long catalogueItemId) {
    int linked = jdbc.update(
        "update md_decision_succession set successor_id = ? where successor_id is null and adjustment_id in"
            + " (select a.id from md_catalogue_adjustment a where a.item_id = ?)",
        successorId, catalogueItemId);
    if (linked == 0) {
      return Optional.empty();
    }
    return links("where s.successor_id = ?", successorId).stream().findFirst();
  }

  /** The links in which the decision is the old one (its successors) or the new one (its predecessor). */
  @Transactional(readOnly = true)
  public List<Link> of(String decisionNo) {
    return links("where p.decision_no = ? or n.decision_no = ? order by s.ordered_at", decisionNo, decisionNo);
  }

  private List<Link> links(String where, Object... args) {
    return jdbc.query(SELECT + where, (rs, i) -> new Link(rs.getString(1), rs.getString(2), rs.getLong(3),
        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)), args);
  }
}
