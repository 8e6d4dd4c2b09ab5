package cn.gov.pujiang.decision.support;

import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The work each person does at each stage, with the values a careful official would enter. Tests
 * use it to bring a decision to the point they examine; every step goes through the real forms'
 * variables and the real engine checks. The acting user is switched per role, as different people
 * log into Tasklist, and acts with their own groups, so that every step also proves the role may do
 * it under the engine's authorization checks.
 */
public class Stages {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final LifecycleDriver driver;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final Documents documents;

  public Stages(ProcessEngine engine, LifecycleDriver driver) {
    this.driver = driver;
    this.documents = new Documents(engine);
    this.identityService = engine.getIdentityService();
    this.runtimeService = engine.getRuntimeService();
  }

  /** The start form as a clerk fills it: a market renovation, with the given attributes ticked. */
  public static Map<String, Object> startForm(String unit, String... trueAttributes) {
    Map<String, Object> form =
        LifecycleDriver.vars(
            "decisionTitle", "农贸市场改造提升方案",
            "decisionUnit", unit,
            "proposerType", "DEPARTMENT",
            "proposerName", "经济发展办公室",
            "proposalSummary", "市场设施老化，存在消防隐患，拟改造提升");
    for (String attribute : Attributes.ALL) {
      form.put(attribute, false);
    }
    for (String attribute : trueAttributes) {
      form.put(attribute, true);
    }
    return form;
  }

  public static String today() {
    return Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime() + aheadMillis()).atZone(ZONE).toLocalDate()
        .toString();
  }

  /**
   * How far this thread's decision is ahead of the engine clock. Tests move the engine clock and leave this 0; the
   * throughput benchmark's decisions share one engine clock, so each thread keeps its own waiting days here and the
   * benchmark's clock (perf/ThreadClock) adds them to the application's time.
   */
  private static final ThreadLocal<long[]> AHEAD = ThreadLocal.withInitial(() -> new long[1]);

  public static long aheadMillis() {
    return AHEAD.get()[0];
  }

  public static void setAheadMillis(long millis) {
    AHEAD.get()[0] = millis;
  }

  public static String daysFromToday(int days) {
    return LocalDate.parse(today()).plusDays(days).toString();
  }

  /** Moves the engine clock forward by whole days. */
  public static void advanceDays(int days) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + days * 86_400_000L));
  }

  /**
   * The days a stage waits (comment period, time until the meeting) pass for this decision. Tests
   * move the engine clock; the throughput benchmark, whose decisions share one clock, overrides it.
   */
  protected void daysPass(String no, int days) {
    advanceDays(days);
  }

  /** Signs the user in with their groups, as their Tasklist login would: the engine checks their rights. */
  public void as(String userId) {
    TestUsers.signIn(identityService, userId);
  }

  private String unit(String no) {
    return no.substring(0, no.indexOf('-'));
  }

  /**
   * The plainest whole path after the start form: open comment as the only participation, a lawful
   * review, adoption at the meeting, publication, execution and archiving.
   */
  public void openCommentToArchive(String no) {
    studyAndStart(no);
    draft(no);
    confirmProcedures(no);
    publicParticipationByOpenComment(no);
    submitForReview(no);
    review(no, "LAWFUL", false);
    meeting(no, "ADOPTED", 5, 2);
    reportToPartyCommittee(no);
    publish(no);
    archiveDecisionRecords(no);
    executeToCompletion(no);
    confirmArchive(no);
  }

  public void studyAndStart(String no) {
    as(unit(no) + ".clerk");
    driver.submit(no, "Task_StudyProposal", "studyConclusion", "问题属实，改造必要且可行");
    as(unit(no) + ".head");
    driver.submit(no, "Task_DecideInitiation",
        "initiationDecision", "START", "initiationOpinion", "同意启动决策程序", "undertakingUnitName", "经济发展办公室");
  }

  public void draft(String no) {
    as(unit(no) + ".clerk");
    documents.upload(no, DocumentKind.DRAFT);
    documents.upload(no, DocumentKind.DRAFTING_EXPLANATION);
    driver.submit(no, "Task_DraftDecision",
        "draftSummary", "改造市场主体结构，完善消防和排水设施",
        "draftExplanation", "起草说明：背景、依据、主要内容和征求意见情况",
        "legalBasis", "《中华人民共和国消防法》；《浙江省农贸市场管理办法》");
  }

  /** Accepts the procedures the rules propose. */
  public void confirmProcedures(String no) {
    as(unit(no) + ".clerk");
    driver.submit(no, "Task_ConfirmProcedures");
  }

  /** Open comment for the statutory minimum period, then the adoption report. */
  public void publicParticipationByOpenComment(String no) {
    as(unit(no) + ".clerk");
    driver.submit(no, "Task_ChooseParticipationMethods",
        "openCommentChosen", true, "hearingChosen", false, "otherMethodsChosen", false, "commentPeriodDays", 30L);
    driver.submit(no, "Task_PublishCommentNotice", "noticeChannel", "县政府门户网站", "noticePublishedOn", today());
    daysPass(no, 31);
    driver.runDueJobs(no);
    documents.upload(no, DocumentKind.PUBLIC_COMMENT_SUMMARY);
    driver.submit(no, "Task_CollectPublicComments", "commentsReceivedCount", 12L);
    documents.upload(no, DocumentKind.ADOPTION_REPORT);
    driver.submit(no, "Task_ConsolidateOpinions",
        "publicOpinionAdoptionReport", "收到意见12条，采纳8条，未采纳4条并说明理由", "draftRevisedAfterParticipation", true);
  }

  public void expertArgumentation(String no) {
    as(unit(no) + ".clerk");
    driver.submit(no, "Task_SelectExperts",
        "argumentationMethod", "ARGUMENTATION_MEETING", "expertInstitution", "浙江省市场建设研究院",
        "outsideExpertsReason", "专家库中无农贸市场建设专业机构",
        "expertsNoDirectInterest", true, "differentViewsRepresented", true);
    documents.upload(no, DocumentKind.EXPERT_OPINION);
    driver.submit(no, "Task_RecordExpertOpinions",
        "expertOpinionsSigned", true, "expertOpinionSummary", "方案总体可行，建议分期实施",
        "expertAdoptionReport", "采纳分期实施建议", "draftRevisionNeeded", false);
  }

  /**
   * Fair-competition review passed (公平竞争审查条例 Arts. 13, 14, 16): the drafter's review, then
   * 县市场监管局 where the routing table sends the measure there (county government).
   */
  public void fairCompetitionReview(String no) {
    as(unit(no) + ".clerk");
    driver.submit(no, "Task_DrafterFairCompetitionReview", FAIR_COMPETITION_PASS);
    if (driver.openTaskKeys(no).contains("Task_ReviewFairCompetition")) {
      as("amr.reviewer");
      driver.submit(no, "Task_ReviewFairCompetition", FAIR_COMPETITION_PASS);
    }
  }

  private static final Object[] FAIR_COMPETITION_PASS = {
      "fairCompetitionResult", "PASS", "fairCompetitionOpinion", "符合公平竞争审查标准",
      "fairCompetitionStakeholdersHeard", "座谈会听取了相关经营者和行业协会意见，无异议"};

  public void riskAssessment(String no) {
    as(unit(no) + ".clerk");
    driver.submit(no, "Task_OrganiseRiskAssessment",
        "assessorType", "THIRD_PARTY", "riskAssessorUnit", "金华某社会稳定风险评估中心",
        "departmentsHeard", "已听取县市场监管局、县消防救援大队意见");
    documents.upload(no, DocumentKind.RISK_ASSESSMENT_REPORT);
    driver.submit(no, "Task_SubmitRiskReport",
        "riskPoints", "施工期间经营户临时安置", "preventionMeasures", "设置临时过渡市场",
        "contingencyPlan", "成立工作专班，24小时受理诉求", "riskLevel", "LOW", "mitigationInPlace", true);
  }

  public void submitForReview(String no) {
    as(unit(no) + ".clerk");
    driver.submit(no, "Task_SubmitForLegalityReview",
        "procedureStatement", "已履行公众参与、专家论证、风险评估等程序，材料齐全", "reviewMaterialsConfirmed", true);
  }

  private String reviewer(String no) {
    return "county".equals(unit(no)) ? "sfj.reviewer" : unit(no) + ".reviewer";
  }

  public void returnAsIncomplete(String no) {
    as(reviewer(no));
    driver.submit(no, "Task_CheckCompleteness",
        "submissionComplete", "INCOMPLETE", "completenessOpinion", "缺少风险评估报告附件，请补充");
  }

  /** Completeness accepted, legal adviser heard, opinion issued with the given outcome. */
  public void review(String no, String outcome, boolean recheck) {
    as(reviewer(no));
    driver.submit(no, "Task_CheckCompleteness", "submissionComplete", "COMPLETE", "countyGuidanceNeeded", false);
    as(unit(no) + ".lawyer");
    driver.submit(no, "Task_ProvideLegalAdviserOpinion", "legalAdviserOpinion", "决策权限、程序合法，内容无违法之处");
    as(reviewer(no));
    documents.upload(no, DocumentKind.LEGALITY_OPINION);
    driver.submit(no, "Task_IssueLegalityOpinion",
        "legalityOutcome", outcome,
        "legalityOpinion", "经审查：决策主体适格，程序完备，内容符合法律法规（第二十七条）",
        "legalRisks", "EXPLORATORY_RISK_DISCLOSED".equals(outcome) ? "试点政策缺乏上位法明确依据" : "",
        "legalityRecheckRequired", recheck);
  }

  /**
   * The meeting record's participants as Tasklist submits the dynamic list (a JSON value): the members in the order
   * they spoke with the given opinions, then the executive head, who presided, last, with the opinion that matches
   * the outcome (同意 to adopt, 不同意 to reject, otherwise 保留).
   */
  public static org.camunda.bpm.engine.variable.value.TypedValue participants(
      String outcome, int agree, int disagree, int reserve) {
    StringBuilder json = new StringBuilder("[");
    int n = 0;
    for (int i = 0; i < agree + disagree + reserve; i++) {
      String opinion = i < agree ? "AGREE" : i < agree + disagree ? "DISAGREE" : "RESERVE";
      String words = i < agree ? "同意，建议加强施工期安置" : i < agree + disagree ? "不同意，认为补偿标准偏低、时机不成熟" : "保留意见，建议再作论证";
      json.append(n++ == 0 ? "" : ",").append(participant("委员" + (i + 1), "副镇长", "MEMBER", false, opinion, words));
    }
    String headOpinion = "ADOPTED".equals(outcome) ? "AGREE" : "REJECTED".equals(outcome) ? "DISAGREE" : "RESERVE";
    json.append(n == 0 ? "" : ",").append(participant("首长甲", "镇长", "HEAD", true, headOpinion, "综合大家意见，我的意见是"
        + ("AGREE".equals(headOpinion) ? "同意实施" : "DISAGREE".equals(headOpinion) ? "不予实施" : "暂不决定")));
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(json.append("]").toString()).create();
  }

  public static String participant(String name, String position, String role, boolean presided, String opinion,
      String statement) {
    return "{\"name\":\"" + name + "\",\"position\":\"" + position + "\",\"role\":\"" + role + "\",\"presided\":"
        + presided + (opinion == null ? "" : ",\"opinion\":\"" + opinion + "\"")
        + (statement == null ? "" : ",\"statement\":\"" + statement + "\"") + "}";
  }

  /** Materials, a meeting at least 7 working days after the review submission, and its record. */
  public void meeting(String no, String outcome, int inFavour, int against) {
    scheduleMeeting(no);
    driver.submit(no, "Task_RecordMeeting",
        "meetingParticipants", participants(outcome, inFavour, against, 0),
        "headDecision", "综合讨论意见作出决定",
        "meetingOutcome", outcome,
        "deviationReason", "",
        "riskJudgement", "CONTROLLABLE",
        "meetingMinutes", "第5次镇长办公会议纪要");
  }

  /**
   * Materials, a meeting 14 days ahead, the days until it pass and its minutes are uploaded: the decision waits at
   * Task_RecordMeeting, for the meeting secretary, who is signed in.
   */
  public void scheduleMeeting(String no) {
    boolean county = "county".equals(unit(no));
    as(unit(no) + ".clerk");
    driver.submit(no, "Task_SubmitMeetingMaterials",
        "materialDraftIncluded", true, "materialPublicOpinionIncluded", true, "materialExpertOpinionIncluded", true,
        "materialRiskReportIncluded", true, "materialFairCompetitionIncluded", true, "materialLegalityOpinionIncluded", true);
    as(unit(no) + ".secretary");
    driver.submit(no, "Task_ScheduleMeeting",
        "meetingType", county ? "EXECUTIVE" : "TOWN_EXECUTIVE", "meetingDate", daysFromToday(14));
    daysPass(no, 14);
    documents.upload(no, DocumentKind.MEETING_MINUTES);
  }

  public void reportToPartyCommittee(String no) {
    as(unit(no) + ".secretary");
    driver.submit(no, "Task_ReportToPartyCommittee",
        "partyCommitteeReportedOn", today(), "partyCommitteeReply", "党委同意出台",
        "partyCommitteeResponse", "AGREED");
  }

  public void publish(String no) {
    as(unit(no) + ".secretary");
    documents.upload(no, DocumentKind.PUBLISHED_DECISION);
    // Decree 713 Art. 32: the county also publishes in its gazette; a town has none (docs/processes.md §8).
    Object[] channels = {
      "documentNumber", "浦政发〔2026〕12号",
      "portalPublished", true, "portalPublishedOn", today(), "portalReference", "https://www.pj.gov.cn/art/2026/12/1/art_1.html",
      "newspaperPublished", true, "newspaperPublishedOn", today(), "newspaperReference", "浦江报第2版"
    };
    if ("county".equals(unit(no))) {
      Object[] gazette = {"gazettePublished", true, "gazettePublishedOn", today(), "gazetteReference", "浦江县人民政府公报2026年第12期"};
      Object[] all = java.util.Arrays.copyOf(channels, channels.length + gazette.length);
      System.arraycopy(gazette, 0, all, channels.length, gazette.length);
      channels = all;
    }
    driver.submit(no, "Task_PublishDecision", channels);
  }

  /** For a matter not disclosed by law: the office records the basis instead of publishing. */
  public void recordNonDisclosure(String no) {
    as(unit(no) + ".secretary");
    driver.submit(no, "Task_RecordNonDisclosure", "nonDisclosureBasis", "《政府信息公开条例》第十四条");
  }

  /** Art. 32 interpretation for a decision of wide concern or high technicality. */
  public void interpret(String no) {
    as(unit(no) + ".secretary");
    driver.submit(no, "Task_PublishInterpretation",
        "interpretationSummary", "说明公众和专家意见采纳情况", "interpretationMethod", "WRITTEN");
  }

  public void executeToCompletion(String no) {
    as(unit(no) + ".head");
    driver.submit(no, "Task_DesignateExecutionUnit", "executionUnit", "经济发展办公室", "executionRequirements", "年内完成");
    as(unit(no) + ".clerk");
    driver.submit(no, "Task_ReportExecution", "executionStatus", "COMPLETED", "executionReport", "改造已完成并通过验收");
    as(unit(no) + ".head");
    driver.submit(no, "Task_DecideOnEvaluation",
        "effectBelowExpectation", false, "manyObjections", false, "evaluationDeemedNecessary", false);
  }

  /**
   * The office confirms the archive list; the number is assigned by the system (DA/T 22, ADR 0025).
   * After execution this confirms the supplement, which keeps the file's retention.
   */
  public void confirmArchive(String no) {
    as(unit(no) + ".secretary");
    driver.submit(no, "Task_ConfirmArchive", "archiveComplete", "COMPLETE", "archiveRetention", "PERMANENT");
  }

  /** Art. 33, ADR 0025: the decision-making records are archived as soon as the publication stage ends. */
  public void archiveDecisionRecords(String no) {
    confirmArchive(no);
  }

  public Object variable(String no, String name) {
    return TestUsers.asEngine(identityService, () -> variableOfMainProcess(no, name));
  }

  private Object variableOfMainProcess(String no, String name) {
    String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no)
        .processDefinitionKey("major-decision").singleResult().getId();
    return runtimeService.getVariable(pi, name);
  }
}
