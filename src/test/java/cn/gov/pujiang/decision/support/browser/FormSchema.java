package cn.gov.pujiang.decision.support.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Camunda Form as deployed from {@code forms/}: its input fields in the order a person meets them
 * on screen, so a browser test fills a form the way its user does (a field shown only after another
 * is set is filled after it).
 */
public record FormSchema(String id, List<Field> fields) {

  /** One input of the form; {@code options} holds (value, Chinese label) for selects and radios. */
  public record Field(String id, String key, String type, boolean readonly, List<Option> options) {

    public Optional<String> labelOf(Object value) {
      return options.stream().filter(o -> o.value().equals(String.valueOf(value))).map(Option::label).findFirst();
    }

    public int indexOf(Object value) {
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i).value().equals(String.valueOf(value))) {
          return i;
        }
      }
      return -1;
    }
  }

  public record Option(String value, String label) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads {@code forms/<formId>.form} from the classpath, where the pom puts the forms folder. */
  public static FormSchema load(String formId) {
    try (InputStream in = FormSchema.class.getClassLoader().getResourceAsStream("forms/" + formId + ".form")) {
      if (in == null) {
        throw new IllegalArgumentException("no form forms/" + formId + ".form on the classpath");
      }
      JsonNode root = JSON.readTree(in);
      List<Field> fields = new ArrayList<>();
      collect(root, fields);
      return new FormSchema(root.path("id").asText(), fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the values fill a dynamic list of this form, which TasklistBrowser cannot fill yet. */
  public boolean fillsADynamicList(java.util.Collection<String> keys) {
    return fields.stream().anyMatch(f -> f.type().equals("dynamiclist") && keys.contains(f.key()));
  }

  public Optional<Field> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  private static void collect(JsonNode node, List<Field> fields) {
    for (JsonNode component : node.path("components")) {
      if ("dynamiclist".equals(component.path("type").asText())) {
        // One field for the whole list; its item fields are keys inside each item (ADR 0024).
        fields.add(new Field(component.path("id").asText(), component.path("path").asText(), "dynamiclist",
            false, List.of()));
        continue;
      }
      if (component.hasNonNull("key")) {
        List<Option> options = new ArrayList<>();
        for (JsonNode value : component.path("values")) {
          options.add(new Option(value.path("value").asText(), value.path("label").asText()));
        }
        fields.add(
            new Field(
                component.path("id").asText(),
                component.path("key").asText(),
                component.path("type").asText(),
                component.path("readonly").asBoolean(false),
                List.copyOf(options)));
      }
      collect(component, fields);
    }
  }
}
