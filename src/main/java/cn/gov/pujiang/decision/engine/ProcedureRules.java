package cn.gov.pujiang.decision.engine;

/**
 * Statutory time limits and thresholds (decision.rules.* in application.yaml), readable from BPMN
 * as {@code ${procedureRules.legalityReviewWorkingDays}}. Each default is the legal minimum; a
 * county rule can only make them stricter. Legal basis per key in docs/processes.md.
 */
public class ProcedureRules {

  private int minCommentPeriodDays = 30;
  private int hearingMaterialLeadDays = 7;
  private int legalityReviewWorkingDays = 7;
  private boolean legalityReviewShortenable = true;
  private boolean townFairCompetitionByMarketRegulator = false;
  private int publicationWorkingDays = 20;
  private String executionReportInterval = "P90D";
  private int executionOpinionsForEvaluation = 10;
  private java.util.List<String> publicationChannelsCounty = java.util.List.of("GAZETTE", "PORTAL", "NEWSPAPER");
  private java.util.List<String> publicationChannelsTown = java.util.List.of("PORTAL", "NEWSPAPER");

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

  /**
   * Whether the decision organ may hold the meeting sooner than {@link #getLegalityReviewWorkingDays}
   * after the submission: Art. 26 says "一般不少于", so the law allows it with a reason; a county rule
   * may switch it off (ADR 0005).
   */
  public boolean isLegalityReviewShortenable() {
    return legalityReviewShortenable;
  }

  public void setLegalityReviewShortenable(boolean legalityReviewShortenable) {
    this.legalityReviewShortenable = legalityReviewShortenable;
  }

  /**
   * Whether a town's own measures also go to the county market-regulation department
   * (fair-competition-routing.dmn). FCR Regulation Art. 14 names governments at county level and
   * above, so by default the town reviews its measure as the drafter (Arts. 2, 13 by analogy); a
   * county rule may choose the stricter route.
   */
  public boolean isTownFairCompetitionByMarketRegulator() {
    return townFairCompetitionByMarketRegulator;
  }

  public void setTownFairCompetitionByMarketRegulator(boolean townFairCompetitionByMarketRegulator) {
    this.townFairCompetitionByMarketRegulator = townFairCompetitionByMarketRegulator;
  }

  public int getPublicationWorkingDays() {
    return publicationWorkingDays;
  }

  public void setPublicationWorkingDays(int publicationWorkingDays) {
    this.publicationWorkingDays = publicationWorkingDays;
  }

  /**
   * The channels through which the county government must publish (Decree 713 Art. 32: 本级人民政府公报
   * 和政府网站以及在本行政区域内发行的报纸, read as all three).
   */
  public java.util.List<String> getPublicationChannelsCounty() {
    return publicationChannelsCounty;
  }

  public void setPublicationChannelsCounty(java.util.List<String> publicationChannelsCounty) {
    this.publicationChannelsCounty = publicationChannelsCounty;
  }

  /** The same for a town, which has no gazette of its own: website and a newspaper circulating there. */
  public java.util.List<String> getPublicationChannelsTown() {
    return publicationChannelsTown;
  }

  public void setPublicationChannelsTown(java.util.List<String> publicationChannelsTown) {
    this.publicationChannelsTown = publicationChannelsTown;
  }

  public String getExecutionReportInterval() {
    return executionReportInterval;
  }

  public void setExecutionReportInterval(String executionReportInterval) {
    this.executionReportInterval = executionReportInterval;
  }

  /**
   * How many recorded opinions of citizens and organisations (Decree 713 Art. 35 para. 2) count as
   * "较多意见", the Art. 36 (2) trigger of a post-decision evaluation. A local figure: the decree sets none.
   */
  public int getExecutionOpinionsForEvaluation() {
    return executionOpinionsForEvaluation;
  }

  public void setExecutionOpinionsForEvaluation(int executionOpinionsForEvaluation) {
    this.executionOpinionsForEvaluation = executionOpinionsForEvaluation;
  }
}
