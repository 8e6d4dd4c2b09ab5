package cn.gov.pujiang.decision.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalityOpinionRepository extends JpaRepository<LegalityOpinion, Long> {

  List<LegalityOpinion> findByDecisionIdOrderByRoundNoAsc(Long decisionId);

  Optional<LegalityOpinion> findFirstByDecisionIdOrderByRoundNoDesc(Long decisionId);

  Optional<LegalityOpinion> findByDecisionIdAndRoundNo(Long decisionId, int roundNo);
}
