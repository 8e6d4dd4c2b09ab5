package cn.gov.pujiang.decision.load;

import cn.gov.pujiang.decision.dossier.DocumentKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What each official enters in each task's form, and which documents they upload to the dossier
 * before submitting it: the plainest whole path of a decision (support/Stages#openCommentToArchive,
 * the same values), as Tasklist sends it (typed variables in submit-form).
 */
final class Steps {

  private Steps() {}

  /** Which account's role works on which task (the county's legality review is the judicial bureau's). */
  private static final Map<String, String> ROLE = Map.ofEntries(
      Map.entry("Task_StudyProposal", "clerk"), Map.entry("Task_DraftDecision", "clerk"),
      Map.entry("Task_ConfirmProcedures", "clerk"), Map.entry("Task_ChooseParticipationMethods", "clerk"),
      Map.entry("Task_PublishCommentNotice", "clerk"), Map.entry("Task_CollectPublicComments", "clerk"),
      Map.entry("Task_ConsolidateOpinions", "clerk"), Map.entry("Task_SubmitForLegalityReview", "clerk"),
      Map.entry("Task_SubmitMeetingMaterials", "clerk"), Map.entry("Task_ReportExecution", "clerk"),
      Map.entry("Task_DecideInitiation", "head"), Map.entry("Task_DesignateExecutionUnit", "head"),
      Map.entry("Task_DecideOnEvaluation", "head"),
      Map.entry("Task_CheckCompleteness", "reviewer"), Map.entry("Task_IssueLegalityOpinion", "reviewer"),
      Map.entry("Task_ProvideLegalAdviserOpinion", "lawyer"),
      Map.entry("Task_ScheduleMeeting", "secretary"), Map.entry("Task_RecordMeeting", "secretary"),
      Map.entry("Task_ReportToPartyCommittee", "secretary"), Map.entry("Task_PublishDecision", "secretary"),
      Map.entry("Task_ConfirmArchive", "secretary"));

  /** The step for this task when the user's role does it, else null (another desk's task in the unit's list). */
  static Step of(String taskKey, String user) {
    String role = ROLE.get(taskKey);
    if (role == null || !role.equals(user.substring(user.indexOf('.') + 1))) {
      return null;
    }
    return new Step(taskKey, DOCUMENTS.getOrDefault(taskKey, List.of()), VALUES.get(taskKey));
  }

  private static final Map<String, List<DocumentKind>> DOCUMENTS = Map.of(
      "Task_DraftDecision", List.of(DocumentKind.DRAFT, DocumentKind.DRAFTING_EXPLANATION),
      "Task_CollectPublicComments", List.of(DocumentKind.PUBLIC_COMMENT_SUMMARY),
      "Task_ConsolidateOpinions", List.of(DocumentKind.ADOPTION_REPORT),
      "Task_IssueLegalityOpinion", List.of(DocumentKind.LEGALITY_OPINION),
      "Task_RecordMeeting", List.of(DocumentKind.MEETING_MINUTES),
      "Task_PublishDecision", List.of(DocumentKind.PUBLISHED_DECISION));

  /** (unit, today) -> the submit-form variables. */
  private static final Map<String, BiFunction<String, String, ObjectNode>> VALUES = Map.ofEntries(
      Map.entry("Task_StudyProposal", (u, d) -> vars("studyConclusion", "问题属实，改造必要且可行")),
      Map.entry("Task_DecideInitiation", (u, d) -> vars("initiationDecision", "START",
          "initiationOpinion", "同意启动决策程序", "undertakingUnitName", "经济发展办公室")),
      Map.entry("Task_DraftDecision", (u, d) -> vars("draftSummary", "改造市场主体结构，完善消防和排水设施",
          "draftExplanation", "起草说明：背景、依据、主要内容和征求意见情况",
          "legalBasis", "《中华人民共和国消防法》；《浙江省农贸市场管理办法》")),
      Map.entry("Task_ConfirmProcedures", (u, d) -> vars()),
      Map.entry("Task_ChooseParticipationMethods", (u, d) -> vars("openCommentChosen", true, "hearingChosen", false,
          "otherMethodsChosen", false, "commentPeriodDays", 30L)),
      Map.entry("Task_PublishCommentNotice", (u, d) -> vars("noticeChannel", "县政府门户网站", "noticePublishedOn", d)),
      Map.entry("Task_CollectPublicComments", (u, d) -> vars("commentsReceivedCount", 12L)),
      Map.entry("Task_ConsolidateOpinions", (u, d) -> vars(
          "publicOpinionAdoptionReport", "收到意见12条，采纳8条，未采纳4条并说明理由", "draftRevisedAfterParticipation", true)),
      Map.entry("Task_SubmitForLegalityReview", (u, d) -> vars(
          "procedureStatement", "已履行公众参与、专家论证、风险评估等程序，材料齐全", "reviewMaterialsConfirmed", true)),
      Map.entry("Task_CheckCompleteness", (u, d) -> vars("submissionComplete", "COMPLETE", "countyGuidanceNeeded", false)),
      Map.entry("Task_ProvideLegalAdviserOpinion", (u, d) -> vars("legalAdviserOpinion", "决策权限、程序合法，内容无违法之处")),
      Map.entry("Task_IssueLegalityOpinion", (u, d) -> vars("legalityOutcome", "LAWFUL",
          "legalityOpinion", "经审查：决策主体适格，程序完备，内容符合法律法规（第二十七条）", "legalRisks", "",
          "legalityRecheckRequired", false)),
      Map.entry("Task_SubmitMeetingMaterials", (u, d) -> vars("materialDraftIncluded", true,
          "materialPublicOpinionIncluded", true, "materialExpertOpinionIncluded", true, "materialRiskReportIncluded", true,
          "materialFairCompetitionIncluded", true, "materialLegalityOpinionIncluded", true)),
      // The meeting is held today: the decision organ shortens the review time (Art. 26), with its reason.
      Map.entry("Task_ScheduleMeeting", (u, d) -> vars(
          "meetingType", "county".equals(u) ? "EXECUTIVE" : "TOWN_EXECUTIVE", "meetingDate", d,
          "reviewTimeShortened", true, "reviewTimeShorteningReason", "负载测试：会议当日召开，决策机关决定缩短审查时间",
          "reviewTimeShortenedBy", "主要负责人")),
      Map.entry("Task_RecordMeeting", (u, d) -> {
        ObjectNode v = vars("headDecision", "综合讨论意见作出决定", "meetingOutcome", "ADOPTED", "deviationReason", "",
            "riskJudgement", "CONTROLLABLE", "meetingMinutes", "第5次镇长办公会议纪要");
        v.putObject("meetingParticipants").put("type", "Json").put("value", participants());
        return v;
      }),
      Map.entry("Task_ReportToPartyCommittee", (u, d) -> vars("partyCommitteeReportedOn", d,
          "partyCommitteeReply", "党委同意出台", "partyCommitteeResponse", "AGREED")),
      Map.entry("Task_PublishDecision", (u, d) -> {
        ObjectNode v = vars("documentNumber", "浦政发〔2026〕12号",
            "portalPublished", true, "portalPublishedOn", d, "portalReference", "https://www.pj.gov.cn/art/2026/12/1/art_1.html",
            "newspaperPublished", true, "newspaperPublishedOn", d, "newspaperReference", "浦江报第2版");
        if ("county".equals(u)) {
          // Decree 713 Art. 32: the county also publishes in its gazette.
          v.setAll(vars("gazettePublished", true, "gazettePublishedOn", d, "gazetteReference", "浦江县人民政府公报2026年第12期"));
        }
        return v;
      }),
      Map.entry("Task_ConfirmArchive", (u, d) -> vars("archiveComplete", "COMPLETE", "archiveRetention", "PERMANENT")),
      Map.entry("Task_DesignateExecutionUnit", (u, d) -> vars("executionUnit", "经济发展办公室", "executionRequirements", "年内完成")),
      Map.entry("Task_ReportExecution", (u, d) -> vars("executionStatus", "COMPLETED", "executionReport", "改造已完成并通过验收")),
      Map.entry("Task_DecideOnEvaluation", (u, d) -> vars("effectBelowExpectation", false, "manyObjections", false,
          "evaluationDeemedNecessary", false)));

  /** Five members agree, two disagree, the head presides and agrees (Tasklist's dynamic list as Json). */
  private static String participants() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 7; i++) {
      boolean agree = i < 5;
      json.append(participant("委员" + (i + 1), "副镇长", "MEMBER", false, agree ? "AGREE" : "DISAGREE",
          agree ? "同意，建议加强施工期安置" : "不同意，认为补偿标准偏低、时机不成熟")).append(',');
    }
    return json.append(participant("首长甲", "镇长", "HEAD", true, "AGREE", "综合大家意见，我的意见是同意实施"))
        .append(']').toString();
  }

  private static String participant(String name, String position, String role, boolean presided, String opinion,
      String statement) {
    return Session.JSON.createObjectNode().put("name", name).put("position", position).put("role", role)
        .put("presided", presided).put("opinion", opinion).put("statement", statement).toString();
  }

  static ObjectNode vars(Object... keyValues) {
    ObjectNode variables = Session.JSON.createObjectNode();
    for (int i = 0; i < keyValues.length; i += 2) {
      put(variables, (String) keyValues[i], keyValues[i + 1]);
    }
    return variables;
  }

  /** One typed variable as Tasklist submits it: {"value": ..., "type": "String" | "Boolean" | "Long"}. */
  static void put(ObjectNode variables, String name, Object value) {
    ObjectNode v = variables.putObject(name);
    if (value instanceof Boolean b) {
      v.put("value", b).put("type", "Boolean");
    } else if (value instanceof Long l) {
      v.put("value", l).put("type", "Long");
    } else {
      v.put("value", (String) value).put("type", "String");
    }
  }
}

/** One task's work: its key, the documents uploaded before it, and its form's values. */
record Step(String key, List<DocumentKind> documents, BiFunction<String, String, ObjectNode> values) {
  ObjectNode variables(String unit, String today) {
    return values.apply(unit, today);
  }
}
