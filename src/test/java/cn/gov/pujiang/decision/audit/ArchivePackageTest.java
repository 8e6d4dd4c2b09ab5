package cn.gov.pujiang.decision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.archive.ArchiveRecord;
import cn.gov.pujiang.decision.archive.ArchiveRecords;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess;
import cn.gov.pujiang.decision.archive.DecisionArchivingProcess.Vars;
import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.support.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The archive package handed to the county archive (Decree 713 Art. 33, the complete record): one folder
 * named after the DA/T 22 number with the printed record, every document and a manifest whose
 * SHA-256 values match the files in the zip.
 */
class ArchivePackageTest extends ProcessTestSupport {

  @Autowired ArchivePackage archivePackage;
  @Autowired ArchiveRecords archiveRecords;

  @Test
  void packageHoldsEveryFileOnceWithItsSha256InTheManifest() throws IOException {
    ProcessInstance pi = startStage(DecisionArchivingProcess.KEY, TOWN,
        Map.of(Vars.DECISION_OUTCOME, DecisionOutcome.WITHDRAWN.name()));
    String no = pi.getBusinessKey();
    Documents documents = new Documents(processEngine);
    documents.upload(no, DocumentKind.DRAFT);
    documents.upload(no, DocumentKind.SUSPENSION_ORDER);
    assertThatThrownBy(() -> archivePackage.build(no))
        .isInstanceOf(Refusal.class).hasMessageContaining("尚未归档");
    execute(job(pi));
    complete(task(pi), withVariables(Vars.ARCHIVE_COMPLETE, "COMPLETE", Vars.ARCHIVE_RETENTION, "LONG_30Y"));
    execute(job(pi));
    ArchiveRecord record = archiveRecords.find(no).orElseThrow();

    ArchivePackage.Package p = archivePackage.build(no);

    assertThat(p.fileName()).isEqualTo("归档包-" + record.getArchiveNo() + ".zip");
    Map<String, byte[]> entries = unzip(p.zip());
    String folder = record.getArchiveNo() + "/";
    assertThat(entries.keySet()).containsExactly(
        folder + "决策过程记录.pdf",
        folder + "材料/001-决策草案-第1版-决策草案.pdf",
        folder + "材料/002-中止执行决定-第1版-中止执行决定.pdf",
        folder + "manifest.json");
    JsonNode manifest = new ObjectMapper().readTree(entries.get(folder + "manifest.json"));
    assertThat(manifest.path("format").asText()).isEqualTo(ArchivePackage.FORMAT);
    assertThat(manifest.path("standards").asText()).contains("本项目自定义", "DA/T 22-2015");
    assertThat(manifest.path("archive").path("archiveNo").asText()).isEqualTo(record.getArchiveNo());
    assertThat(manifest.path("archive").path("retentionCode").asText()).isEqualTo("D30");
    assertThat(manifest.path("archive").path("recordHash").asText()).isEqualTo(record.getRecordHash());
    assertThat(manifest.path("decision").path("outcomeLabel").asText()).isEqualTo("撤回");
    assertThat(manifest.path("files")).hasSize(3);
    for (JsonNode file : manifest.path("files")) {
      byte[] content = entries.get(folder + file.path("path").asText());
      assertThat(content).as(file.path("path").asText()).isNotNull();
      assertThat(file.path("sha256").asText()).isEqualTo(ArchivePackage.sha256(content));
      assertThat(file.path("sizeBytes").asLong()).isEqualTo(content.length);
    }
    assertThat(manifest.path("files").get(2).path("typeLabel").asText()).isEqualTo("中止执行决定");
    assertThat(manifest.path("files").get(2).path("sha256AtUpload").asText())
        .isEqualTo(manifest.path("files").get(2).path("sha256").asText());
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
