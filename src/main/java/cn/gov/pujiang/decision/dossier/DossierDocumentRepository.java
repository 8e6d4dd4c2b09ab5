package cn.gov.pujiang.decision.dossier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DossierDocumentRepository extends JpaRepository<DossierDocument, Long> {

  List<DossierDocument> findByDecisionNoOrderByKindAscVersionAsc(String decisionNo);

  Optional<DossierDocument> findByIdAndDecisionNo(Long id, String decisionNo);

  @Query("select coalesce(max(d.version), 0) from DossierDocument d where d.decisionNo = ?1 and d.kind = ?2")
  int latestVersion(String decisionNo, DocumentKind kind);

  boolean existsByDecisionNoAndKind(String decisionNo, DocumentKind kind);

  boolean existsByDecisionNoAndKindAndUploadedAtGreaterThanEqual(
      String decisionNo, DocumentKind kind, OffsetDateTime since);
}
