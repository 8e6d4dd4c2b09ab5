package cn.gov.pujiang.decision.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our zh-CN locale of each Camunda webapp against the English locale inside the Camunda webapp jar
 * on the classpath: after an upgrade, every new or changed key that we have not translated fails
 * here instead of showing up in English (ADR 0011). The English file is read from the jar itself,
 * never from a copy.
 */
class ChineseLocaleFilesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>|&[a-z]+;", Pattern.CASE_INSENSITIVE);
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelHasAChineseTranslationWithTheSamePlaceholders(String app) throws IOException {
    JsonNode english = read(fromCamundaJar(String.format(LOCALES, app, "en")));
    URL ours = getClass().getClassLoader().getResource(String.format(LOCALES, app, "zh-CN"));
    assertThat(ours).as("zh-CN locale of %s under src/main/resources", app).isNotNull();
    JsonNode chinese = read(ours);

    List<String> problems = new ArrayList<>();
    english.get("labels").properties().forEach(entry -> {
      String key = entry.getKey();
      String en = entry.getValue().asText();
      JsonNode zh = chinese.path("labels").get(key);
      if (zh == null || !zh.isTextual()) {
        problems.add("missing: " + key);
      } else if (zh.asText().isBlank() && !en.isBlank()) {
        problems.add("empty: " + key);
      } else {
        if (!tokens(PLACEHOLDER, en).equals(tokens(PLACEHOLDER, zh.asText()))) {
          problems.add("placeholders differ: " + key + " " + tokens(PLACEHOLDER, en) + " vs " + tokens(PLACEHOLDER, zh.asText()));
        }
        if (!tokens(HTML_TAG, en).equals(tokens(HTML_TAG, zh.asText()))) {
          problems.add("HTML differs: " + key);
        }
      }
    });
    if (english.has("dateLocales")) {
      compareShape("dateLocales", english.get("dateLocales"), chinese.get("dateLocales"), problems);
    }

    assertThat(problems).as("zh-CN locale of %s compared with the Camunda jar's en.json", app).isEmpty();
  }

  /** The English file as shipped in the Camunda webapp jar (not a file of this project). */
  private URL fromCamundaJar(String path) throws IOException {
    List<URL> inJar = Collections.list(getClass().getClassLoader().getResources(path)).stream()
        .filter(url -> url.getProtocol().equals("jar") && url.getPath().contains("camunda-webapp-webjar"))
        .toList();
    assertThat(inJar).as("%s in the camunda-webapp-webjar on the classpath", path).hasSize(1);
    return inJar.get(0);
  }

  private static JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's files start with a UTF-8 byte order mark.
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static Map<String, Integer> tokens(Pattern pattern, String text) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }

  private static void compareShape(String path, JsonNode en, JsonNode zh, List<String> problems) {
    if (zh == null || en.getNodeType() != zh.getNodeType()) {
      problems.add("date locale differs: " + path);
    } else if (en.isObject()) {
      TreeSet<String> enKeys = new TreeSet<>();
      en.fieldNames().forEachRemaining(enKeys::add);
      for (String key : enKeys) {
        compareShape(path + "." + key, en.get(key), zh.get(key), problems);
      }
    } else if (en.isArray() && en.size() != zh.size()) {
      problems.add("date locale differs: " + path);
    }
  }
}
