package cn.gov.pujiang.decision.lifecycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcedureRequirementRepository extends JpaRepository<ProcedureRequirement, Long> {

  List<ProcedureRequirement> findByDecisionIdOrderByIdAsc(Long decisionId);

  Optional<ProcedureRequirement> findByDecisionIdAndProcedure(Long decisionId, Procedure procedure);
}
