package cn.gov.pujiang.decision.lifecycle;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: a review step is never changed. */
public interface FairCompetitionReviewRepository extends Repository<FairCompetitionReview, Long> {

  FairCompetitionReview save(FairCompetitionReview review);

  List<FairCompetitionReview> findByDecisionIdOrderByRecordedAtAscIdAsc(Long decisionId);
}
