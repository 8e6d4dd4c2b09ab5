package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.engine.EngineClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public record of how a catalogue and each adjustment were published (Decree 713 Art. 3 ¶3,
 * the complete record): date, channel and URL or issue, insert only (md_catalogue_publication).
 */
@Service
public class CataloguePublications {

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  public CataloguePublications(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One publication of a catalogue (adjustmentId null) or of one of its adjustments. */
  public record Publication(long catalogueId, Long adjustmentId, LocalDate publishedOn, PublicationChannel channel,
      String reference, String recordedBy, OffsetDateTime recordedAt) {}

  @Transactional
  public void record(long catalogueId, Long adjustmentId, LocalDate publishedOn, PublicationChannel channel,
      String reference, String recordedBy) {
    jdbc.update("insert into md_catalogue_publication (catalogue_id, adjustment_id, published_on, channel, reference,"
        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)",
        catalogueId, adjustmentId, publishedOn, channel.name(), reference, recordedBy, clock.now());
  }

  /** The catalogue's publications, its own first, then its adjustments', in the order recorded. */
  @Transactional(readOnly = true)
  public List<Publication> of(long catalogueId) {
    return jdbc.query("select catalogue_id, adjustment_id, published_on, channel, reference, recorded_by, recorded_at"
        + " from md_catalogue_publication where catalogue_id = ? order by id",
        (rs, i) -> new Publication(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getObject(3, LocalDate.class),
            PublicationChannel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
            rs.getObject(7, OffsetDateTime.class)),
        catalogueId);
  }
}
