package cn.gov.pujiang.decision.register;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

  Optional<Decision> findByDecisionNo(String decisionNo);
}
