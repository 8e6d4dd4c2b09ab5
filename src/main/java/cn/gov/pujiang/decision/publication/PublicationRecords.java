package cn.gov.pujiang.decision.publication;

import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.publication.DecisionPublicationProcess.Channel;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps where and when each decision was published, channel by channel (Decree 713 Art. 32). */
@Service
public class PublicationRecords {

  /** One channel as the office registered it. */
  public record ChannelEntry(Channel channel, LocalDate publishedOn, String reference) {}

  private final PublicationChannelRepository channels;
  private final DecisionRegister register;
  private final EngineClock clock;

  PublicationRecords(PublicationChannelRepository channels, DecisionRegister register, EngineClock clock) {
    this.channels = channels;
    this.register = register;
    this.clock = clock;
  }

  @Transactional
  public void record(String decisionNo, String documentNumber, List<ChannelEntry> entries, String recordedBy,
      String processInstanceId) {
    Long decisionId = register.get(decisionNo).getId();
    register.recordsChanged(decisionId);
    for (ChannelEntry entry : entries) {
      channels.save(new PublicationChannelRecord(decisionId, entry.channel(), entry.publishedOn(), entry.reference(),
          documentNumber, recordedBy, clock.now(), processInstanceId));
    }
  }

  /** Every channel of every publication of the decision, oldest first. */
  @Transactional(readOnly = true)
  public List<PublicationChannelRecord> forDecision(String decisionNo) {
    return channels.findByDecisionIdOrderByRecordedAtAscIdAsc(register.get(decisionNo).getId());
  }
}
