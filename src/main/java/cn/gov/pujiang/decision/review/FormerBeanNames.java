package cn.gov.pujiang.decision.review;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The names under which legality-review versions deployed before the bean names were made equal to
 * the class names call three beans. Instances running on those versions keep calling the old names
 * (a new process version does not move running instances), so the old names stay as aliases until
 * no such instance is left.
 */
@Configuration
class FormerBeanNames {

  @Bean
  static BeanFactoryPostProcessor legalityReviewFormerBeanNames() {
    return beanFactory -> {
      beanFactory.registerAlias("registerSubmissionDelegate", "registerReviewSubmissionDelegate");
      beanFactory.registerAlias("recordReturnDelegate", "recordReviewReturnDelegate");
      beanFactory.registerAlias("completenessCheckListener", "reviewCompletenessListener");
    };
  }
}
