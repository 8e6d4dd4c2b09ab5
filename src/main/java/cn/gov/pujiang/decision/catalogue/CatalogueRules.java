package cn.gov.pujiang.decision.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How a catalogue is approved (decision.catalogue.* in application.yaml), readable from BPMN as
 * {@code ${catalogueRules.partyConsentRequired}}. Defaults take the stricter reading of points the
 * domain notes could not verify (ADR 0005, ADR 0006): the Party committee's consent (Decree 713
 * Art. 3 para. 3) is asked for town catalogues and for every adjustment too.
 */
@Component("catalogueRules")
@ConfigurationProperties("decision.catalogue")
public class CatalogueRules {

  /** The meeting that approves the county government's catalogue (practice: 常务会议). */
  private String countyApprovalBody = "县政府常务会议";
  /** The meeting that approves a town's or subdistrict's catalogue. */
  private String townApprovalBody = "乡镇（街道）党政联席会议";
  /** Whether publication waits for the recorded consent of the same-level Party committee. */
  private boolean partyConsentRequired = true;

  public String approvalBody(boolean county) {
    return county ? countyApprovalBody : townApprovalBody;
  }

  public String getCountyApprovalBody() {
    return countyApprovalBody;
  }

  public void setCountyApprovalBody(String countyApprovalBody) {
    this.countyApprovalBody = countyApprovalBody;
  }

  public String getTownApprovalBody() {
    return townApprovalBody;
  }

  public void setTownApprovalBody(String townApprovalBody) {
    this.townApprovalBody = townApprovalBody;
  }

  public boolean isPartyConsentRequired() {
    return partyConsentRequired;
  }

  public void setPartyConsentRequired(boolean partyConsentRequired) {
    this.partyConsentRequired = partyConsentRequired;
  }
}
