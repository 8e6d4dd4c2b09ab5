package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.engine.CommonVariables;

/**
 * Ids and variable names of processes/decision-catalogue.bpmn (年度决策事项目录编制和公布) and
 * processes/catalogue-adjustment.bpmn (决策事项目录调整).
 */
public final class CatalogueProcess {

  public static final String KEY = "decision-catalogue";
  public static final String ADJUSTMENT_KEY = "catalogue-adjustment";

  private CatalogueProcess() {}

  /** BPMN element ids of decision-catalogue. */
  public static final class Elements {
    public static final String START = "StartEvent_CatalogueOpened";
    public static final String TASK_COMPILE = "Task_CompileCatalogue";
    public static final String TASK_APPROVE = "Task_ApproveCatalogue";
    public static final String GATEWAY_APPROVED = "Gateway_CatalogueApproved";
    public static final String GATEWAY_CONSENT_REQUIRED = "Gateway_PartyConsentRequired";
    public static final String TASK_PARTY_CONSENT = "Task_RecordPartyConsent";
    public static final String GATEWAY_CONSENTED = "Gateway_PartyConsented";
    public static final String GATEWAY_READY = "Gateway_ReadyToPublish";
    public static final String TASK_PUBLISH = "Task_PublishCatalogue";
    public static final String TASK_RECORD_PUBLICATION = "Task_RecordCataloguePublication";
    public static final String END_PUBLISHED = "EndEvent_CataloguePublished";

    public static final String FLOW_RETURNED = "SequenceFlow_CatalogueReturned";
    public static final String FLOW_CONSENT_REFUSED = "SequenceFlow_PartyConsentRefused";
    public static final String FLOW_NO_CONSENT_NEEDED = "SequenceFlow_PartyConsentNotRequired";

    private Elements() {}
  }

  /** BPMN element ids of catalogue-adjustment. */
  public static final class AdjustmentElements {
    public static final String START = "StartEvent_AdjustmentRequested";
    public static final String TASK_APPROVE = "Task_ApproveAdjustment";
    public static final String GATEWAY_APPROVED = "Gateway_AdjustmentApproved";
    public static final String GATEWAY_CONSENT_REQUIRED = "Gateway_AdjustmentConsentRequired";
    public static final String TASK_PARTY_CONSENT = "Task_RecordAdjustmentConsent";
    public static final String GATEWAY_CONSENTED = "Gateway_AdjustmentConsented";
    public static final String GATEWAY_READY = "Gateway_AdjustmentReady";
    public static final String TASK_APPLY = "Task_ApplyAdjustment";
    public static final String TASK_RECORD_PUBLICATION = "Task_RecordAdjustmentPublication";
    public static final String TASK_REJECT = "Task_RecordAdjustmentRejected";
    public static final String END_APPLIED = "EndEvent_AdjustmentApplied";
    public static final String END_REJECTED = "EndEvent_AdjustmentRejected";

    private AdjustmentElements() {}
  }

  /** Process variable names. */
  public static final class Vars {
    public static final String CATALOGUE_ID = "catalogueId";
    public static final String CATALOGUE_UNIT = CommonVariables.CATALOGUE_UNIT;
    public static final String CATALOGUE_YEAR = "catalogueYear";
    public static final String APPROVAL_BODY = "approvalBody";
    public static final String CATALOGUE_SUMMARY = "catalogueSummary";
    public static final String COMPILATION_NOTE = "compilationNote";
    public static final String ITEMS_CONFIRMED = "itemsConfirmed";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String MEETING_DATE = "approvalMeetingDate";
    public static final String APPROVAL_OPINION = "approvalOpinion";
    public static final String PARTY_CONSENT = "partyConsent";
    public static final String PARTY_CONSENT_DOCUMENT = "partyConsentDocument";
    public static final String PARTY_CONSENT_DATE = "partyConsentDate";
    public static final String ADJUSTMENT_ID = "adjustmentId";
    public static final String ADJUSTMENT_SUMMARY = "adjustmentSummary";
    public static final String ADJUSTMENT_DECISION = "adjustmentDecision";
    public static final String ADJUSTMENT_OPINION = "adjustmentOpinion";
    /** Art. 3 ¶3 publication record (Task_RecordCataloguePublication, Task_RecordAdjustmentPublication). */
    public static final String PUBLISHED_ON = "cataloguePublishedOn";
    public static final String PUBLICATION_CHANNEL = "cataloguePublicationChannel";
    public static final String PUBLICATION_REFERENCE = "cataloguePublicationReference";

    private Vars() {}
  }

  /** Values of the enumerations that gateways route on. */
  public static final class Values {
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String REJECT = "REJECT";
    public static final String CONSENTED = "CONSENTED";
    public static final String REFUSED = "REFUSED";

    private Values() {}
  }
}
