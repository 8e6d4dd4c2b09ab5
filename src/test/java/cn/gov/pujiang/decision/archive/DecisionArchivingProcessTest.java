package cn.gov.pujiang.decision.archive;

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
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Variables;
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

  @Autowired private ArchiveRecords archiveRecords;
  @Autowired private ArchiveRecordRepository archiveRecordRepository;
  @Autowired private StageRecords stageRecords;

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
    assertThat(runtimeService.getVariable(pi.getId(), Variables.ARCHIVE_LIST)).isEqualTo("（尚无决策过程记录）");

    identityService.setAuthenticatedUserId(OFFICE_USER);
    complete(task(pi), confirmComplete("BM·2026-永久-0012", "PERMANENT"));
    identityService.clearAuthentication();
    execute(job(pi));

    assertThat(pi).isEnded().hasPassedInOrder(
        Elements.TASK_COMPILE_ARCHIVE_LIST, Elements.TASK_CONFIRM_ARCHIVE, Elements.TASK_CLOSE_DECISION,
        Elements.END_ARCHIVED);
    assertThat(pi).hasNotPassed(Elements.TASK_SUPPLEMENT_ARCHIVE);
    ArchiveRecord archived = archiveRecords.find(pi.getBusinessKey()).orElseThrow();
    assertThat(archived.getStatus()).isEqualTo(ArchiveStatus.ARCHIVED);
    assertThat(archived.getArchiveNo()).isEqualTo("BM·2026-永久-0012");
    assertThat(archived.getRetention()).isEqualTo(ArchiveRetention.PERMANENT);
    assertThat(archived.getArchivedBy()).isEqualTo(OFFICE_USER);
    assertThat(archived.getArchivedAt()).isNotNull();
    Decision decision = decision(pi);
    assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.ADOPTED);
    assertThat(decision.getStatus()).isEqualTo(DecisionStatus.ARCHIVED);
    assertThat(onlyEntry(pi, Events.ARCHIVED).getSummary()).contains("决定通过", "BM·2026-永久-0012", "永久", OFFICE_USER);
  }

  @Test
  void returnsIncompleteArchiveForSupplementAndRecompilesTheSameRecord() {
    ProcessInstance pi = start(TOWN, DecisionOutcome.WITHDRAWN);
    execute(job(pi));
    Long recordId = archiveRecords.find(pi.getBusinessKey()).orElseThrow().getId();

    complete(task(pi), withVariables(
        Variables.ARCHIVE_COMPLETE, "INCOMPLETE", Variables.MISSING_MATERIALS, "缺少撤回决定书"));
    assertThat(pi).isWaitingAt(Elements.TASK_SUPPLEMENT_ARCHIVE);
    assertThat(task(pi)).hasCandidateGroup("baima-clerk");
    complete(task(pi), withVariables(Variables.SUPPLEMENT_NOTE, "已补充撤回决定书原件"));
    execute(job(pi));

    assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_ARCHIVE);
    assertThat(archiveRecordRepository.countByDecisionId(decision(pi).getId())).isEqualTo(1);
    ArchiveRecord recompiled = archiveRecords.find(pi.getBusinessKey()).orElseThrow();
    assertThat(recompiled.getId()).isEqualTo(recordId);
    assertThat(recompiled.getEntryCount()).isEqualTo(2);
    assertThat(recompiled.getStatus()).isEqualTo(ArchiveStatus.COMPILED);
    assertThat(runtimeService.getVariable(pi.getId(), Variables.ARCHIVE_COMPLETE)).isNull();
    assertThat((String) runtimeService.getVariable(pi.getId(), Variables.ARCHIVE_LIST))
        .contains("1. ", "缺少撤回决定书", "2. ", "已补充撤回决定书原件");
    assertThat(onlyEntry(pi, Events.ARCHIVE_RETURNED).getSummary()).contains("缺少撤回决定书");
    assertThat(onlyEntry(pi, Events.ARCHIVE_SUPPLEMENTED).getSummary()).contains("已补充撤回决定书原件");

    complete(task(pi), confirmComplete("BM·2026-10年-0003", "SHORT_10Y"));
    execute(job(pi));

    assertThat(pi).isEnded().hasPassed(Elements.TASK_SUPPLEMENT_ARCHIVE, Elements.END_ARCHIVED);
    assertThat(archiveRecordRepository.countByDecisionId(decision(pi).getId())).isEqualTo(1);
    assertThat(decision(pi).getOutcome()).isEqualTo(DecisionOutcome.WITHDRAWN);
    assertThat(decision(pi).getStatus()).isEqualTo(DecisionStatus.ARCHIVED);
  }

  @Test
  void archivesRejectedCountyDecisionThroughCountyOffice() {
    ProcessInstance pi = start(COUNTY, DecisionOutcome.REJECTED);
    execute(job(pi));
    assertThat(task(pi)).hasCandidateGroup("county-office");

    complete(task(pi), confirmComplete("XZF·2026-30年-0101", "LONG_30Y"));
    execute(job(pi));

    assertThat(pi).isEnded().hasPassed(Elements.END_ARCHIVED);
    assertThat(decision(pi).getOutcome()).isEqualTo(DecisionOutcome.REJECTED);
    assertThat(decision(pi).getStatus()).isEqualTo(DecisionStatus.ARCHIVED);
    assertThat(archiveRecords.find(pi.getBusinessKey()).orElseThrow().getRetention())
        .isEqualTo(ArchiveRetention.LONG_30Y);
  }

  @Test
  void refusesConfirmationWithoutFileNumberRetentionOrMissingMaterials() {
    ProcessInstance pi = start(TOWN, DecisionOutcome.ADOPTED);
    execute(job(pi));

    assertThatThrownBy(() -> complete(task(pi), confirmComplete(" ", "PERMANENT")))
        .hasMessageContaining("确认归档的，请填写档号");
    assertThatThrownBy(() -> complete(task(pi), confirmComplete("BM·2026-永久-0012", "FOREVER")))
        .hasMessageContaining("请选择保管期限");
    assertThatThrownBy(() -> complete(task(pi), withVariables(Variables.ARCHIVE_COMPLETE, "INCOMPLETE")))
        .hasMessageContaining("请写明缺少的材料");
    assertThatThrownBy(() -> complete(task(pi), withVariables(Variables.ARCHIVE_COMPLETE, "MAYBE")))
        .hasMessageContaining("请选择材料是否齐全");

    assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_ARCHIVE);
    assertThat(stageRecords.events(pi.getBusinessKey(), Events.ARCHIVE_RETURNED)).isEmpty();
  }

  @Test
  void refusesSupplementWithoutNote() {
    ProcessInstance pi = start(TOWN, DecisionOutcome.ADOPTED);
    execute(job(pi));
    complete(task(pi), withVariables(Variables.ARCHIVE_COMPLETE, "INCOMPLETE", Variables.MISSING_MATERIALS, "缺少会议纪要"));

    assertThatThrownBy(() -> complete(task(pi), withVariables(Variables.SUPPLEMENT_NOTE, "")))
        .hasMessageContaining("请说明补充了哪些归档材料");

    assertThat(pi).isWaitingAt(Elements.TASK_SUPPLEMENT_ARCHIVE);
  }

  @Test
  void refusesToCompileWithoutValidOutcome() {
    ProcessInstance pi = startStage(DecisionArchivingProcess.KEY, TOWN, Map.of(Variables.DECISION_OUTCOME, "APPROVED"));

    assertThatThrownBy(() -> execute(job(pi))).hasMessageContaining("决策结果无效，无法归档");

    assertThat(archiveRecords.find(pi.getBusinessKey())).isEmpty();
    assertThat(decision(pi).getStatus()).isEqualTo(DecisionStatus.INITIATION);
  }

  private ProcessInstance start(String unit, DecisionOutcome outcome) {
    return startStage(DecisionArchivingProcess.KEY, unit, Map.of(Variables.DECISION_OUTCOME, outcome.name()));
  }

  private static Map<String, Object> confirmComplete(String archiveNo, String retention) {
    return withVariables(
        Variables.ARCHIVE_COMPLETE, "COMPLETE", Variables.ARCHIVE_NO, archiveNo, Variables.ARCHIVE_RETENTION, retention);
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
