package cn.gov.pujiang.decision.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * The element ids that the code names by hand (the {@code Elements} class of every {@code *Process} class) exist
 * in that process's model, so that renaming an element in Camunda Modeler breaks a test, not a running decision.
 */
class ElementIdConstantsTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path MODELS = Path.of("processes");

  @Test
  void everyElementIdConstantExistsInItsProcessModel() throws Exception {
    Map<String, Set<String>> idsByProcess = elementIdsByProcess();
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Class<?> processClass : processClasses()) {
      String key = (String) processClass.getField("KEY").get(null);
      Set<String> ids = idsByProcess.get(key);
      assertThat(ids).as("model of %s (%s)", processClass.getSimpleName(), key).isNotNull();
      for (Class<?> nested : processClass.getDeclaredClasses()) {
        if (!nested.getSimpleName().equals("Elements")) {
          continue;
        }
        for (Field field : nested.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
            checked++;
            String id = (String) field.get(null);
            if (!ids.contains(id)) {
              missing.add(processClass.getSimpleName() + ".Elements." + field.getName() + " = " + id);
            }
          }
        }
      }
    }
    assertThat(checked).as("element id constants found").isGreaterThan(100);
    assertThat(missing).as("element ids named in code but absent from their model").isEmpty();
  }

  private static List<Class<?>> processClasses() throws IOException, ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Process.java")).toList()) {
        String name = SOURCES.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
        Class<?> type = Class.forName(name);
        if (Stream.of(type.getFields()).anyMatch(f -> f.getName().equals("KEY"))) {
          classes.add(type);
        }
      }
    }
    assertThat(classes).as("*Process classes with a KEY").hasSizeGreaterThan(5);
    return classes;
  }

  private static Map<String, Set<String>> elementIdsByProcess() throws IOException {
    Map<String, Set<String>> ids = new HashMap<>();
    try (Stream<Path> files = Files.walk(MODELS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> all = new HashSet<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
          if (element.getId() != null) {
            all.add(element.getId());
          }
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
          ids.computeIfAbsent(process.getId(), k -> new HashSet<>()).addAll(all);
        }
      }
    }
    return ids;
  }
}
