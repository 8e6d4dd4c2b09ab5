package cn.gov.pujiang.decision.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A value chosen from a list (a select or radio field in one form) is a code such as DEPARTMENT or
 * ADOPTED; wherever another form shows it read-only it must show the Chinese label, so it must be a
 * read-only select with the same options, never a text field that shows the code (the browser walk-through).
 */
class CodedValuesShownAsLabelsTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void readOnlyFieldsOfCodedVariablesShowTheirChineseLabels() throws IOException {
    List<JsonNode> fields = new ArrayList<>();
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
    }
    Set<String> coded = new HashSet<>();
    for (Path form : forms) {
      collect(json.readTree(form.toFile()).path("components"), form, fields);
    }
    for (JsonNode field : fields) {
      String type = field.path("type").asText();
      if ((type.equals("select") || type.equals("radio")) && field.path("values").size() > 0) {
        coded.add(field.path("key").asText());
      }
    }
    List<String> showingCodes = fields.stream()
        .filter(f -> f.path("readonly").asBoolean(false))
        .filter(f -> f.path("type").asText().equals("textfield") || f.path("type").asText().equals("textarea"))
        .filter(f -> coded.contains(f.path("key").asText()))
        .map(f -> f.path("form").asText() + ": " + f.path("key").asText() + " (" + f.path("label").asText() + ")")
        .toList();
    assertThat(showingCodes).as("read-only text fields that would show a code instead of its Chinese label").isEmpty();
  }

  private static void collect(JsonNode components, Path form, List<JsonNode> into) {
    for (JsonNode component : components) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) component).put("form", form.getFileName().toString());
      into.add(component);
      collect(component.path("components"), form, into);
    }
  }
}
