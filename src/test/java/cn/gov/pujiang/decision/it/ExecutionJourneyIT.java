package cn.gov.pujiang.decision.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustment;
import cn.gov.pujiang.decision.catalogue.DecisionStarter;
import cn.gov.pujiang.decision.catalogue.StartRequest;
import cn.gov.pujiang.decision.execution.ExecutionOpinions;
import cn.gov.pujiang.decision.execution.ExecutionProblems;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Elements;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.support.PostgresDatabaseCreator;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The legal review of the modelsend to end on PostgreSQL: a county decision that touches market actors runs from the
 * catalogue through fair-competition review, legality review, the meeting and publication into
 * execution; the executing unit reports a problem between report dates, the people's opinions are
 * recorded, the decision body orders a major adjustment at its meeting (Decree 713 Arts. 35-37), and the
 * new decision starts from the catalogue addition, linked to the old one both ways (md_decision_succession).
 */
@ContextConfiguration(initializers = PostgresDatabaseCreator.class)
class ExecutionJourneyIT extends ProcessTestSupport {

  @Autowired DataSource dataSource;
  @Autowired ExecutionProblems problems;
  @Autowired ExecutionOpinions opinions;
  @Autowired DecisionStarter starter;

  @Override
  protected boolean enforcesAuthorizations() {
    return true;
  }

  @Test
  void aCountyDecisionWithMarketActorsIsAdjustedByItsBodyAndTheNewDecisionStartsFromTheCatalogue() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    stages.as("county.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(COUNTY, Attributes.INVOLVES_MARKET_ACTORS)));
    stages.studyAndStart(no);
    stages.draft(no);
    stages.confirmProcedures(no);
    List<String> procedures = driver.openTaskKeys(no);
    assertThat(procedures).contains(Elements.TASK_DRAFTER_FAIR_COMPETITION);
    stages.fairCompetitionReview(no);
    if (procedures.contains("Task_ChooseParticipationMethods")) {
      stages.publicParticipationByOpenComment(no);
    }
    stages.submitForReview(no);
    stages.review(no, "LAWFUL", false);
    stages.meeting(no, "ADOPTED", 5, 2);
    stages.reportToPartyCommittee(no);
    stages.publish(no);
    if (driver.openTaskKeys(no).contains("Task_PublishInterpretation")) {
      stages.interpret(no);
    }
    stages.archiveDecisionRecords(no);

    stages.as("county.head");
    driver.submit(no, "Task_DesignateExecutionUnit", "executionUnit", "县市场监管局", "executionRequirements", "年内完成");
    stages.as("county.clerk");
    driver.submit(no, "Task_ReportExecution", "executionStatus", "ON_TRACK", "executionReport", "按计划推进");
    opinions.record(no, "ORGANISATION", "浦江县个体劳动者协会", "收费标准对小微经营户负担过重", null, "county.clerk");
    ExecutionProblems.Reported reported = problems.report(no, "上级价格政策调整，现行收费标准失去依据", "county.clerk");
    assertThat(reported.forwardedToDecisionBody()).isTrue();
    stages.as("county.head");
    driver.submit(no, "Task_AssessProblem", "problemHandling", "DECIDE", "problemAssessment", "提请县政府常务会议研究");
    driver.submit(no, "Task_DecideOnExecution", "executionDecision", "ADJUST",
        "decisionBodyMeeting", "县政府第12次常务会议", "decisionBodyMeetingDate", Stages.today(),
        "executionDecisionContent", "收费标准作重大调整，依照条例重新履行法定程序");
    stages.confirmArchive(no);

    assertThat(jdbc.queryForMap("select status, outcome from md_decision where decision_no = ?", no))
        .containsEntry("status", "ARCHIVED").containsEntry("outcome", "ADJUSTMENT_REQUIRED");
    assertThat(jdbc.queryForObject("select count(*) from md_execution_opinion o join md_decision d on d.id = o.decision_id"
        + " where d.decision_no = ?", Integer.class, no)).isOne();
    Map<String, Object> link = jdbc.queryForMap("select s.adjustment_id, s.successor_id, s.ordered_by_meeting"
        + " from md_decision_succession s join md_decision d on d.id = s.predecessor_id where d.decision_no = ?", no);
    assertThat(link).containsEntry("ordered_by_meeting", "县政府第12次常务会议").containsEntry("successor_id", null);
    long adjustmentId = ((Number) link.get("adjustment_id")).longValue();

    TestUsers.runAsEngine(identityService,
        () -> testCatalogue().approveAdjustment(CatalogueAdjustment.businessKeyOf(adjustmentId)));
    long itemId = jdbc.queryForObject("select item_id from md_catalogue_adjustment where id = ?", Long.class, adjustmentId);
    stages.as("county.clerk");
    Decision successor = starter.startItem(itemId, new StartRequest("LEADER", "县人民政府", "按常务会议决定重大调整收费标准", Map.of()));

    assertThat(jdbc.queryForObject("select n.decision_no from md_decision_succession s join md_decision n"
        + " on n.id = s.successor_id where s.adjustment_id = ?", String.class, adjustmentId))
        .isEqualTo(successor.getDecisionNo());
    assertThat(jdbc.queryForList("select s.event from md_stage_record s join md_decision d on d.id = s.decision_id"
        + " where d.decision_no = ? order by s.id", String.class, no))
        .contains("EXECUTION_OPINION_RECORDED", "EXECUTION_PROBLEM_REPORTED", "EXECUTION_DECIDED",
            "MAJOR_ADJUSTMENT_REQUESTED", "SUCCESSOR_STARTED");
    assertThat(jdbc.queryForList("select s.event from md_stage_record s join md_decision d on d.id = s.decision_id"
        + " where d.decision_no = ?", String.class, successor.getDecisionNo()))
        .contains("ADJUSTS_DECISION");
  }
}
