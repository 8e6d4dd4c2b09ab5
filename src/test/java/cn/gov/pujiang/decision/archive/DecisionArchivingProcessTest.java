package cn.gov.pujiang.decision.archive;

import static cn.gov.pujiang.decision.support.Routes.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Elements;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Events;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Vars;
import cn.gov.pujiang.decision.record.StageRecord;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionStatus;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionArchivingProcessTest extends ProcessTestSupport {

  private static final String OFFICE_USER = "baima.office";

  /** The whole route of an archive the office finds complete the first time, whatever the outcome or scope. */
  private static final String[] FIRST_TIME_COMPLETE = {
    Elements.START, Elements.GATEWAY_COMPILE, Elements.TASK_COMPILE_ARCHIVE_LIST, Elements.TASK_CONFIRM_ARCHIVE,
    Elements.GATEWAY_ARCHIVE_COMPLETE, Elements.TASK_CLOSE_DECISION, Elements.END_ARCHIVED
  };

  @Autowired private ArchiveRecords archiveRecords;
  @Autowired private ArchiveRecordRepository archiveRecordRepository;
  @Autowired private StageRecords stageRecords;
  @Autowired private org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void compilesListThenArchivesAdoptedDecisionAndConcludesIt() {
    ProcessInstance pi = start(TOWN, DecisionOutcome.ADOPTED);

    execute(job(pi));

    assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_ARCHIVE);
    assertThat(task(pi)).hasCandidateGroup("baima-office");
    ArchiveRecord compiled = archiveRecords.find(pi.getBusinessKey()).orElseThrow();
    assertThat(compiled.getStatus()).isEqualTo(ArchiveStatus.COMPILED);
    assertThat(compiled.getOutcome()).isEqualTo(DecisionOutcome.ADOPTED);
    assertThat(compiled.getCompiledAt()).isNotNull();
    assertThat(decision(pi).getStatus()).isEqualTo(DecisionStatus.ARCHIVING);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.ARCHIVE_LIST)).isEqualTo("（尚无决策过程记录）");

    identityService.setAuthenticatedUserId(OFFICE_USER);
    complete(task(pi), confirmComplete("PERMANENT"));
    identityService.clearAuthentication();
    execute(job(pi));

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(FIRST_TIME_COMPLETE);
    ArchiveRecord archived = archiveRecords.find(pi.getBusinessKey()).orElseThrow();
    assertThat(archived.getStatus()).isEqualTo(ArchiveStatus.ARCHIVED);
    String year = String.valueOf(archived.getArchivedAt().atZoneSameInstant(cn.gov.pujiang.decision.engine.EngineClock.ZONE).getYear());
    assertThat(archived.getArchiveNo()).as("DA/T 22: 全宗号-年度-保管期限-机构（问题）-件号, baima's configuration")
        .isEqualTo("PJ006-" + year + "-Y-BGS-" + String.format("%04d", archived.getItemNo()));
    assertThat(archived.getFondsCode()).isEqualTo("PJ006");
    assertThat(archived.getOrgCode()).isEqualTo("BGS");
    assertThat(archived.getScope()).isEqualTo(ArchiveScope.FULL);
    assertThat(archived.getRetention()).isEqualTo(ArchiveRetention.PERMANENT);
    assertThat(archived.getArchivedBy()).isEqualTo(OFFICE_USER);
    assertThat(archived.getArchivedAt()).isNotNull();
    Decision decision = decision(pi);
    assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.ADOPTED);
    assertThat(decision.getStatus()).isEqualTo(DecisionStatus.ARCHIVED);
    assertThat(onlyEntry(pi, Events.ARCHIVED).getSummary()).contains("决定通过", archived.getArchiveNo(), "永久", OFFICE_USER);
  }

  @Test
  void returnsIncompleteArchiveForSupplementAndRecompilesTheSameRecord() {
    ProcessInstance pi = start(TOWN, DecisionOutcome.WITHDRAWN);
    execute(job(pi));
    Long recordId = archiveRecords.find(pi.getBusinessKey()).orElseThrow().getId();

    complete(task(pi), withVariables(
        Vars.ARCHIVE_COMPLETE, "INCOMPLETE", Vars.MISSING_MATERIALS, "缺少撤回决定书"));
    assertThat(pi).isWaitingAt(Elements.TASK_SUPPLEMENT_ARCHIVE);
    assertThat(task(pi)).hasCandidateGroup("baima-clerk");
    complete(task(pi), withVariables(Vars.SUPPLEMENT_NOTE, "已补充撤回决定书原件"));
    execute(job(pi));

    assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_ARCHIVE);
    assertThat(archiveRecordRepository.countByDecisionId(decision(pi).getId())).isEqualTo(1);
    ArchiveRecord recompiled = archiveRecords.find(pi.getBusinessKey()).orElseThrow();
    assertThat(recompiled.getId()).isEqualTo(recordId);
    assertThat(recompiled.getEntryCount()).isEqualTo(2);
    assertThat(recompiled.getStatus()).isEqualTo(ArchiveStatus.COMPILED);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.ARCHIVE_COMPLETE)).isNull();
    assertThat((String) runtimeService.getVariable(pi.getId(), Vars.ARCHIVE_LIST))
        .contains("1. ", "缺少撤回决定书", "2. ", "已补充撤回决定书原件");
    assertThat(onlyEntry(pi, Events.ARCHIVE_RETURNED).getSummary()).contains("缺少撤回决定书");
    assertThat(onlyEntry(pi, Events.ARCHIVE_SUPPLEMENTED).getSummary()).contains("已补充撤回决定书原件");

    complete(task(pi), confirmComplete("SHORT_10Y"));
    execute(job(pi));

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(
        Elements.START, Elements.GATEWAY_COMPILE, Elements.TASK_COMPILE_ARCHIVE_LIST, Elements.TASK_CONFIRM_ARCHIVE,
        Elements.GATEWAY_ARCHIVE_COMPLETE, Elements.TASK_SUPPLEMENT_ARCHIVE,
        Elements.GATEWAY_COMPILE, Elements.TASK_COMPILE_ARCHIVE_LIST, Elements.TASK_CONFIRM_ARCHIVE,
        Elements.GATEWAY_ARCHIVE_COMPLETE, Elements.TASK_CLOSE_DECISION, Elements.END_ARCHIVED);
    assertThat(archiveRecordRepository.countByDecisionId(decision(pi).getId())).isEqualTo(1);
    assertThat(decision(pi).getOutcome()).isEqualTo(DecisionOutcome.WITHDRAWN);
    assertThat(decision(pi).getStatus()).isEqualTo(DecisionStatus.ARCHIVED);
  }

  @Test
  void archivesRejectedCountyDecisionThroughCountyOffice() {
    ProcessInstance pi = start(COUNTY, DecisionOutcome.REJECTED);
    execute(job(pi));
    assertThat(task(pi)).hasCandidateGroup("county-office");

    complete(task(pi), confirmComplete("LONG_30Y"));
    execute(job(pi));

    assertThat(pi).isEnded();
    assertThat(route(historyService, pi)).containsExactly(FIRST_TIME_COMPLETE);
    assertThat(decision(pi).getOutcome()).isEqualTo(DecisionOutcome.REJECTED);
    assertThat(decision(pi).getStatus()).isEqualTo(DecisionStatus.ARCHIVED);
    assertThat(archiveRecords.find(pi.getBusinessKey()).orElseThrow().getRetention())
        .isEqualTo(ArchiveRetention.LONG_30Y);
  }

  @Test
  void refusesConfirmationWithoutFileNumberRetentionOrMissingMaterials() {
    ProcessInstance pi = start(TOWN, DecisionOutcome.ADOPTED);
    execute(job(pi));

    assertThatThrownBy(() -> complete(task(pi), withVariables(Vars.ARCHIVE_COMPLETE, "COMPLETE",
            Vars.ARCHIVE_NO, "BM·2026-永久-0012", Vars.ARCHIVE_RETENTION, "PERMANENT")))
        .as("ADR 0025: never typed free-hand").hasMessageContaining("档号由系统按《归档文件整理规则》（DA/T 22）自动编制");
    assertThatThrownBy(() -> complete(task(pi), confirmComplete("FOREVER")))
        .hasMessageContaining("请选择保管期限");
    assertThatThrownBy(() -> complete(task(pi), withVariables(Vars.ARCHIVE_COMPLETE, "INCOMPLETE")))
        .hasMessageContaining("请写明缺少的材料");
    assertThatThrownBy(() -> complete(task(pi), withVariables(Vars.ARCHIVE_COMPLETE, "MAYBE")))
        .hasMessageContaining("请选择材料是否齐全");

    assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_ARCHIVE);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.ARCHIVE_RETURNED)).isEmpty();
  }

  @Test
  void numbersFollowEachOtherWithinTheUnitsFondsYearAndRetentionAndRestartPerRetention() {
    ProcessInstance first = start(TOWN, DecisionOutcome.WITHDRAWN);
    ProcessInstance second = start(TOWN, DecisionOutcome.REJECTED);
    ProcessInstance tenYears = start(TOWN, DecisionOutcome.NOT_INITIATED);
    for (ProcessInstance pi : List.of(first, second, tenYears)) {
      execute(job(pi));
    }

    complete(task(first), confirmComplete("LONG_30Y"));
    execute(job(first));
    complete(task(second), confirmComplete("LONG_30Y"));
    execute(job(second));
    complete(task(tenYears), confirmComplete("SHORT_10Y"));
    execute(job(tenYears));
    for (ProcessInstance pi : List.of(first, second, tenYears)) {
      assertThat(route(historyService, pi)).containsExactly(FIRST_TIME_COMPLETE);
    }

    ArchiveRecord a = archiveRecords.find(first.getBusinessKey()).orElseThrow();
    ArchiveRecord b = archiveRecords.find(second.getBusinessKey()).orElseThrow();
    ArchiveRecord c = archiveRecords.find(tenYears.getBusinessKey()).orElseThrow();
    assertThat(b.getItemNo()).isEqualTo(a.getItemNo() + 1);
    assertThat(b.getArchiveNo()).contains("-D30-BGS-");
    assertThat(c.getArchiveNo()).contains("-D10-BGS-");
    assertThat(jdbc.queryForObject("select count(*) from md_archive_record where fonds_code = ? and archive_year = ?"
        + " and retention = 'SHORT_10Y' and item_no < ?", Integer.class, "PJ006", c.getArchiveYear(), c.getItemNo()))
        .as("item numbers restart per retention group").isEqualTo(c.getItemNo() - 1);
  }

  @Test
  void archivesDecisionMakingRecordsAtPublicationThenAddsExecutionRecordsAsASupplementToTheSameFile() {
    ProcessInstance atPublication = startStage(DecisionArchivingProcess.KEY, TOWN, Map.of(
        Vars.DECISION_OUTCOME, DecisionOutcome.ADOPTED.name(), Vars.ARCHIVE_SCOPE, "DECISION_MAKING"));
    String no = atPublication.getBusinessKey();
    decisionRegister.moveTo(no, DecisionStatus.PUBLICATION);
    stageRecords.record(no, null, null, "baima.secretary", "PUBLICATION", "PUBLISHED", "决策已公布");
    execute(job(atPublication));
    assertThat(decision(atPublication).getStatus()).as("stays where it is, execution follows")
        .isEqualTo(DecisionStatus.PUBLICATION);
    complete(task(atPublication), confirmComplete("PERMANENT"));
    execute(job(atPublication));

    assertThat(atPublication).isEnded();
    assertThat(route(historyService, atPublication)).containsExactly(FIRST_TIME_COMPLETE);
    ArchiveRecord file = archiveRecords.find(no).orElseThrow();
    assertThat(file.getScope()).isEqualTo(ArchiveScope.DECISION_MAKING);
    assertThat(file.getStatus()).isEqualTo(ArchiveStatus.ARCHIVED);
    assertThat(file.getRecordHash()).hasSize(64);
    assertThat(decision(atPublication).getOutcome()).as("the outcome is known after execution").isNull();
    assertThat(decision(atPublication).getStatus()).isEqualTo(DecisionStatus.PUBLICATION);
    assertThat(onlyEntry(atPublication, Events.ARCHIVED).getSummary()).contains("决策过程记录（启动至公布）已归档", file.getArchiveNo());

    stageRecords.record(no, null, null, "baima.clerk", "EXECUTION", "EXECUTION_REPORTED", "执行完毕");
    Map<String, Object> inputs = new java.util.HashMap<>(commonVariables(decision(atPublication)));
    inputs.put(Vars.DECISION_OUTCOME, DecisionOutcome.TERMINATED.name());
    inputs.put(Vars.ARCHIVE_SCOPE, "SUPPLEMENT");
    ProcessInstance supplement = runtimeService.startProcessInstanceByKey(DecisionArchivingProcess.KEY, no, inputs);
    execute(job(supplement));
    assertThat((String) runtimeService.getVariable(supplement.getId(), Vars.ARCHIVE_LIST))
        .contains("补充归档", file.getArchiveNo(), "执行完毕").doesNotContain("决策已公布");
    complete(task(supplement), withVariables(Vars.ARCHIVE_COMPLETE, "COMPLETE"));
    execute(job(supplement));

    assertThat(supplement).isEnded();
    assertThat(route(historyService, supplement)).containsExactly(FIRST_TIME_COMPLETE);
    ArchiveRecord closed = archiveRecords.find(no).orElseThrow();
    assertThat(closed.getArchiveNo()).isEqualTo(file.getArchiveNo());
    assertThat(closed.getRecordHash()).as("the chain link is untouched").isEqualTo(file.getRecordHash());
    assertThat(closed.getOutcome()).isEqualTo(DecisionOutcome.TERMINATED);
    assertThat(archiveRecords.supplements(no)).singleElement().satisfies(s -> {
      assertThat(s.getEntryCount()).isEqualTo(2);
      assertThat(s.getArchivedBy()).isNotNull();
      assertThat(s.getContentHash()).hasSize(64);
    });
    assertThat(decision(supplement).getOutcome()).isEqualTo(DecisionOutcome.TERMINATED);
    assertThat(decision(supplement).getStatus()).isEqualTo(DecisionStatus.ARCHIVED);
    assertThat(onlyEntry(supplement, Events.SUPPLEMENT_ARCHIVED).getSummary()).contains(file.getArchiveNo(), "终止执行");
  }

  @Test
  void refusesSupplementWithoutNote() {
    ProcessInstance pi = start(TOWN, DecisionOutcome.ADOPTED);
    execute(job(pi));
    complete(task(pi), withVariables(Vars.ARCHIVE_COMPLETE, "INCOMPLETE", Vars.MISSING_MATERIALS, "缺少会议纪要"));

    assertThatThrownBy(() -> complete(task(pi), withVariables(Vars.SUPPLEMENT_NOTE, "")))
        .hasMessageContaining("请说明补充了哪些归档材料");

    assertThat(pi).isWaitingAt(Elements.TASK_SUPPLEMENT_ARCHIVE);
  }

  @Test
  void refusesToCompileWithoutValidOutcome() {
    ProcessInstance pi = startStage(DecisionArchivingProcess.KEY, TOWN, Map.of(Vars.DECISION_OUTCOME, "APPROVED"));

    assertThatThrownBy(() -> execute(job(pi))).hasMessageContaining("决策结果无效，无法归档");

    assertThat(archiveRecords.find(pi.getBusinessKey())).isEmpty();
    assertThat(decision(pi).getStatus()).isEqualTo(DecisionStatus.INITIATION);
  }

  private ProcessInstance start(String unit, DecisionOutcome outcome) {
    return startStage(DecisionArchivingProcess.KEY, unit, Map.of(Vars.DECISION_OUTCOME, outcome.name()));
  }

  private static Map<String, Object> confirmComplete(String retention) {
    return withVariables(Vars.ARCHIVE_COMPLETE, "COMPLETE", Vars.ARCHIVE_RETENTION, retention);
  }

  private Decision decision(ProcessInstance pi) {
    return decisionRegister.get(pi.getBusinessKey());
  }

  private StageRecord onlyEntry(ProcessInstance pi, String event) {
    List<StageRecord> entries = stageRecords.events(pi.getBusinessKey(), event);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }
}
