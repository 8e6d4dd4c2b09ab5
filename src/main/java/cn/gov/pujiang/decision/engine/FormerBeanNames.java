package cn.gov.pujiang.decision.engine;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean names that process versions deployed earlier still call. A new process version does not move running
 * instances, so an instance started on an earlier version keeps calling the name its version was deployed with:
 * the legality review's three delegates named before their bean names were made equal to their classes, and the
 * completion checks named {@code *Listener} before they were named {@code *Check}. Each old name stays an alias
 * of the renamed bean until no instance of those versions is left (Cockpit shows the versions still running).
 */
@Configuration
class FormerBeanNames {

  /** New bean name and former name, in pairs; FormerBeanNamesTest checks that every pair resolves. */
  @Bean
  static BeanFactoryPostProcessor formerBeanNameAliases() {
    return beanFactory -> {
      beanFactory.registerAlias("registerSubmissionDelegate", "registerReviewSubmissionDelegate");
      beanFactory.registerAlias("recordReturnDelegate", "recordReviewReturnDelegate");
      beanFactory.registerAlias("completenessCheck", "reviewCompletenessListener");
      beanFactory.registerAlias("riskAdjustmentCheck", "riskAdjustmentListener");
      beanFactory.registerAlias("riskAssessmentOrganisationCheck", "riskAssessmentOrganisationListener");
      beanFactory.registerAlias("riskReportCheck", "riskReportListener");
      beanFactory.registerAlias("legalAdviserOpinionCheck", "legalAdviserOpinionListener");
      beanFactory.registerAlias("judicialOfficeOpinionCheck", "judicialOfficeOpinionListener");
      beanFactory.registerAlias("legalityOpinionCheck", "legalityOpinionListener");
      beanFactory.registerAlias("countyGuidanceCheck", "countyGuidanceListener");
      beanFactory.registerAlias("completenessCheck", "completenessCheckListener");
      beanFactory.registerAlias("meetingScheduleCheck", "meetingScheduleListener");
      beanFactory.registerAlias("partyCommitteeReportCheck", "partyCommitteeReportListener");
      beanFactory.registerAlias("peoplesCongressDecisionCheck", "peoplesCongressDecisionListener");
      beanFactory.registerAlias("meetingMaterialsCheck", "meetingMaterialsListener");
      beanFactory.registerAlias("meetingRecordCheck", "meetingRecordListener");
      beanFactory.registerAlias("peoplesCongressReportCheck", "peoplesCongressReportListener");
      beanFactory.registerAlias("interpretationCheck", "interpretationListener");
      beanFactory.registerAlias("nonDisclosureCheck", "nonDisclosureListener");
      beanFactory.registerAlias("publicationCheck", "publicationListener");
      beanFactory.registerAlias("adjustmentApprovalCheck", "adjustmentApprovalListener");
      beanFactory.registerAlias("partyConsentCheck", "partyConsentListener");
      beanFactory.registerAlias("cataloguePublicationCheck", "cataloguePublicationListener");
      beanFactory.registerAlias("catalogueApprovalCheck", "catalogueApprovalListener");
      beanFactory.registerAlias("supplementArchiveCheck", "supplementArchiveListener");
      beanFactory.registerAlias("archiveConfirmationCheck", "archiveConfirmationListener");
      beanFactory.registerAlias("draftCheck", "draftListener");
      beanFactory.registerAlias("factChangeDecisionCheck", "factChangeDecisionListener");
      beanFactory.registerAlias("confirmProceduresCheck", "confirmProceduresListener");
      beanFactory.registerAlias("initiationCheck", "initiationListener");
      beanFactory.registerAlias("revisionCheck", "revisionListener");
      beanFactory.registerAlias("reviewSubmissionCheck", "reviewSubmissionListener");
      beanFactory.registerAlias("commentNoticeCheck", "commentNoticeListener");
      beanFactory.registerAlias("opinionAdoptionCheck", "opinionAdoptionListener");
      beanFactory.registerAlias("hearingRecordCheck", "hearingRecordListener");
      beanFactory.registerAlias("hearingPreparationCheck", "hearingPreparationListener");
      beanFactory.registerAlias("participationMethodsCheck", "participationMethodsListener");
      beanFactory.registerAlias("expertRevisionCheck", "expertRevisionListener");
      beanFactory.registerAlias("expertOpinionsCheck", "expertOpinionsListener");
      beanFactory.registerAlias("expertSelectionCheck", "expertSelectionListener");
      beanFactory.registerAlias("executionReportCheck", "executionReportListener");
      beanFactory.registerAlias("executionUnitCheck", "executionUnitListener");
      beanFactory.registerAlias("evaluatorIndependenceCheck", "evaluatorIndependenceListener");
      beanFactory.registerAlias("evaluationDecisionCheck", "evaluationDecisionListener");
      beanFactory.registerAlias("executionDecisionCheck", "executionDecisionListener");
      beanFactory.registerAlias("suspensionCheck", "suspensionListener");
      beanFactory.registerAlias("problemAssessmentCheck", "problemAssessmentListener");
      beanFactory.registerAlias("evaluationReportCheck", "evaluationReportListener");
    };
  }
}
