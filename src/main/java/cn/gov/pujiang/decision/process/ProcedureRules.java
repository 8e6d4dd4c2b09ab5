package cn.gov.pujiang.decision.process;

/**
 * Statutory time limits and thresholds (decision.rules.* in application.yaml), readable from BPMN
 * as {@code ${procedureRules.legalityReviewWorkingDays}}. Each default is the legal minimum; a
 * county rule can only make them stricter. Legal basis per key in docs/processes.md.
 */
public class ProcedureRules {

  private int minCommentPeriodDays = 30;
  private int hearingMaterialLeadDays = 7;
  private int legalityReviewWorkingDays = 7;
  private int publicationWorkingDays = 20;
  private String executionReportInterval = "P90D";

  public int getMinCommentPeriodDays() {
    return minCommentPeriodDays;
  }

  public void setMinCommentPeriodDays(int minCommentPeriodDays) {
    this.minCommentPeriodDays = minCommentPeriodDays;
  }

  public int getHearingMaterialLeadDays() {
    return hearingMaterialLeadDays;
  }

  public void setHearingMaterialLeadDays(int hearingMaterialLeadDays) {
    this.hearingMaterialLeadDays = hearingMaterialLeadDays;
  }

  public int getLegalityReviewWorkingDays() {
    return legalityReviewWorkingDays;
  }

  public void setLegalityReviewWorkingDays(int legalityReviewWorkingDays) {
    this.legalityReviewWorkingDays = legalityReviewWorkingDays;
  }

  public int getPublicationWorkingDays() {
    return publicationWorkingDays;
  }

  public void setPublicationWorkingDays(int publicationWorkingDays) {
    this.publicationWorkingDays = publicationWorkingDays;
  }

  public String getExecutionReportInterval() {
    return executionReportInterval;
  }

  public void setExecutionReportInterval(String executionReportInterval) {
    this.executionReportInterval = executionReportInterval;
  }
}
