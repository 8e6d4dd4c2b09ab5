package cn.gov.pujiang.decision.register;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

  Optional<Decision> findByDecisionNo(String decisionNo);

  Optional<Decision> findByCatalogueItemId(Long catalogueItemId);

  /** A decision outside the catalogue of this unit and title that has not ended (duplicate starts). */
  Optional<Decision> findFirstByUnitCodeAndTitleAndCatalogueItemIdIsNullAndStatusNot(
      String unitCode, String title, DecisionStatus status);

  java.util.List<Decision> findByUnitCodeOrderByCreatedAtDesc(String unitCode);

  java.util.List<Decision> findByDecisionNoStartingWithOrderByCreatedAtDesc(String prefix);
}
