package cn.gov.pujiang.decision.engine;

import cn.gov.pujiang.decision.refusal.Quote;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reading process variables as Camunda Forms submit them (booleans, numbers as Long or Double,
 * dates as ISO strings "yyyy-MM-dd"), with Chinese messages when a required value is missing.
 */
public final class Variables {

  private Variables() {}

  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString().trim();
  }

  public static boolean blank(VariableScope scope, String name) {
    String value = text(scope, name);
    return value == null || value.isEmpty();
  }

  public static Long number(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n) {
      return n.longValue();
    }
    try {
      return Math.round(Double.parseDouble(value.toString()));
    } catch (NumberFormatException e) {
      throw new ProcedureViolation("“" + Quote.of(name) + "”应为数字，收到的是：" + Quote.of(value));
    }
  }

  /** A date field (yyyy-MM-dd, or an ISO date-time whose date part is taken). */
  public static LocalDate date(VariableScope scope, String name, String chineseLabel) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant().atZone(cn.gov.pujiang.decision.engine.EngineClock.ZONE).toLocalDate();
    }
    String s = value.toString().trim();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new ProcedureViolation("“" + chineseLabel + "”不是有效日期（应为 年-月-日）：" + Quote.of(s));
    }
  }
}
