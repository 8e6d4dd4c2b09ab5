package cn.gov.pujiang.decision.meeting;

import cn.gov.pujiang.decision.engine.ProcedureViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A Camunda Forms dynamic list as a process variable: Tasklist submits it as a JSON value (Spin), a REST client may
 * send JSON text, Java callers a list. Read as a JSON tree; the checks that declare such a list read its items
 * (ModelConventionsTest.LIST_VARIABLES, ADR 0024).
 */
final class FormLists {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormLists() {}

  /** The list's items, or null when nothing was submitted; refused in Chinese when it is not a list. */
  static JsonNode read(VariableScope scope, String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    JsonNode tree;
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      tree = JSON.valueToTree(value);
    } else {
      String text = value.toString().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        tree = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        throw new ProcedureViolation("“" + label + "”应为逐项记录的列表");
      }
    }
    if (tree == null || tree.isNull()) {
      return null;
    }
    if (!tree.isArray()) {
      throw new ProcedureViolation("“" + label + "”应为逐项记录的列表");
    }
    return tree;
  }

  /** An item's trimmed text field, null when absent or blank. */
  static String text(JsonNode item, String field) {
    JsonNode node = item.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    String value = node.asText().trim();
    return value.isEmpty() ? null : value;
  }

  static void limit(String value, String label, int max) {
    if (value != null && value.length() > max) {
      throw new ProcedureViolation("“" + label + "”不得超过" + max + "字");
    }
  }
}
