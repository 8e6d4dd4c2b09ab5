package cn.gov.pujiang.decision.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The required-procedures DMN, rule by rule, through the deployed table. */
class RequiredProceduresDecisionTest extends ProcessTestSupport {

  @Autowired RequiredProcedures requiredProcedures;

  @Test
  void ordinaryPublicMatterRequiresPublicParticipationOnly() {
    Map<Procedure, String> required = requiredProcedures.evaluate(attributes());

    assertThat(required).containsOnlyKeys(Procedure.PUBLIC_PARTICIPATION);
    assertThat(required.get(Procedure.PUBLIC_PARTICIPATION)).contains("第十四条");
  }

  @Test
  void matterNotDisclosedByLawRequiresNoPublicParticipationAndNoHearing() {
    Map<Procedure, String> required =
        requiredProcedures.evaluate(attributes(Attributes.NON_PUBLIC, Attributes.MAJOR_DISAGREEMENT));

    assertThat(required).doesNotContainKeys(Procedure.PUBLIC_PARTICIPATION, Procedure.HEARING);
  }

  @Test
  void majorDisagreementRequiresHearingUnderZhejiangRule() {
    Map<Procedure, String> required = requiredProcedures.evaluate(attributes(Attributes.MAJOR_DISAGREEMENT));

    assertThat(required).containsKeys(Procedure.PUBLIC_PARTICIPATION, Procedure.HEARING);
    assertThat(required.get(Procedure.HEARING)).contains("337");
  }

  @Test
  void hearingBasesAreJoinedWhenSeveralRulesDemandIt() {
    Map<Procedure, String> required =
        requiredProcedures.evaluate(
            attributes(Attributes.OTHER_LAW_REQUIRES_HEARING, Attributes.MAJOR_INTEREST_READJUSTMENT));

    assertThat(required.get(Procedure.HEARING)).contains("第十六条").contains("利益关系重大调整");
  }

  @Test
  void directEffectOnRightsAloneDoesNotMakeHearingMandatory() {
    Map<Procedure, String> required = requiredProcedures.evaluate(attributes(Attributes.DIRECTLY_AFFECTS_RIGHTS));

    assertThat(required).doesNotContainKey(Procedure.HEARING);
  }

  @Test
  void specificGroupRequiresConsultingItsRepresentatives() {
    assertThat(requiredProcedures.evaluate(attributes(Attributes.SPECIFIC_GROUP_AFFECTED)))
        .containsKey(Procedure.GROUP_CONSULTATION);
  }

  @Test
  void specialisedMatterRequiresExpertArgumentation() {
    assertThat(requiredProcedures.evaluate(attributes(Attributes.SPECIALISED_TECHNICAL)))
        .containsKey(Procedure.EXPERT_ARGUMENTATION);
  }

  @Test
  void stabilityRiskRequiresAssessmentUnlessAlreadyAssessed() {
    assertThat(requiredProcedures.evaluate(attributes(Attributes.MAY_AFFECT_STABILITY)))
        .containsKey(Procedure.RISK_ASSESSMENT);
    assertThat(
            requiredProcedures.evaluate(
                attributes(Attributes.MAY_AFFECT_STABILITY, Attributes.ALREADY_RISK_ASSESSED)))
        .doesNotContainKey(Procedure.RISK_ASSESSMENT);
  }

  @Test
  void marketActorsRequireFairCompetitionReview() {
    assertThat(requiredProcedures.evaluate(attributes(Attributes.INVOLVES_MARKET_ACTORS)))
        .containsKey(Procedure.FAIR_COMPETITION_REVIEW);
  }

  @Test
  void listedMatterRequiresReportToPeoplesCongress() {
    assertThat(requiredProcedures.evaluate(attributes(Attributes.NPC_REPORT_MATTER)))
        .containsKey(Procedure.NPC_REPORT);
  }

  private static Map<String, Object> attributes(String... trueOnes) {
    Map<String, Object> attributes = new HashMap<>();
    for (String attribute : Attributes.ALL) {
      attributes.put(attribute, false);
    }
    for (String attribute : trueOnes) {
      attributes.put(attribute, true);
    }
    return attributes;
  }
}
