package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Vars;
import cn.gov.pujiang.decision.argumentation.ExpertPool;
import cn.gov.pujiang.decision.audit.AuditStatistics.Ratio;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auditor's figures and timeline entries of the complete record (ADR 0025): archiving delay
 * after publication, expert-pool use, and the archive file and panel in the timeline. Uses 浦南街道
 * (punan), which no other statistics test uses.
 */
class ArchiveFiguresTest extends ProcessTestSupport {

  static final String UNIT = "punan";

  @Autowired List<UnitFigureSource> figures;
  @Autowired ExpertPool pool;
  @Autowired StageRecords stageRecords;
  @Autowired AuditTimeline timelines;
  @Autowired EngineClock clock;
  @Autowired JdbcTemplate jdbc;

  @Test
  void countsDecisionsArchivedPromptlyAfterPublicationAndDecisionsUsingTheExpertPool() {
    AuditCriteria criteria = AuditCriteria.forYear(clock.now().atZoneSameInstant(EngineClock.ZONE).getYear()).withUnit(UNIT);
    Ratio promptBefore = figure("archivedPromptly", criteria);
    Ratio poolBefore = figure("expertPoolUse", criteria);

    String prompt = archivedAtPublication(0);
    String late = archivedAtPublication(45);
    ExpertPool.Expert expert = pool.add("孙统计", "统计学", "浙江财经大学", null, "admin");
    pool.recordSelection(prompt, List.of(expert), null, null, "punan.clerk");
    pool.recordSelection(late, List.of(), "某咨询公司", "专家库中无该领域专家", "punan.clerk");

    Ratio promptAfter = figure("archivedPromptly", criteria);
    assertThat(promptAfter.base() - promptBefore.base()).isEqualTo(2);
    assertThat(promptAfter.count() - promptBefore.count()).as("45 days after publication is not prompt").isEqualTo(1);
    assertThat(promptAfter).as("the read model followed the publication and archiving through the services")
        .isEqualTo(figureFromRecords("archivedPromptly", criteria));
    Ratio poolAfter = figure("expertPoolUse", criteria);
    assertThat(poolAfter.base() - poolBefore.base()).isEqualTo(2);
    assertThat(poolAfter.count() - poolBefore.count()).isEqualTo(1);

    List<TimelineEntry> entries = timelines.timeline(prompt).entries();
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("ARCHIVE");
      assertThat(e.title()).isEqualTo("决策公布后归档决策过程记录（启动至公布）");
      assertThat(e.detail()).contains("全宗号 PJ004", "保管期限 永久", "机构（问题）代码 BGS");
    });
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("EXPERT");
      assertThat(e.title()).isEqualTo("选定专家库专家：孙统计");
      assertThat(e.detail()).contains("专家库编号" + expert.id(), "统计学");
    });
    assertThat(timelines.timeline(late).entries()).anySatisfy(e -> {
      assertThat(e.title()).isEqualTo("选定库外专家或专业机构：某咨询公司");
      assertThat(e.detail()).isEqualTo("理由：专家库中无该领域专家");
    });
  }

  @Test
  void timelineShowsHowTheDecisionsCatalogueWasPublished() {
    var item = testCatalogue().publishedItem(UNIT, "浦南街道目录事项-" + System.nanoTime());
    Decision decision = decisionRegister.register(item.getTitle(), UNIT, "DEPARTMENT", ACTING_USER, null, item.getId(), null);

    List<TimelineEntry> entries = timelines.timeline(decision.getDecisionNo()).entries();

    assertThat(entries).filteredOn(e -> "CATALOGUE".equals(e.kind())).isNotEmpty().allSatisfy(e -> {
      assertThat(e.title()).endsWith("已向社会公布");
      assertThat(e.detail()).contains("政府门户网站", "https://www.pj.gov.cn/", "第三条第三款");
    });
  }

  /** A decision published {@code daysAgo} days ago whose decision-making records are archived now. */
  private String archivedAtPublication(int daysAgo) {
    ProcessInstance pi = startStage(DecisionArchivingProcess.KEY, UNIT, Map.of(
        Vars.DECISION_OUTCOME, DecisionOutcome.ADOPTED.name(), Vars.ARCHIVE_SCOPE, "DECISION_MAKING"));
    String no = pi.getBusinessKey();
    Decision decision = decisionRegister.get(no);
    jdbc.update("insert into md_stage_record (decision_id, stage, event, summary, actor, recorded_at)"
        + " values (?, 'PUBLICATION', 'PUBLISHED', '决策已公布', 'punan.secretary', ?)",
        decision.getId(), clock.now().minusDays(daysAgo));
    execute(job(pi));
    complete(task(pi), withVariables(Vars.ARCHIVE_COMPLETE, "COMPLETE", Vars.ARCHIVE_RETENTION, "PERMANENT"));
    execute(job(pi));
    return no;
  }

  private Ratio figure(String key, AuditCriteria criteria) {
    UnitFigureSource source = figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    return source.figures(criteria).getOrDefault(UNIT, new Ratio(0, 0, null));
  }

  private Ratio figureFromRecords(String key, AuditCriteria criteria) {
    UnitFigureSource source = figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    return source.figuresFromRecords(criteria).getOrDefault(UNIT, new Ratio(0, 0, null));
  }
}
