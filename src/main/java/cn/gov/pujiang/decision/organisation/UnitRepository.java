package cn.gov.pujiang.decision.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, String> {

  List<Unit> findAllByOrderBySortOrder();
}
