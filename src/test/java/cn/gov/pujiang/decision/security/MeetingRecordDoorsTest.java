package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.meeting.MeetingRecords;
import cn.gov.pujiang.decision.support.LifecycleDriver;
import cn.gov.pujiang.decision.support.Stages;
import cn.gov.pujiang.decision.support.TestUsers;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meeting record's Art. 30 check (the complete record) through the doors Tasklist and REST clients use: the Camunda Form
 * submits the participants as a JSON value to {@code /engine-rest/task/{id}/submit-form}; a client may also send
 * them as JSON text to {@code complete}. A refused record is answered in Chinese and leaves nothing behind.
 */
class MeetingRecordDoorsTest extends HttpTestSupport {

  private static final String HEAD_FIRST = "[" + Stages.participant("首长甲", "镇长", "HEAD", true, "AGREE", "同意实施")
      + "," + Stages.participant("委员乙", "副镇长", "MEMBER", false, "DISAGREE", "不同意，时机不成熟") + "]";
  private static final String HEAD_LAST = "[" + Stages.participant("委员乙", "副镇长", "MEMBER", false, "AGREE", "同意")
      + "," + Stages.participant("委员丙", "副镇长", "MEMBER", false, "DISAGREE", "不同意，时机不成熟")
      + "," + Stages.participant("委员丁", "党委委员", "MEMBER", false, "AGREE", "同意，注意安置")
      + "," + Stages.participant("首长甲", "镇长", "HEAD", true, "AGREE", "同意实施") + "]";

  @Autowired MeetingRecords meetingRecords;

  @Test
  void tasklistAndRestSubmissionsOfTheMeetingRecordAreHeldToArticle30() {
    LifecycleDriver driver = new LifecycleDriver(engine);
    Stages stages = new Stages(engine, driver);
    String no;
    String task;
    try {
      TestUsers.signIn(identityService, "baima.clerk");
      no = driver.businessKeyOf(driver.startDecision(Stages.startForm("baima", Attributes.NON_PUBLIC)));
      stages.studyAndStart(no);
      stages.draft(no);
      stages.confirmProcedures(no);
      stages.submitForReview(no);
      stages.review(no, "LAWFUL", false);
      stages.scheduleMeeting(no);
      task = driver.task(no, "Task_RecordMeeting").getId();
    } finally {
      identityService.clearAuthentication();
    }
    try {
      HttpResponse<String> headFirst = postJson("baima.secretary", "/engine-rest/task/" + task + "/submit-form",
          form(jsonValue(HEAD_FIRST)));
      HttpResponse<String> asText = postJson("baima.secretary", "/engine-rest/task/" + task + "/complete",
          form("{\"value\":" + quoted(HEAD_FIRST) + ",\"type\":\"String\"}"));

      assertThat(headFirst.statusCode()).as(headFirst.body()).isBetween(400, 499);
      assertThat(headFirst.body()).contains("行政首长应当在会议组成人员充分发表意见后最后发表意见");
      assertThat(asText.statusCode()).as(asText.body()).isBetween(400, 499);
      assertThat(asText.body()).contains("行政首长应当在会议组成人员充分发表意见后最后发表意见");
      assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();

      HttpResponse<String> headLast = postJson("baima.secretary", "/engine-rest/task/" + task + "/submit-form",
          form(jsonValue(HEAD_LAST)));
      assertThat(headLast.statusCode()).as(headLast.body()).isEqualTo(204);
      TestUsers.asEngine(identityService, () -> {
        driver.runDueJobs(no);
        return null;
      });

      assertThat(TestUsers.asEngine(identityService, () -> meetingRecords.forDecision(no))).singleElement()
          .satisfies(r -> {
            assertThat(r.getParticipants()).hasSize(4);
            assertThat(r.getParticipants().get(1).getStatement()).isEqualTo("不同意，时机不成熟");
            assertThat(r.getMembersInFavour()).isEqualTo(2);
            assertThat(r.getMembersAgainst()).isEqualTo(1);
          });
    } finally {
      ClockUtil.reset();
    }
  }

  private static String form(String participants) {
    return "{\"variables\":{\"meetingParticipants\":" + participants + ","
        + "\"headDecision\":{\"value\":\"同意实施\",\"type\":\"String\"},"
        + "\"meetingOutcome\":{\"value\":\"ADOPTED\",\"type\":\"String\"},"
        + "\"meetingMinutes\":{\"value\":\"第5次镇长办公会议纪要\",\"type\":\"String\"}}}";
  }

  /** As Tasklist sends a Camunda Form's dynamic list: type Json, the list as JSON text. */
  private static String jsonValue(String list) {
    return "{\"value\":" + quoted(list) + ",\"type\":\"Json\"}";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
