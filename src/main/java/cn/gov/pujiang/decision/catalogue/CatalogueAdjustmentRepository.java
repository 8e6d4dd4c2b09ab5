package cn.gov.pujiang.decision.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueAdjustmentRepository extends JpaRepository<CatalogueAdjustment, Long> {

  List<CatalogueAdjustment> findByCatalogueIdOrderByRequestedAtAscIdAsc(Long catalogueId);

  boolean existsByItemIdAndStatus(Long itemId, AdjustmentStatus status);

  boolean existsByCatalogueIdAndKindAndProposedTitleAndStatus(
      Long catalogueId, AdjustmentKind kind, String proposedTitle, AdjustmentStatus status);
}
