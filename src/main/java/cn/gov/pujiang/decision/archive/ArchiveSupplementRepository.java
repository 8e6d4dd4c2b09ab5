package cn.gov.pujiang.decision.archive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveSupplementRepository extends JpaRepository<ArchiveSupplement, Long> {

  Optional<ArchiveSupplement> findFirstByArchiveRecordIdAndStatus(Long archiveRecordId, ArchiveStatus status);

  List<ArchiveSupplement> findByArchiveRecordIdOrderById(Long archiveRecordId);
}
