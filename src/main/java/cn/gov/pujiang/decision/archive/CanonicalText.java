package cn.gov.pujiang.decision.archive;

import java.sql.Timestamp;

/**
 * Line-oriented text that is hashed for an archive seal: one line per row, {@code kind|field|...},
 * with separators and line breaks escaped so that no two different contents give the same text.
 * Times are written as epoch milliseconds, so the text does not depend on the database's time zone
 * or timestamp precision.
 */
public final class CanonicalText {

  private final StringBuilder text = new StringBuilder();

  /** Appends one row. */
  public CanonicalText line(String kind, Object... values) {
    text.append(escape(kind));
    for (Object value : values) {
      text.append('|').append(value == null ? "\\0" : escape(render(value)));
    }
    text.append('\n');
    return this;
  }

  private static String render(Object value) {
    if (value instanceof Timestamp ts) {
      return Long.toString(ts.getTime());
    }
    if (value instanceof java.util.Date date) {
      return Long.toString(date.getTime());
    }
    return value.toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\p").replace("\n", "\\n").replace("\r", "\\r");
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
