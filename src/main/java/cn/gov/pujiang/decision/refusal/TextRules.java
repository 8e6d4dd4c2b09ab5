package cn.gov.pujiang.decision.refusal;

/**
 * What a person's text may contain. One-line text (titles, names, file names, codes) takes no control
 * characters at all; multi-line text (notes, opinions) takes tab and line breaks. Neither takes bidi
 * overrides or isolates (U+202A..U+202E, U+2066..U+2069), which can make a title read differently
 * from what is stored (a file "gpj.exe" shown as "exe.jpg"), nor lone surrogates, which are no
 * character at all and break the CSV/Excel export and the PDF.
 */
public final class TextRules {

  private TextRules() {}

  /** Refuses {@code value} if it is one-line text with a forbidden character; null passes. */
  public static void requireOneLine(String field, String label, String value) {
    String problem = problem(value, false);
    if (problem != null) {
      throw Refusal.invalid(field, label + problem);
    }
  }

  /** Refuses {@code value} if it is multi-line text with a forbidden character; null passes. */
  public static void requireMultiLine(String field, String label, String value) {
    String problem = problem(value, true);
    if (problem != null) {
      throw Refusal.invalid(field, label + problem);
    }
  }

  /** The Chinese reason why {@code value} is refused, or null when it is acceptable. */
  public static String problem(String value, boolean multiLine) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return "含有无效字符（不完整的字符编码），请重新输入";
      }
      if (Character.isLowSurrogate(c)) {
        return "含有无效字符（不完整的字符编码），请重新输入";
      }
      if (isBidiControl(c)) {
        return "含有改变文字显示方向的控制字符，请删除后重新输入";
      }
      if (Character.isISOControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
        return multiLine ? "含有不可见的控制字符，请删除后重新输入" : "含有换行或不可见的控制字符，请改为一行文字";
      }
    }
    return null;
  }

  static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
  }

  static boolean isPrintable(int cp) {
    return !Character.isISOControl(cp) && !isBidiControl(cp) && Character.isDefined(cp)
        && Character.getType(cp) != Character.SURROGATE;
  }
}
