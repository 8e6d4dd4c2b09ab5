package cn.gov.pujiang.decision.support;

import cn.gov.pujiang.decision.dossier.DocumentKind;
import cn.gov.pujiang.decision.dossier.Dossier;
import cn.gov.pujiang.decision.dossier.DossierDocument;
import cn.gov.pujiang.decision.dossier.RequiredDocuments;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * What a user does on the dossier page before completing a task: uploads the documents the task
 * produces (as the required-documents table says) through the application's dossier service, as
 * the acting user. Each upload is a small but real PDF with its own content, so versions differ.
 */
public class Documents {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private final ProcessEngine engine;
  private final Dossier dossier;
  private final RequiredDocuments requiredDocuments;

  /** The application's context, set by ProcessTestSupport before each test. */
  private static ApplicationContext context;

  public static void use(ApplicationContext applicationContext) {
    context = applicationContext;
  }

  public Documents(ProcessEngine engine) {
    if (context == null) {
      throw new IllegalStateException("Documents.use(applicationContext) was not called (ProcessTestSupport does)");
    }
    this.engine = engine;
    this.dossier = context.getBean(Dossier.class);
    this.requiredDocuments = context.getBean(RequiredDocuments.class);
  }

  /** Uploads a PDF of the kind to the decision's dossier as the acting user. */
  public DossierDocument upload(String decisionNo, DocumentKind kind) {
    return dossier.add(decisionNo, kind.name(),
        new Dossier.Upload(kind.label() + ".pdf", pdf(kind.label() + " " + decisionNo + " #" + SERIAL.incrementAndGet())),
        actingUser());
  }

  /** Uploads every document the task with this definition key requires. */
  public List<DossierDocument> provideFor(String decisionNo, String taskKey) {
    List<DossierDocument> added = new ArrayList<>();
    for (RequiredDocuments.Requirement requirement : requiredDocuments.forTask(taskKey)) {
      added.add(upload(decisionNo, requirement.kind()));
    }
    return added;
  }

  /**
   * Uploads what the task requires and the dossier does not hold yet (a version added since the task
   * was created, where the rule table asks for a new one), as a person does before completing it.
   */
  public List<DossierDocument> provideMissingFor(String decisionNo, Task task) {
    List<DossierDocument> added = new ArrayList<>();
    for (RequiredDocuments.Requirement requirement : requiredDocuments.forTask(task.getTaskDefinitionKey())) {
      boolean present = requirement.newVersionRequired()
          ? dossier.holdsSince(decisionNo, requirement.kind(),
              task.getCreateTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime())
          : dossier.holds(decisionNo, requirement.kind());
      if (!present) {
        added.add(upload(decisionNo, requirement.kind()));
      }
    }
    return added;
  }

  /** Uploads every document the decision's open tasks require. */
  public List<DossierDocument> provideForOpenTasks(String decisionNo) {
    List<DossierDocument> added = new ArrayList<>();
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(decisionNo).list()) {
      added.addAll(provideFor(decisionNo, task.getTaskDefinitionKey()));
    }
    return added;
  }

  public List<DossierDocument> dossier(String decisionNo) {
    return dossier.documents(decisionNo);
  }

  /** A minimal PDF file: the header the content check looks for, a comment with the text, the trailer. */
  public static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
  }

  private String actingUser() {
    Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? "test" : authentication.getUserId();
  }
}
