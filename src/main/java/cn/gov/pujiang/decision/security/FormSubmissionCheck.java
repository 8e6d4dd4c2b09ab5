package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.engine.CommonVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Completing one's own task is the way a person writes process variables: the completion checks of
 * the task run and the values come from its form. A completion (REST {@code complete}, {@code
 * submit-form}, Tasklist, the FormService) may therefore carry only the fields of the task's Camunda
 * Form, and must leave the decision's identity ({@link #IDENTITY}: forms show it read-only) as it
 * is; anything else would set a variable a later gate or routing reads without a form ever asking
 * for it (e.g. {@code decisionUnit}, which moves the decision into another town's task list).
 *
 * <p>The fields are read from {@code forms/<formRef>.form} on the classpath, which is what is
 * deployed (pom, ADR 0004); a task without a Camunda Form accepts no variables from a user.
 */
final class FormSubmissionCheck {

  /** Written by the application when a decision or catalogue starts; never by a form. */
  static final Set<String> IDENTITY = Set.of(CommonVariables.DECISION_NO, CommonVariables.DECISION_UNIT,
      CommonVariables.DECISION_UNIT_NAME, CommonVariables.CATALOGUE_UNIT);

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Set<String>> fieldsByForm = new ConcurrentHashMap<>();

  /** The first submitted variable the task's form does not allow, or null when the submission is a form's. */
  String offendingVariable(Command<?> command, CommandContext commandContext) {
    if (command instanceof ResolveTaskCmd) {
      return null; // an intervention of its own (Interventions)
    }
    String taskId;
    Map<String, ?> variables;
    if (command instanceof CompleteTaskCmd) {
      taskId = (String) read(command, CompleteTaskCmd.class, "taskId");
      variables = (Map<String, ?>) read(command, CompleteTaskCmd.class, "variables");
    } else if (command instanceof SubmitTaskFormCmd) {
      taskId = (String) read(command, SubmitTaskFormCmd.class, "taskId");
      variables = (Map<String, ?>) read(command, SubmitTaskFormCmd.class, "properties");
    } else {
      return null;
    }
    if (taskId == null || variables == null || variables.isEmpty()) {
      return null;
    }
    TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessInstanceId() == null) {
      return null; // the engine answers a missing task itself; a stand-alone task carries no statute
    }
    Set<String> fields = fieldsOf(task);
    for (Map.Entry<String, ?> variable : variables.entrySet()) {
      String name = variable.getKey();
      if (!fields.contains(name)) {
        return name;
      }
      if (IDENTITY.contains(name) && !Objects.equals(plain(variable.getValue()), task.getVariable(name))) {
        return name;
      }
    }
    return null;
  }

  private Set<String> fieldsOf(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    Expression formRef = definition == null ? null : definition.getCamundaFormDefinitionKey();
    if (formRef == null || formRef.getExpressionText() == null) {
      return Set.of();
    }
    return fieldsByForm.computeIfAbsent(formRef.getExpressionText(), this::readFields);
  }

  private Set<String> readFields(String formRef) {
    Set<String> keys = new HashSet<>();
    try (InputStream in = FormSubmissionCheck.class.getClassLoader().getResourceAsStream("forms/" + formRef + ".form")) {
      if (in != null) {
        collectKeys(json.readTree(in).path("components"), keys);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read form " + formRef, e);
    }
    return Set.copyOf(keys);
  }

  /**
   * Field keys, and the path of a dynamic list (the meeting record's participants, the complete record): the list is submitted
   * as one variable, its item fields are keys inside each item, not variables of their own.
   */
  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if ("dynamiclist".equals(component.path("type").asText()) && component.hasNonNull("path")) {
        keys.add(component.get("path").asText());
        continue;
      }
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component.path("components"), keys);
    }
  }

  private static Object plain(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  /** Camunda 7.24.0 is frozen (ADR 0010): these command fields do not change. */
  private static Object read(Object target, Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda command " + type.getName() + " has no field " + name, e);
    }
  }
}
