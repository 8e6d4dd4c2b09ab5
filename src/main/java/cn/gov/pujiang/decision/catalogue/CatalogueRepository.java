package cn.gov.pujiang.decision.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueRepository extends JpaRepository<Catalogue, Long> {

  Optional<Catalogue> findByUnitCodeAndYear(String unitCode, int year);

  List<Catalogue> findByUnitCodeOrderByYearDesc(String unitCode);

  List<Catalogue> findByYearOrderByUnitCode(int year);

  List<Catalogue> findAllByOrderByYearDescUnitCodeAsc();
}
