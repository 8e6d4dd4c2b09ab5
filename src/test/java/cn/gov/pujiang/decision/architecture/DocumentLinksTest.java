package cn.gov.pujiang.decision.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link leads somewhere: Markdown links in docs/ and README.md, and every path to a
 * Markdown file written in the code, the models, the forms and the configuration (comments and model
 * documentation point readers to docs/...). A link to a file that is not in this repository fails.
 */
class DocumentLinksTest {

  /** [text](target) and ![alt](target); the target ends at white space or the closing parenthesis. */
  private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  /** A path to a Markdown file written in code: from the repository root, from docs/ or from the file. */
  private static final Pattern MARKDOWN_PATH = Pattern.compile("(?<![\\w/.*-])((?:\\.\\./|[\\w-]+/)*[\\w][\\w.-]*\\.md)(?![\\w-])");
  private static final Set<String> CODE = Set.of(
      "java", "yaml", "yml", "properties", "bpmn", "dmn", "form", "js", "html", "sql", "xml", "sh");

  private final Path root = Path.of("").toAbsolutePath();

  @Test
  void everyRelativeMarkdownLinkInTheDocsResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    List<Path> documents = new ArrayList<>(files(root.resolve("docs"), Set.of("md")));
    documents.add(root.resolve("README.md"));
    for (Path document : documents) {
      Matcher link = MARKDOWN_LINK.matcher(read(document));
      while (link.find()) {
        String target = link.group(1);
        if (target.startsWith("#") || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
          continue; // an anchor on the same page, or http:, https:, mailto:
        }
        String file = target.replaceAll("[#?].*$", "");
        if (!Files.exists(document.getParent().resolve(file).normalize())) {
          broken.add(root.relativize(document) + ": " + target);
        }
      }
    }
    assertThat(broken).as("relative links that lead nowhere").isEmpty();
  }

  @Test
  void everyPathToADocumentWrittenInTheCodeResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    for (String dir : List.of("src", "processes", "forms", ".ci")) {
      sources.addAll(files(root.resolve(dir), CODE));
    }
    sources.add(root.resolve("pom.xml"));
    for (Path source : sources) {
      Matcher path = MARKDOWN_PATH.matcher(read(source));
      while (path.find()) {
        String target = path.group(1);
        boolean found = Files.exists(root.resolve(target).normalize())
            || Files.exists(root.resolve("docs").resolve(target).normalize())
            || Files.exists(source.getParent().resolve(target).normalize());
        if (!found) {
          broken.add(root.relativize(source) + ": " + target);
        }
      }
    }
    assertThat(broken).as("paths to documents that are not in this repository").isEmpty();
  }

  @Test
  void aLinkToAMissingFileIsFound() {
    String md = ".md"; // split so that this file does not name the missing files itself
    Matcher link = MARKDOWN_PATH.matcher("see STYLE" + md + " and docs/missing" + md + ", not " + md + "-phrases or guide-*" + md);
    List<String> found = new ArrayList<>();
    while (link.find()) {
      found.add(link.group(1));
    }
    assertThat(found).containsExactly("STYLE" + md, "docs/missing" + md);
    assertThat(Files.exists(root.resolve("docs/missing" + md))).isFalse();
  }

  private static List<Path> files(Path dir, Set<String> extensions) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains("/node_modules/"))
          .filter(p -> {
            String name = p.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 && extensions.contains(name.substring(dot + 1));
          })
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }
}
