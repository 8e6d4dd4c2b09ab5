package cn.gov.pujiang.decision.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageRecordRepository extends JpaRepository<StageRecord, Long> {

  List<StageRecord> findByDecisionIdOrderByRecordedAtAscIdAsc(Long decisionId);

  List<StageRecord> findByDecisionIdAndEventOrderByIdAsc(Long decisionId, String event);
}
