package cn.gov.pujiang.decision.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Instances on legality-review versions before the renaming still find the beans they call. */
class FormerBeanNamesTest extends ProcessTestSupport {

  @Autowired ApplicationContext context;

  @Test
  void theOldBeanNamesStillLeadToTheSameBeans() {
    assertThat(context.getBean("registerReviewSubmissionDelegate")).isSameAs(context.getBean(RegisterSubmissionDelegate.class));
    assertThat(context.getBean("recordReviewReturnDelegate")).isSameAs(context.getBean(RecordReturnDelegate.class));
    assertThat(context.getBean("reviewCompletenessListener")).isSameAs(context.getBean(CompletenessCheckListener.class));
  }
}
