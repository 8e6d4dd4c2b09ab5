package cn.gov.pujiang.decision.publication;

import cn.gov.pujiang.decision.engine.CommonVariables;
import java.util.List;

/** Ids, variable names and choice values of processes/decision-publication.bpmn (决策公布). */
public final class DecisionPublicationProcess {

  public static final String KEY = "decision-publication";
  /** Stage code of this process's trail entries. */
  public static final String STAGE = "PUBLICATION";

  private DecisionPublicationProcess() {}

  /**
   * What major-decision maps into this process (the {@code <camunda:in>} mappings of
   * CallActivity_Publication), and nothing else: {@link CommonVariables#EVERY_STAGE}; nonPublic,
   * publicConcernHigh and specialisedTechnical (the two gateways); publicParticipationPlanned and
   * expertArgumentationPlanned (the interpretation form shows whose opinions must be explained);
   * decisionDate and preIssueReportedOn (publicationCheck: no publication dated before the
   * decision was made or before the last report made before issue).
   * ModelConventionsTest fails when the model's mappings differ from this list or miss a variable
   * that the model's expressions, tables or forms read; docs/processes.md has the same table.
   */
  public static final List<String> INPUTS =
      CommonVariables.everyStageAnd(Vars.NON_PUBLIC, Vars.PUBLIC_CONCERN_HIGH,
          Vars.SPECIALISED_TECHNICAL, Vars.PUBLIC_PARTICIPATION_PLANNED, Vars.EXPERT_ARGUMENTATION_PLANNED,
          Vars.DECISION_DATE, Vars.PRE_ISSUE_REPORTED_ON);

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_PublicationStarted";
    public static final String GATEWAY_DISCLOSABLE = "Gateway_Disclosable";
    public static final String TASK_RECORD_NON_DISCLOSURE = "Task_RecordNonDisclosure";
    public static final String END_NOT_PUBLISHED = "EndEvent_NotPublished";
    public static final String TASK_PUBLISH_DECISION = "Task_PublishDecision";
    public static final String BOUNDARY_PUBLICATION_OVERDUE = "BoundaryEvent_PublicationOverdue";
    public static final String TASK_RECORD_PUBLICATION_OVERDUE = "Task_RecordPublicationOverdue";
    public static final String END_OVERDUE_RECORDED = "EndEvent_OverdueRecorded";
    public static final String GATEWAY_INTERPRETATION_NEEDED = "Gateway_InterpretationNeeded";
    public static final String TASK_PUBLISH_INTERPRETATION = "Task_PublishInterpretation";
    public static final String GATEWAY_INTERPRETATION_DONE = "Gateway_InterpretationDone";
    public static final String TASK_RECORD_PUBLICATION = "Task_RecordPublication";
    public static final String END_PUBLISHED = "EndEvent_Published";

    private Elements() {}
  }

  /** Process variable names: inputs from major-decision and the values the forms submit. */
  public static final class Vars {
    public static final String NON_PUBLIC = "nonPublic";
    public static final String PUBLIC_CONCERN_HIGH = "publicConcernHigh";
    public static final String SPECIALISED_TECHNICAL = "specialisedTechnical";
    public static final String PUBLIC_PARTICIPATION_PLANNED = "publicParticipationPlanned";
    public static final String EXPERT_ARGUMENTATION_PLANNED = "expertArgumentationPlanned";
    /** yyyy-MM-dd, from collective-discussion: the adopting meeting's date and the last pre-issue report. */
    public static final String DECISION_DATE = "decisionDate";
    public static final String PRE_ISSUE_REPORTED_ON = "preIssueReportedOn";

    public static final String NON_DISCLOSURE_BASIS = "nonDisclosureBasis";
    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String PUBLISHED_ON = "publishedOn";
    public static final String PUBLICATION_CHANNEL = "publicationChannel";
    public static final String PUBLICATION_URL = "publicationUrl";
    /** Per channel (Art. 32): used, date (yyyy-MM-dd), issue or web address. */
    public static final String GAZETTE_PUBLISHED = "gazettePublished";
    public static final String GAZETTE_PUBLISHED_ON = "gazettePublishedOn";
    public static final String GAZETTE_REFERENCE = "gazetteReference";
    public static final String PORTAL_PUBLISHED = "portalPublished";
    public static final String PORTAL_PUBLISHED_ON = "portalPublishedOn";
    public static final String PORTAL_REFERENCE = "portalReference";
    public static final String NEWSPAPER_PUBLISHED = "newspaperPublished";
    public static final String NEWSPAPER_PUBLISHED_ON = "newspaperPublishedOn";
    public static final String NEWSPAPER_REFERENCE = "newspaperReference";
    public static final String NEW_MEDIA_PUBLISHED = "newMediaPublished";
    public static final String NEW_MEDIA_PUBLISHED_ON = "newMediaPublishedOn";
    public static final String NEW_MEDIA_REFERENCE = "newMediaReference";
    /** Who registered the publication: read by the asynchronous Task_RecordPublication. */
    public static final String PUBLISHED_BY = "publishedBy";
    public static final String INTERPRETATION_SUMMARY = "interpretationSummary";
    public static final String INTERPRETATION_METHOD = "interpretationMethod";

    private Vars() {}
  }

  /** Trail events written by this process. */
  public static final class Events {
    public static final String NOT_PUBLISHED = "NOT_PUBLISHED";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String INTERPRETED = "INTERPRETED";
    public static final String PUBLICATION_OVERDUE = "PUBLICATION_OVERDUE";

    private Events() {}
  }

  /**
   * 公布途径 (Decree 713 Art. 32). The form gives each channel three fields: used or not, the date
   * (yyyy-MM-dd) and the reference (the issue of a gazette or newspaper, the address of a website or
   * new-media post).
   */
  public enum Channel {
    GAZETTE("政府公报", false, "期号（如：2026年第5期）",
        Vars.GAZETTE_PUBLISHED, Vars.GAZETTE_PUBLISHED_ON, Vars.GAZETTE_REFERENCE),
    PORTAL("政府门户网站", true, "网址",
        Vars.PORTAL_PUBLISHED, Vars.PORTAL_PUBLISHED_ON, Vars.PORTAL_REFERENCE),
    NEWSPAPER("本行政区域内发行的报纸", false, "报纸名称和期号、版次（如：浦江报2026年3月5日第2版）",
        Vars.NEWSPAPER_PUBLISHED, Vars.NEWSPAPER_PUBLISHED_ON, Vars.NEWSPAPER_REFERENCE),
    NEW_MEDIA("政务新媒体", true, "网址",
        Vars.NEW_MEDIA_PUBLISHED, Vars.NEW_MEDIA_PUBLISHED_ON, Vars.NEW_MEDIA_REFERENCE);

    private final String label;
    private final boolean online;
    private final String referenceLabel;
    private final String publishedVariable;
    private final String publishedOnVariable;
    private final String referenceVariable;

    Channel(String label, boolean online, String referenceLabel, String publishedVariable, String publishedOnVariable,
        String referenceVariable) {
      this.label = label;
      this.online = online;
      this.referenceLabel = referenceLabel;
      this.publishedVariable = publishedVariable;
      this.publishedOnVariable = publishedOnVariable;
      this.referenceVariable = referenceVariable;
    }

    public String label() {
      return label;
    }

    public String publishedVariable() {
      return publishedVariable;
    }

    public String publishedOnVariable() {
      return publishedOnVariable;
    }

    public String referenceVariable() {
      return referenceVariable;
    }

    public String referenceLabel() {
      return referenceLabel;
    }

    /** Online channels must give the address where the decision can be read. */
    public boolean online() {
      return online;
    }
  }

  /** 解读方式 (Decree 713 Art. 32: 新闻发布会、接受访谈等). */
  public enum InterpretationMethod {
    PRESS_CONFERENCE("新闻发布会"),
    INTERVIEW("接受访谈"),
    WRITTEN("书面解读");

    private final String label;

    InterpretationMethod(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
