package cn.gov.pujiang.decision.refusal;

/**
 * How a refusal message may mention what was submitted: a short, printable prefix only. A message
 * never echoes a whole value back (it may be 100 KB, or carry control or bidi characters that would
 * garble the page or a log line).
 */
public final class Quote {

  /** At most this many characters of a submitted value appear in a message. */
  public static final int MAX = 30;

  private Quote() {}

  /** The value's first {@link #MAX} characters, unprintable ones replaced, with "…" when cut. */
  public static String of(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX + 1));
    int count = 0;
    for (int i = 0; i < text.length() && count < MAX; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      out.appendCodePoint(TextRules.isPrintable(cp) ? cp : '\uFFFD');
      count++;
    }
    return text.codePointCount(0, text.length()) > MAX ? out.append('…').toString() : out.toString();
  }
}
