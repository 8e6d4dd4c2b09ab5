package cn.gov.pujiang.decision.engine;

import static cn.gov.pujiang.decision.engine.Variables.text;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads a select field as one of its enum codes, refusing anything else (a REST client can bypass the
 * form). Shared by the completion checks of every stage.
 */
public final class Choices {

  private Choices() {}

  public static <E extends Enum<E>> E required(
      VariableScope scope, String name, Class<E> type, String chineseMessage) {
    String code = text(scope, name);
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(code)) {
        return value;
      }
    }
    throw new ProcedureViolation(chineseMessage);
  }
}
