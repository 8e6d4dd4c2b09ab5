package cn.gov.pujiang.decision.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicOpinionRepository extends JpaRepository<PublicOpinion, Long> {

  List<PublicOpinion> findByDecisionNoOrderByReceivedAtAscIdAsc(String decisionNo);

  Optional<PublicOpinion> findByReceiptNo(String receiptNo);

  Optional<PublicOpinion> findByIdAndDecisionNo(Long id, String decisionNo);

  boolean existsByDecisionNoAndTextHash(String decisionNo, String textHash);

  long countByDecisionNoAndClassificationIsNullAndDismissedFalse(String decisionNo);
}
