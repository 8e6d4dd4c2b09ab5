package cn.gov.pujiang.decision.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Instances on process versions deployed before a bean was renamed still find the bean they call. */
class FormerBeanNamesTest extends ProcessTestSupport {

  /** Former name -> current name, as the earlier process versions call them. */
  private static final Map<String, String> FORMER_NAMES = Map.ofEntries(
      Map.entry("registerReviewSubmissionDelegate", "registerSubmissionDelegate"),
      Map.entry("recordReviewReturnDelegate", "recordReturnDelegate"),
      Map.entry("reviewCompletenessListener", "completenessCheck"),
      Map.entry("riskAdjustmentListener", "riskAdjustmentCheck"),
      Map.entry("riskAssessmentOrganisationListener", "riskAssessmentOrganisationCheck"),
      Map.entry("riskReportListener", "riskReportCheck"),
      Map.entry("legalAdviserOpinionListener", "legalAdviserOpinionCheck"),
      Map.entry("judicialOfficeOpinionListener", "judicialOfficeOpinionCheck"),
      Map.entry("legalityOpinionListener", "legalityOpinionCheck"),
      Map.entry("countyGuidanceListener", "countyGuidanceCheck"),
      Map.entry("completenessCheckListener", "completenessCheck"),
      Map.entry("meetingScheduleListener", "meetingScheduleCheck"),
      Map.entry("partyCommitteeReportListener", "partyCommitteeReportCheck"),
      Map.entry("peoplesCongressDecisionListener", "peoplesCongressDecisionCheck"),
      Map.entry("meetingMaterialsListener", "meetingMaterialsCheck"),
      Map.entry("meetingRecordListener", "meetingRecordCheck"),
      Map.entry("peoplesCongressReportListener", "peoplesCongressReportCheck"),
      Map.entry("interpretationListener", "interpretationCheck"),
      Map.entry("nonDisclosureListener", "nonDisclosureCheck"),
      Map.entry("publicationListener", "publicationCheck"),
      Map.entry("adjustmentApprovalListener", "adjustmentApprovalCheck"),
      Map.entry("partyConsentListener", "partyConsentCheck"),
      Map.entry("cataloguePublicationListener", "cataloguePublicationCheck"),
      Map.entry("catalogueApprovalListener", "catalogueApprovalCheck"),
      Map.entry("supplementArchiveListener", "supplementArchiveCheck"),
      Map.entry("archiveConfirmationListener", "archiveConfirmationCheck"),
      Map.entry("draftListener", "draftCheck"),
      Map.entry("factChangeDecisionListener", "factChangeDecisionCheck"),
      Map.entry("confirmProceduresListener", "confirmProceduresCheck"),
      Map.entry("initiationListener", "initiationCheck"),
      Map.entry("revisionListener", "revisionCheck"),
      Map.entry("reviewSubmissionListener", "reviewSubmissionCheck"),
      Map.entry("commentNoticeListener", "commentNoticeCheck"),
      Map.entry("opinionAdoptionListener", "opinionAdoptionCheck"),
      Map.entry("hearingRecordListener", "hearingRecordCheck"),
      Map.entry("hearingPreparationListener", "hearingPreparationCheck"),
      Map.entry("participationMethodsListener", "participationMethodsCheck"),
      Map.entry("expertRevisionListener", "expertRevisionCheck"),
      Map.entry("expertOpinionsListener", "expertOpinionsCheck"),
      Map.entry("expertSelectionListener", "expertSelectionCheck"),
      Map.entry("executionReportListener", "executionReportCheck"),
      Map.entry("executionUnitListener", "executionUnitCheck"),
      Map.entry("evaluatorIndependenceListener", "evaluatorIndependenceCheck"),
      Map.entry("evaluationDecisionListener", "evaluationDecisionCheck"),
      Map.entry("executionDecisionListener", "executionDecisionCheck"),
      Map.entry("suspensionListener", "suspensionCheck"),
      Map.entry("problemAssessmentListener", "problemAssessmentCheck"),
      Map.entry("evaluationReportListener", "evaluationReportCheck"));

  @Autowired ApplicationContext context;

  @Test
  void everyFormerNameLeadsToTheRenamedBean() {
    FORMER_NAMES.forEach((former, current) ->
        assertThat(context.getBean(former)).as(former).isSameAs(context.getBean(current)));
  }

  @Test
  void completionChecksAreNamedAsChecks() {
    assertThat(context.getBeansOfType(CompletionCheck.class)).isNotEmpty()
        .allSatisfy((name, bean) -> assertThat(name).endsWith("Check"));
  }
}
