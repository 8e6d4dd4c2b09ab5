package cn.gov.pujiang.decision.organisation;

import org.camunda.bpm.engine.identity.User;

/**
 * How a person's name is stored and shown (ADR 0019): Camunda's {@code firstName} holds the 姓
 * (family name) and {@code lastName} the 名 (given name), because every Camunda screen shows
 * "firstName lastName" and a Chinese name reads 姓 then 名. The webapps' Chinese labels say so
 * (姓 for firstName). The application's own pages show the two without a space.
 */
public final class PersonNames {

  private PersonNames() {}

  /** 姓名 as a Chinese reader expects it, e.g. 白马镇承办人; the user id when no name is stored. */
  public static String displayName(User user, String userId) {
    if (user == null) {
      return userId;
    }
    String name = nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName());
    return name.isBlank() ? userId : name.trim();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value.trim();
  }
}
