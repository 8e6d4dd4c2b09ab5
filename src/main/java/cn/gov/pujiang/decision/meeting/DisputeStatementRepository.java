package cn.gov.pujiang.decision.meeting;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: a dispute statement submitted with the meeting materials is never changed. */
public interface DisputeStatementRepository extends Repository<DisputeStatement, Long> {

  DisputeStatement save(DisputeStatement statement);

  List<DisputeStatement> findByDecisionIdOrderByRecordedAtAscIdAsc(Long decisionId);
}
