package cn.gov.pujiang.decision.meeting;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: meeting records are never changed or deleted. */
public interface MeetingRecordRepository extends Repository<MeetingRecord, Long> {

  MeetingRecord save(MeetingRecord record);

  List<MeetingRecord> findByDecisionIdOrderByRecordedAtAscIdAsc(Long decisionId);
}
