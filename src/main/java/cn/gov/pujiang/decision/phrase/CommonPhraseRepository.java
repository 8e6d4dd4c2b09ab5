package cn.gov.pujiang.decision.phrase;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommonPhraseRepository extends JpaRepository<CommonPhrase, Long> {

  List<CommonPhrase> findByOwnerUserOrderById(String ownerUser);

  List<CommonPhrase> findByUnitCodeInOrderByUnitCodeAscIdAsc(Collection<String> unitCodes);

  java.util.Optional<CommonPhrase> findFirstByOwnerUserAndText(String ownerUser, String text);

  java.util.Optional<CommonPhrase> findFirstByUnitCodeAndText(String unitCode, String text);

  long countByOwnerUser(String ownerUser);

  long countByUnitCode(String unitCode);
}
