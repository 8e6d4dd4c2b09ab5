package cn.gov.pujiang.decision.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CatalogueItemRepository extends JpaRepository<CatalogueItem, Long> {

  List<CatalogueItem> findByCatalogueIdOrderBySeq(Long catalogueId);

  Optional<CatalogueItem> findByItemNo(String itemNo);

  boolean existsByCatalogueIdAndTitle(Long catalogueId, String title);

  boolean existsByCatalogueIdAndTitleAndIdNot(Long catalogueId, String title, Long id);

  long countByCatalogueId(Long catalogueId);

  @Query("select coalesce(max(i.seq), 0) from CatalogueItem i where i.catalogueId = ?1")
  int maxSeq(Long catalogueId);
}
