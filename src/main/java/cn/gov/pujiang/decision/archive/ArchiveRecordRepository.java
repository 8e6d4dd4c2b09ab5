package cn.gov.pujiang.decision.archive;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveRecordRepository extends JpaRepository<ArchiveRecord, Long> {

  Optional<ArchiveRecord> findByDecisionId(Long decisionId);

  long countByDecisionId(Long decisionId);
}
