package cn.gov.pujiang.decision.publication;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: a publication record is never changed. */
interface PublicationChannelRepository extends Repository<PublicationChannelRecord, Long> {

  PublicationChannelRecord save(PublicationChannelRecord record);

  List<PublicationChannelRecord> findByDecisionIdOrderByRecordedAtAscIdAsc(Long decisionId);
}
