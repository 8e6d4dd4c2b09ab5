package cn.gov.pujiang.decision.engine;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.text;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Text fields that end up in a column of limited size: refused before the record job would fail.
 * Shared by the completion checks of every stage.
 */
public final class Texts {

  private Texts() {}

  /** The trimmed text, refused with {@code missingMessage} when blank and when longer than maxLength. */
  public static String required(VariableScope scope, String name, String label, int maxLength, String missingMessage) {
    if (blank(scope, name)) {
      throw new ProcedureViolation(missingMessage);
    }
    return limited(scope, name, label, maxLength);
  }

  /** The trimmed text or null, refused when longer than maxLength. */
  public static String limited(VariableScope scope, String name, String label, int maxLength) {
    String value = text(scope, name);
    if (value != null && value.length() > maxLength) {
      throw new ProcedureViolation("“" + label + "”不得超过" + maxLength + "字");
    }
    return value;
  }
}
