package cn.gov.pujiang.decision.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pujiang.decision.ProcessTestSupport;
import cn.gov.pujiang.decision.dossier.RequiredDocuments.Requirement;
import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Attributes;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.support.Stages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The required-documents table and the engine check that enforces it on every user task. */
class RequiredDocumentsTest extends ProcessTestSupport {

  @Autowired RequiredDocuments requiredDocuments;



  @Test
  void theTableNamesTheDocumentsEachProducingTaskNeeds() {
    assertThat(requiredDocuments.forTask("Task_DraftDecision")).containsExactly(
        new Requirement(DocumentKind.DRAFT, false), new Requirement(DocumentKind.DRAFTING_EXPLANATION, false));
    assertThat(requiredDocuments.forTask("Task_IssueLegalityOpinion"))
        .containsExactly(new Requirement(DocumentKind.LEGALITY_OPINION, true));
    assertThat(requiredDocuments.forTask("Task_StudyProposal")).isEmpty();
  }

  @Test
  void aNewVersionOfTheTableAppliesAtOnceAlthoughAnswersAreKept() throws Exception {
    assertThat(requiredDocuments.forTask("Task_StudyProposal")).isEmpty();
    String original = java.nio.file.Files.readString(java.nio.file.Path.of("processes/required-documents.dmn"));
    org.camunda.bpm.engine.RepositoryService repository = processEngine.getRepositoryService();
    try {
      repository.createDeployment().name("required-documents-test")
          .addString("required-documents.dmn", original.replaceFirst("\"Task_DraftDecision\"", "\"Task_StudyProposal\""))
          .deploy();
      assertThat(requiredDocuments.forTask("Task_StudyProposal"))
          .containsExactly(new Requirement(DocumentKind.DRAFT, false));
    } finally {
      repository.createDeployment().name("required-documents").addString("required-documents.dmn", original).deploy();
    }
    assertThat(requiredDocuments.forTask("Task_StudyProposal")).isEmpty();
  }

  @Test
  void aDraftCannotBeSubmittedUntilTheDraftAndItsExplanationAreInTheDossier() {
    String no = initiated();

    assertThatThrownBy(() -> submitDraft(no))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessageContaining("请先在决策档案中上传本环节的材料：“决策草案”")
        .hasMessageContaining("/app/dossier.html?no=" + no);
    documents.upload(no, DocumentKind.DRAFT);
    assertThatThrownBy(() -> submitDraft(no)).hasMessageContaining("“起草说明”");
    assertThat(driver.openTaskKeys(no)).containsExactly("Task_DraftDecision");

    documents.upload(no, DocumentKind.DRAFTING_EXPLANATION);
    submitDraft(no);

    assertThat(driver.openTaskKeys(no)).doesNotContain("Task_DraftDecision");
  }

  @Test
  void anOpinionUploadedBeforeTheOpinionTaskOpenedDoesNotCountForIt() {
    String no = atLegalAdviserOpinion();
    documents.upload(no, DocumentKind.LEGALITY_OPINION);
    Stages.advanceDays(1);
    stages.as("baima.lawyer");
    driver.submit(no, "Task_ProvideLegalAdviserOpinion", "legalAdviserOpinion", "无违法之处");

    assertThatThrownBy(() -> issueOpinion(no))
        .isInstanceOf(ProcedureViolation.class)
        .hasMessageContaining("请先在决策档案中上传本次的“合法性审查意见书”");
    assertThat(driver.openTaskKeys(no)).contains("Task_IssueLegalityOpinion");

    documents.upload(no, DocumentKind.LEGALITY_OPINION);
    issueOpinion(no);

    assertThat(driver.openTaskKeys(no)).doesNotContain("Task_IssueLegalityOpinion");
  }

  // --- helpers -------------------------------------------------------------------------------

  private String initiated() {
    stages.as("baima.clerk");
    String no = driver.businessKeyOf(driver.startDecision(Stages.startForm(TOWN, Attributes.NON_PUBLIC)));
    stages.studyAndStart(no);
    stages.as("baima.clerk");
    return no;
  }

  private void submitDraft(String no) {
    driver.submit(no, "Task_DraftDecision",
        "draftSummary", "改造市场主体结构", "draftExplanation", "起草说明", "legalBasis", "《消防法》");
  }

  /** A decision in legality review, waiting for the legal adviser; earlier documents in place. */
  private String atLegalAdviserOpinion() {
    String no = initiated();
    stages.draft(no);
    stages.confirmProcedures(no);
    stages.submitForReview(no);
    stages.as("baima.reviewer");
    driver.submit(no, "Task_CheckCompleteness", "submissionComplete", "COMPLETE", "countyGuidanceNeeded", false);
    return no;
  }

  private void issueOpinion(String no) {
    stages.as("baima.reviewer");
    driver.submit(no, "Task_IssueLegalityOpinion",
        "legalityOutcome", "LAWFUL", "legalityOpinion", "经审查，决策主体适格，程序完备", "legalRisks", "",
        "legalityRecheckRequired", false);
  }
}
