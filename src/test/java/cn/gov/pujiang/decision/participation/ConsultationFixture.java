package cn.gov.pujiang.decision.participation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Elements;
import cn.gov.pujiang.decision.participation.PublicParticipationProcess.Vars;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.support.Documents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A town's decision in its participation stage at 发布征求意见公告 with the online consultation opened, a
 * draft published and an internal document left out; and the answer to a challenge. Runs as the engine
 * (the caller clears the authenticated user when authorizations are on).
 */
public final class ConsultationFixture {

  private static final Pattern QUESTION = Pattern.compile("(\\d+) 加 (\\d+) 等于几？");

  public record Opened(String decisionNo, ProcessInstance instance, Consultation consultation, DossierDocument draft,
      DossierDocument internal) {}

  private ConsultationFixture() {}

  public static Opened open(ProcessEngine engine, DecisionRegister register, Consultations consultations, String unit,
      String title, long days, String shortenReason) {
    Decision decision = register.register(title, unit, "DEPARTMENT", unit + ".clerk", null);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CommonVariables.DECISION_NO, decision.getDecisionNo());
    variables.put(CommonVariables.DECISION_TITLE, decision.getTitle());
    variables.put(CommonVariables.DECISION_UNIT, unit);
    variables.put("nonPublic", false);
    variables.put(Vars.HEARING_PLANNED, false);
    variables.put(Vars.GROUP_CONSULTATION_REQUIRED, false);
    ProcessInstance pi = engine.getRuntimeService()
        .startProcessInstanceByKey(PublicParticipationProcess.KEY, decision.getDecisionNo(), variables);
    var tasks = engine.getTaskService();
    Map<String, Object> choice = new LinkedHashMap<>();
    choice.put(Vars.OPEN_COMMENT_CHOSEN, true);
    choice.put(Vars.COMMENT_PERIOD_DAYS, days);
    if (shortenReason != null) {
      choice.put(Vars.SHORTEN_REASON, shortenReason);
    }
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), choice);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(Elements.TASK_PUBLISH_COMMENT_NOTICE);
    Documents documents = new Documents(engine);
    DossierDocument draft = documents.upload(decision.getDecisionNo(), DocumentKind.DRAFT);
    DossierDocument internal = documents.upload(decision.getDecisionNo(), DocumentKind.OTHER);
    Consultation c = consultations.open(decision.getDecisionNo(), List.of(draft.getId()), "来信：" + unit + "人民政府",
        unit + ".clerk");
    return new Opened(decision.getDecisionNo(), pi, c, draft, internal);
  }

  /** The sum the challenge asks for. */
  public static String answer(String question) {
    Matcher m = QUESTION.matcher(question);
    assertThat(m.matches()).as(question).isTrue();
    return String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)));
  }
}
