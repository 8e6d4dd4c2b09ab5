package cn.gov.pujiang.decision.participation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

  Optional<Consultation> findByPublicToken(String publicToken);

  Optional<Consultation> findByDecisionNo(String decisionNo);

  List<Consultation> findByClosesAtAfterOrderByClosesAtAsc(OffsetDateTime now);

  List<Consultation> findAllByOrderByOpensAtDesc();
}
