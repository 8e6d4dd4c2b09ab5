package cn.gov.pujiang.decision.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Tasklist path to the dossier: Camunda Forms cannot upload, so every task form carries a
 * link to the dossier page for its decision, and the form of a task that must produce a document
 * names that document. Reads the model files only.
 */
class DossierFormsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final String LINK = "(/app/dossier.html?no={{decisionNo}})";

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyTaskFormLinksToItsDecisionsDossier() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path form : files(FORMS, ".form")) {
      if (form.getFileName().toString().equals("decision-start.form")) {
        continue; // no decision number exists before the start form is submitted
      }
      if (form.getFileName().toString().startsWith("catalogue-")) {
        continue; // the catalogue procedure concerns a year's catalogue, not one decision's dossier
      }
      if (dossierText(form) == null || !dossierText(form).contains(LINK)) {
        missing.add(form.toString());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theFormOfEveryTaskThatMustProduceADocumentNamesIt() throws IOException {
    String table = Files.readString(PROCESSES.resolve("required-documents.dmn"));
    Matcher rule = Pattern.compile(
            "<inputEntry id=\"Rule_\\d+_In_taskKey\"><text>\"([^\"]+)\"</text></inputEntry>\\s*"
                + "<outputEntry[^>]*><text>\"([A-Z_]+)\"</text></outputEntry>")
        .matcher(table);
    int rules = 0;
    while (rule.find()) {
      rules++;
      String formRef = formOf(rule.group(1));
      DocumentKind kind = DocumentKind.valueOf(rule.group(2));
      assertThat(dossierText(FORMS.resolve(formRef + ".form")))
          .as(rule.group(1) + " (" + formRef + ") names " + kind.label())
          .contains("“" + kind.label() + "”");
    }
    assertThat(rules).as("rules read from required-documents.dmn").isGreaterThanOrEqualTo(10);
  }

  private String dossierText(Path form) throws IOException {
    for (JsonNode component : json.readTree(form.toFile()).path("components")) {
      if ("Text_dossierLink".equals(component.path("id").asText())) {
        return component.path("text").asText();
      }
    }
    return null;
  }

  private static String formOf(String taskKey) throws IOException {
    Pattern userTask = Pattern.compile(
        "<bpmn:userTask id=\"" + Pattern.quote(taskKey) + "\"[^>]*?camunda:formRef=\"([^\"]+)\"", Pattern.DOTALL);
    for (Path model : files(PROCESSES, ".bpmn")) {
      Matcher m = userTask.matcher(Files.readString(model));
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("required-documents names " + taskKey + ", which is no user task with a form");
  }

  private static List<Path> files(Path dir, String extension) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }
}
